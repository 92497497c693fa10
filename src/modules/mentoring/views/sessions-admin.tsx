import { formatLocal, toFloating } from '../../../lib/calendar/index.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { FormValues } from '../../../platform/http/forms.ts';
import {
  type FormState,
  FormWithSummary,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { Checkbox } from '../../community/index.ts';
import { ACTIVITY_KINDS } from '../mentoring.tables.ts';
import type { SessionRow } from '../sessions.repository.ts';

export interface ProgrammeRef {
  id: string;
  slug: string;
  title: string;
}

const FIELDS = [
  'kind',
  'title',
  'organization',
  'startsAt',
  'endsAt',
  'location',
  'visitorNote',
  'webUrl',
  'public',
  'cancelled',
] as const;

const labelsOf = (ctx: ViewContext): Record<string, string> =>
  Object.fromEntries(FIELDS.map((f) => [f, ctx.t(`mentoring.sessions.field.${f}`)]));

/** The URLs of a programme's session pages. */
export function sessionUrls(locale: string, municipality: string, programme: string) {
  const list = `/${locale}/m/${municipality}/admin/mentoring/${programme}/sessions`;
  return { list, oparl: `${list}/oparl`, edit: (id: string) => `${list}/${id}/edit` };
}

/** A time as the `datetime-local` field shows it: the wall clock in Berlin. */
const berlinField = (d: Date | null) => (d ? formatLocal(toFloating(d, 'Europe/Berlin')).slice(0, 16) : '');

/** The form's values of a stored session. */
export function sessionFormValues(s: SessionRow): FormValues {
  return {
    kind: s.kind,
    title: s.title,
    organization: s.organization ?? '',
    startsAt: berlinField(s.startsAt),
    endsAt: berlinField(s.endsAt),
    location: s.location ?? '',
    visitorNote: s.visitorNote ?? '',
    webUrl: s.webUrl ?? '',
    ...(s.public ? { public: 'on' } : {}),
    ...(s.cancelled ? { cancelled: 'on' } : {}),
  };
}

/** The fields of a session (new and changed alike). */
function SessionFieldset({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t } = ctx;
  const f = { ctx, state };
  return (
    <>
      <SelectField
        {...f}
        name="kind"
        label={t('mentoring.sessions.field.kind')}
        required
        options={ACTIVITY_KINDS.map((k): [string, string] => [k, t(`mentoring.activity.${k}`)])}
      />
      <TextField {...f} name="title" label={t('mentoring.sessions.field.title')} required />
      <TextField
        {...f}
        name="organization"
        label={t('mentoring.sessions.field.organization')}
        hint={t('mentoring.sessions.hint.organization')}
      />
      <TextField
        {...f}
        name="startsAt"
        type="datetime-local"
        label={t('mentoring.sessions.field.startsAt')}
        hint={t('mentoring.sessions.hint.time')}
        required
      />
      <TextField
        {...f}
        name="endsAt"
        type="datetime-local"
        label={t('mentoring.sessions.field.endsAt')}
        hint={t('mentoring.sessions.hint.time')}
      />
      <TextField {...f} name="location" label={t('mentoring.sessions.field.location')} />
      <TextArea
        {...f}
        name="visitorNote"
        rows={3}
        label={t('mentoring.sessions.field.visitorNote')}
        hint={t('mentoring.sessions.hint.visitorNote')}
      />
      <TextField {...f} name="webUrl" type="url" label={t('mentoring.sessions.field.webUrl')} />
      <Checkbox state={state} name="public" label={t('mentoring.sessions.field.public')} />
      <Checkbox state={state} name="cancelled" label={t('mentoring.sessions.field.cancelled')} />
    </>
  );
}

/** What a session's state column says: cancelled, not public, imported. */
function stateOf(ctx: ViewContext, s: SessionRow): string {
  const { t } = ctx;
  const parts = [
    s.cancelled && t('mentoring.sessions.state.cancelled'),
    !s.public && t('mentoring.sessions.state.nonPublic'),
    t(s.source === 'oparl' ? 'mentoring.sessions.state.imported' : 'mentoring.sessions.state.manual'),
  ].filter((p): p is string => typeof p === 'string');
  return parts.join(' · ');
}

/** Staff's list of a programme's sessions from yesterday on, and the form for a new one. */
export function SessionsPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  programme: ProgrammeRef;
  sessions: readonly SessionRow[];
  imports: boolean;
  state: FormState;
}) {
  const { ctx, tenant, programme, sessions, state } = p;
  const { t } = ctx;
  const urls = sessionUrls(ctx.locale, tenant.slug, programme.slug);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="mentoring.sessions"
      title={t('mentoring.sessions.title', { programme: programme.title })}
    >
      <p class="kern-body">{t('mentoring.sessions.intro')}</p>
      <p class="kern-body">
        <a class="kern-link" href={urls.oparl}>
          {t(p.imports ? 'mentoring.sessions.oparl.linkSet' : 'mentoring.sessions.oparl.link')}
        </a>
      </p>
      <DataTable
        caption={t('mentoring.sessions.list.caption')}
        empty={t('mentoring.sessions.list.empty')}
        rows={sessions}
        columns={[
          { header: t('mentoring.sessions.col.when'), cell: (s) => ctx.date(s.startsAt, true) },
          {
            header: t('mentoring.sessions.col.title'),
            rowHeader: true,
            cell: (s) => (
              <a class="kern-link" href={urls.edit(s.id)}>
                {s.title}
              </a>
            ),
          },
          { header: t('mentoring.sessions.col.kind'), cell: (s) => t(`mentoring.activity.${s.kind}`) },
          { header: t('mentoring.sessions.col.where'), cell: (s) => s.location ?? '' },
          { header: t('mentoring.sessions.col.state'), cell: (s) => stateOf(ctx, s) },
        ]}
      />
      <h2 class="kern-heading-medium">{t('mentoring.sessions.new')}</h2>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labelsOf(ctx)}
        action={urls.list}
        label={t('mentoring.sessions.new')}
        submit={t('mentoring.sessions.add')}
      >
        <SessionFieldset ctx={ctx} state={state} />
      </FormWithSummary>
    </StaffPage>
  );
}

/** Change a session; an imported one says that the next import sets its source fields again. */
export function SessionEditPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  programme: ProgrammeRef;
  session: SessionRow;
  state: FormState;
}) {
  const { ctx, tenant, programme, session, state } = p;
  const { t } = ctx;
  const urls = sessionUrls(ctx.locale, tenant.slug, programme.slug);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="mentoring.sessions"
      title={t('mentoring.sessions.edit')}
    >
      <BackLink href={urls.list}>{t('mentoring.sessions.back')}</BackLink>
      {session.source === 'oparl' && <p class="kern-body">{t('mentoring.sessions.importedHint')}</p>}
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labelsOf(ctx)}
        action={urls.edit(session.id)}
        submit={t('mentoring.sessions.save')}
      >
        <SessionFieldset ctx={ctx} state={state} />
      </FormWithSummary>
    </StaffPage>
  );
}
