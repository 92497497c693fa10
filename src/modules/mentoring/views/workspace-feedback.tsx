import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { type FormState, FormWithSummary, TextArea } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { FEEDBACK_QUESTIONS } from '../mentoring.tables.ts';
import type { WorkspacePairing } from '../workspace.repository.ts';
import type { FeedbackStage } from '../workspace.schema.ts';

const SCORES = ['1', '2', '3', '4', '5'] as const;

/** One question scored 1–5 as a group of radio buttons, keeping the choice. */
function ScoreQuestion({ ctx, state, name }: { ctx: ViewContext; state: FormState; name: string }) {
  const { t } = ctx;
  const err = state.errors[name];
  const chosen = state.values[name];
  return (
    <fieldset
      class={`kern-fieldset${err ? ' kern-fieldset--error' : ''}`}
      aria-describedby={err ? `f-${name}-error` : `f-${name}-hint`}
    >
      <legend class="kern-label">{t(`mentoring.workspace.question.${name}`)}</legend>
      <div class="kern-hint" id={`f-${name}-hint`}>
        {t('mentoring.workspace.feedback.scale')}
      </div>
      {err && (
        <p class="kern-error" id={`f-${name}-error`}>
          <span class="z-visually-hidden">{t('form.errorPrefix')} </span>
          {t(err.key, err.values)}
        </p>
      )}
      <div class="kern-fieldset__body kern-fieldset__body--horizontal">
        {SCORES.map((s, i) => (
          <div class="kern-form-check">
            <input
              class="kern-form-check__radio"
              type="radio"
              id={i === 0 ? `f-${name}` : `f-${name}-${s}`}
              name={name}
              value={s}
              checked={chosen === s}
            />
            <label class="kern-label" for={i === 0 ? `f-${name}` : `f-${name}-${s}`}>
              {ctx.number(Number(s))}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The mid-term or final feedback form of one side of a pairing. */
export function WorkspaceFeedbackPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  pairing: WorkspacePairing;
  stage: FeedbackStage;
  open: boolean;
  opensOn: string;
  given: boolean;
  state: FormState;
}) {
  const { ctx, stage } = p;
  const { t } = ctx;
  const base = `/${ctx.locale}/m/${p.tenant.slug}/mentoring/pairings/${p.pairing.id}`;
  const title = t('mentoring.workspace.feedback.pageTitle', { stage });
  const labels: Record<string, string> = Object.fromEntries(
    FEEDBACK_QUESTIONS.map((q) => [q, t(`mentoring.workspace.question.${q}`)]),
  );
  labels.comment = t('mentoring.workspace.feedback.comment');
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={`${base}#feedback`}>{t('mentoring.workspace.feedback.back')}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      {p.given ? (
        <p class="kern-body">{t('mentoring.workspace.feedback.already')}</p>
      ) : !p.open ? (
        <p class="kern-body">{t('mentoring.workspace.feedback.opensOn', { stage, day: ctx.date(p.opensOn) })}</p>
      ) : (
        <>
          <p class="kern-body">{t('mentoring.workspace.feedback.intro')}</p>
          <FormWithSummary
            ctx={ctx}
            state={p.state}
            labels={labels}
            action={`${base}/feedback/${stage}`}
            submit={t('mentoring.workspace.feedback.submit')}
          >
            {FEEDBACK_QUESTIONS.map((q) => (
              <ScoreQuestion ctx={ctx} state={p.state} name={q} />
            ))}
            <TextArea
              ctx={ctx}
              state={p.state}
              name="comment"
              label={labels.comment}
              hint={t('mentoring.workspace.feedback.commentHint')}
              rows={4}
            />
          </FormWithSummary>
        </>
      )}
    </Layout>
  );
}
