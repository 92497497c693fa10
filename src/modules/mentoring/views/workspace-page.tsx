import type { PageTenant } from '../../../platform/db/tenant.ts';
import { isolate } from '../../../platform/i18n/format.ts';
import { DetailList } from '../../../platform/views/components/detail-list.tsx';
import {
  ErrorSummary,
  emptyForm,
  Form,
  type FormState,
  FormWithSummary,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { OfferedSession } from '../sessions.repository.ts';
import type { ActivityRow, MessageRow, WorkspacePairing } from '../workspace.repository.ts';
import type { FeedbackStage } from '../workspace.schema.ts';
import type { Side } from '../workspace.service.ts';

export type WorkspaceForm = 'session' | 'activity' | 'attended' | 'message';

export interface WorkspaceProps {
  ctx: ViewContext;
  tenant: PageTenant;
  pairing: WorkspacePairing;
  side: Side;
  userId: string;
  sessions: OfferedSession[];
  activities: ActivityRow[];
  stages: { stage: FeedbackStage; opensOn: string; given: boolean }[];
  messages: MessageRow[];
  /** Today in Berlin, `YYYY-MM-DD`. */
  today: string;
  state: FormState;
  active: WorkspaceForm | null;
}

const stateFor = (p: WorkspaceProps, form: WorkspaceForm) => (p.active === form ? p.state : emptyForm());

/** A labelled checkbox that keeps its state (value `yes`). */
export function YesCheckbox(p: { ctx: ViewContext; state: FormState; name: string; label: string }) {
  const err = p.state.errors[p.name];
  return (
    <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
      {err && (
        <p class="kern-error" id={`f-${p.name}-error`}>
          <span class="z-visually-hidden">{p.ctx.t('form.errorPrefix')} </span>
          {p.ctx.t(err.key, err.values)}
        </p>
      )}
      <div class="kern-form-check">
        <input
          class="kern-form-check__checkbox"
          type="checkbox"
          id={`f-${p.name}`}
          name={p.name}
          value="yes"
          checked={p.state.values[p.name] === 'yes'}
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={err ? `f-${p.name}-error` : undefined}
        />
        <label class="kern-label" for={`f-${p.name}`}>
          {p.label}
        </label>
      </div>
    </div>
  );
}

function Sessions(p: WorkspaceProps & { base: string }) {
  const { ctx, sessions } = p;
  const { t } = ctx;
  const logged = new Set(p.activities.map((a) => a.sessionId).filter(Boolean));
  const state = stateFor(p, 'session');
  return (
    <section aria-labelledby="sessions">
      <h2 class="kern-heading-medium" id="sessions">
        {t('mentoring.workspace.sessions.title')}
      </h2>
      <p class="kern-body">{t('mentoring.workspace.sessions.intro')}</p>
      {logged.size > 0 && (
        <p class="kern-body">
          <a class="kern-link" href={`${p.base}/calendar.ics`} type="text/calendar" download="mentoring.ics">
            {t('mentoring.workspace.sessions.calendar')}
          </a>
        </p>
      )}
      <ErrorSummary ctx={ctx} state={state} labels={{ sessionId: t('mentoring.workspace.sessions.title') }} />
      {sessions.length === 0 ? (
        <p class="kern-body z-empty">{t('mentoring.workspace.sessions.none')}</p>
      ) : (
        <ul class="kern-list z-flow">
          {sessions.map((s) => (
            <li class="z-card">
              <h3 class="kern-heading-small" dir="auto">
                {s.title}
              </h3>
              <DetailList
                rows={[
                  [t('mentoring.workspace.sessions.kind'), t(`mentoring.activity.${s.kind}`)],
                  [
                    t('mentoring.workspace.sessions.when'),
                    <time datetime={s.startsAt.toISOString()}>{ctx.date(s.startsAt, true)}</time>,
                  ],
                  !!s.organization && [t('mentoring.workspace.sessions.organization'), <bdi>{s.organization}</bdi>],
                  !!s.location && [t('mentoring.workspace.sessions.location'), <bdi>{s.location}</bdi>],
                  !!s.visitorNote && [
                    t('mentoring.workspace.sessions.visitorNote'),
                    <span dir="auto">{s.visitorNote}</span>,
                  ],
                  !!s.webUrl && [
                    t('mentoring.workspace.sessions.web'),
                    <a class="kern-link" href={s.webUrl} rel="noopener noreferrer">
                      {t('mentoring.workspace.sessions.webLink')}
                    </a>,
                  ],
                ]}
              />
              {logged.has(s.id) ? (
                <p class="kern-body">{t('mentoring.workspace.sessions.planned')}</p>
              ) : (
                <Form ctx={ctx} action={`${p.base}/activities`} label={t('mentoring.workspace.sessions.go')}>
                  <input type="hidden" name="sessionId" value={s.id} />
                  <button type="submit" class="kern-btn kern-btn--secondary">
                    <span class="kern-label">{t('mentoring.workspace.sessions.go')}</span>
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ActivityLog(p: WorkspaceProps & { base: string; canLog: boolean }) {
  const { ctx, activities, pairing } = p;
  const { t } = ctx;
  const attended = activities.filter((a) => a.attended).length;
  const markState = stateFor(p, 'attended');
  const state = stateFor(p, 'activity');
  const labels = {
    kind: t('mentoring.workspace.activity.kind'),
    title: t('mentoring.workspace.activity.what'),
    onDate: t('mentoring.workspace.activity.day'),
    attended: t('mentoring.workspace.activity.attendedBox'),
  };
  return (
    <section aria-labelledby="activities">
      <h2 class="kern-heading-medium" id="activities">
        {t('mentoring.workspace.activity.title')}
      </h2>
      <p class="kern-body">
        {t('mentoring.workspace.activity.progress', { attended, required: pairing.activitiesRequired })}
      </p>
      <ErrorSummary ctx={ctx} state={markState} labels={{ attended: labels.attended }} />
      {activities.length === 0 ? (
        <p class="kern-body z-empty">{t('mentoring.workspace.activity.none')}</p>
      ) : (
        <ol class="kern-list z-flow">
          {activities.map((a) => (
            <li class="z-card">
              <p class="kern-body">
                <time datetime={a.onDate}>{ctx.date(a.onDate)}</time> · {t(`mentoring.activity.${a.kind}`)}
                {/* A title that only repeats the kind is not said twice. */}
                {a.title !== t(`mentoring.activity.${a.kind}`) && (
                  <>
                    {' · '}
                    <bdi>{a.title}</bdi>
                  </>
                )}
              </p>
              <p class="kern-body kern-body--small">
                {a.attended ? t('mentoring.workspace.activity.attended') : t('mentoring.workspace.activity.planned')}
              </p>
              {p.canLog && (a.attended || a.onDate <= p.today) && (
                <Form
                  ctx={ctx}
                  action={`${p.base}/activities/${a.id}/attended`}
                  label={
                    a.attended
                      ? t('mentoring.workspace.activity.notAttended')
                      : t('mentoring.workspace.activity.markAttended')
                  }
                >
                  <input type="hidden" name="attended" value={a.attended ? 'no' : 'yes'} />
                  <button type="submit" class="kern-btn kern-btn--tertiary">
                    <span class="kern-label">
                      {a.attended
                        ? t('mentoring.workspace.activity.notAttended')
                        : t('mentoring.workspace.activity.markAttended')}
                    </span>
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ol>
      )}
      {p.canLog && (
        <>
          <h3 class="kern-heading-small">{t('mentoring.workspace.activity.add')}</h3>
          <FormWithSummary
            ctx={ctx}
            state={state}
            labels={labels}
            action={`${p.base}/activities`}
            label={t('mentoring.workspace.activity.add')}
            submit={t('mentoring.workspace.activity.save')}
          >
            <SelectField
              ctx={ctx}
              state={state}
              name="kind"
              label={labels.kind}
              required
              options={pairing.activityKinds.map((k) => [k, t(`mentoring.activity.${k}`)])}
            />
            <TextField ctx={ctx} state={state} name="title" label={labels.title} required />
            <TextField
              ctx={ctx}
              state={state}
              name="onDate"
              type="date"
              label={labels.onDate}
              hint={t('mentoring.workspace.activity.dayHint', {
                from: ctx.date(pairing.startsOn),
                to: ctx.date(pairing.endsOn),
              })}
              required
            />
            <YesCheckbox ctx={ctx} state={state} name="attended" label={labels.attended} />
          </FormWithSummary>
        </>
      )}
    </section>
  );
}

function Feedback(p: WorkspaceProps & { base: string }) {
  const { ctx } = p;
  const { t } = ctx;
  return (
    <section aria-labelledby="feedback">
      <h2 class="kern-heading-medium" id="feedback">
        {t('mentoring.workspace.feedback.title')}
      </h2>
      <ul class="kern-list">
        {p.stages.map((s) => (
          <li>
            {s.given ? (
              t('mentoring.workspace.feedback.given', { stage: s.stage })
            ) : s.opensOn <= p.today ? (
              <a class="kern-link" href={`${p.base}/feedback/${s.stage}`}>
                {t('mentoring.workspace.feedback.open', { stage: s.stage })}
              </a>
            ) : (
              t('mentoring.workspace.feedback.opensOn', { stage: s.stage, day: ctx.date(s.opensOn) })
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Messages(p: WorkspaceProps & { base: string; other: string; canWrite: boolean }) {
  const { ctx } = p;
  const { t } = ctx;
  const state = stateFor(p, 'message');
  return (
    <section aria-labelledby="messages">
      <h2 class="kern-heading-medium" id="messages">
        {t('mentoring.workspace.messages.title')}
      </h2>
      <p class="kern-body">{t('mentoring.workspace.messages.privacy')}</p>
      {p.messages.length === 0 ? (
        <p class="kern-body z-empty">{t('mentoring.workspace.messages.none')}</p>
      ) : (
        <ol class="kern-list z-flow">
          {p.messages.map((m) => (
            <li class="z-card">
              <p class="kern-body kern-body--small">
                <strong>{m.authorId === p.userId ? t('mentoring.workspace.messages.me') : <bdi>{p.other}</bdi>}</strong>{' '}
                · <time datetime={m.sentAt.toISOString()}>{ctx.date(m.sentAt, true)}</time>
              </p>
              <p class="kern-body" dir="auto">
                {m.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      {p.canWrite && (
        <FormWithSummary
          ctx={ctx}
          state={state}
          labels={{ body: t('mentoring.workspace.messages.field') }}
          action={`${p.base}/messages`}
          label={t('mentoring.workspace.messages.field')}
          submit={t('mentoring.workspace.messages.send')}
        >
          <TextArea
            ctx={ctx}
            state={state}
            name="body"
            label={t('mentoring.workspace.messages.field')}
            rows={4}
            required
          />
        </FormWithSummary>
      )}
    </section>
  );
}

/** The workspace of one pairing, for its two people only. */
export function WorkspacePage(p: WorkspaceProps) {
  const { ctx, pairing } = p;
  const { t } = ctx;
  const base = `/${ctx.locale}/m/${p.tenant.slug}/mentoring/pairings/${pairing.id}`;
  const other = p.side === 'mentee' ? pairing.mentorName : pairing.menteeName;
  const title = t('mentoring.workspace.title', { name: isolate(other) });
  const active = pairing.status === 'active';
  return (
    <Layout ctx={ctx} title={title}>
      <p class="kern-body">
        <a class="kern-link" href={`/${ctx.locale}/me/mentoring`}>
          {t('mentoring.workspace.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{title}</h1>
      <DetailList
        rows={[
          [t('mentoring.workspace.mentee'), <bdi>{pairing.menteeName}</bdi>],
          [t('mentoring.workspace.mentor'), <bdi>{pairing.mentorName}</bdi>],
          [t('mentoring.workspace.body'), <bdi>{pairing.mentorBody}</bdi>],
          [t('mentoring.workspace.cycle'), <bdi>{pairing.cycleName}</bdi>],
          [
            t('mentoring.workspace.period'),
            t('mentoring.workspace.periodValue', { from: ctx.date(pairing.startsOn), to: ctx.date(pairing.endsOn) }),
          ],
          [t('mentoring.workspace.status'), t(`mentoring.workspace.status.${pairing.status}`)],
        ]}
      />
      {active && <Sessions {...p} base={base} />}
      <ActivityLog {...p} base={base} canLog={active} />
      <Feedback {...p} base={base} />
      <Messages {...p} base={base} other={other} canWrite={active} />
    </Layout>
  );
}
