import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { FormValues } from '../../../platform/http/forms.ts';
import { BackLink, DetailList } from '../../../platform/views/components/detail-list.tsx';
import {
  Form,
  type FormState,
  FormWithSummary,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { Checkbox } from '../../community/index.ts';
import { OPARL_ERROR_CODES, type Warning } from '../oparl.client.ts';
import type { SourceRow } from '../sessions.repository.ts';
import { type ProgrammeRef, sessionUrls } from './sessions-admin.tsx';

const WARNINGS = ['repeatedPage', 'pageLimit', 'unreadable', 'untitled', 'filterReadded'] as const;

/** The form's values of the stored source (a new one is imported hourly). */
export function sourceFormValues(s: SourceRow | null): FormValues {
  if (!s) return { scheduled: 'on' };
  return {
    endpointUrl: s.endpointUrl,
    bodyId: s.bodyId ?? '',
    visitorNote: s.visitorNote ?? '',
    ...(s.scheduled ? { scheduled: 'on' } : {}),
  };
}

/** The warnings of a run as stored: known codes with counts only. */
function warningsOf(raw: unknown): Warning[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (w): w is Warning =>
      typeof w === 'object' &&
      w !== null &&
      (WARNINGS as readonly string[]).includes((w as Warning).code) &&
      typeof (w as Warning).count === 'number',
  );
}

/** What the last run did: when, with which result, the error in words and any warnings. */
function LastRun({ ctx, source }: { ctx: ViewContext; source: SourceRow }) {
  const { t } = ctx;
  if (!source.lastRunAt || !source.lastStatus)
    return <p class="kern-body">{t('mentoring.sessions.oparl.last.never')}</p>;
  const error = (OPARL_ERROR_CODES as readonly string[]).includes(source.lastError ?? '')
    ? source.lastError
    : 'network';
  const warnings = warningsOf(source.lastWarnings);
  return (
    <>
      {source.lastStatus === 'failed' && (
        <div class="kern-alert kern-alert--danger" role="status">
          <div class="kern-alert__body">
            <p class="kern-body">{t(`mentoring.sessions.oparl.error.${error}`)}</p>
            <p class="kern-body">{t('mentoring.sessions.oparl.last.kept')}</p>
          </div>
        </div>
      )}
      <DetailList
        rows={[
          [t('mentoring.sessions.oparl.last.at'), ctx.date(source.lastRunAt, true)],
          [
            t('mentoring.sessions.oparl.last.result'),
            source.lastStatus === 'ok'
              ? t('mentoring.sessions.oparl.last.ok', { created: source.lastCreated, updated: source.lastUpdated })
              : t('mentoring.sessions.oparl.last.failed'),
          ],
          source.lastStatus === 'failed' &&
            source.lastErrorDetail !== null && [
              t('mentoring.sessions.oparl.last.detail'),
              <code dir="ltr">{source.lastErrorDetail}</code>,
            ],
          source.lastModifiedSince !== null && [
            t('mentoring.sessions.oparl.last.since'),
            ctx.date(source.lastModifiedSince, true),
          ],
        ]}
      />
      {warnings.length > 0 && (
        <ul class="kern-list">
          {warnings.map((w) => (
            <li>{t(`mentoring.sessions.oparl.warning.${w.code}`, { count: w.count })}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Where the programme imports its council's meetings from, "import now", and what the last run did. */
export function OParlPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  programme: ProgrammeRef;
  source: SourceRow | null;
  state: FormState;
}) {
  const { ctx, tenant, programme, source, state } = p;
  const { t } = ctx;
  const urls = sessionUrls(ctx.locale, tenant.slug, programme.slug);
  const labels = {
    endpointUrl: t('mentoring.sessions.oparl.field.endpointUrl'),
    bodyId: t('mentoring.sessions.oparl.field.bodyId'),
    visitorNote: t('mentoring.sessions.oparl.field.visitorNote'),
    scheduled: t('mentoring.sessions.oparl.field.scheduled'),
  };
  const f = { ctx, state };
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="mentoring.sessions"
      title={t('mentoring.sessions.oparl.title', { programme: programme.title })}
    >
      <BackLink href={urls.list}>{t('mentoring.sessions.back')}</BackLink>
      <p class="kern-body">{t('mentoring.sessions.oparl.intro')}</p>
      {source && (
        <>
          <h2 class="kern-heading-medium">{t('mentoring.sessions.oparl.last.heading')}</h2>
          <LastRun ctx={ctx} source={source} />
          <Form ctx={ctx} action={`${urls.oparl}/import`} label={t('mentoring.sessions.oparl.importNow')}>
            <button type="submit" class="kern-btn kern-btn--secondary">
              <span class="kern-label">{t('mentoring.sessions.oparl.importNow')}</span>
            </button>
          </Form>
        </>
      )}
      <h2 class="kern-heading-medium">{t('mentoring.sessions.oparl.source')}</h2>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={urls.oparl}
        label={t('mentoring.sessions.oparl.source')}
        submit={t('mentoring.sessions.save')}
      >
        <TextField
          {...f}
          name="endpointUrl"
          type="url"
          label={labels.endpointUrl}
          hint={t('mentoring.sessions.oparl.hint.endpointUrl')}
          required
        />
        <TextField
          {...f}
          name="bodyId"
          type="url"
          label={labels.bodyId}
          hint={t('mentoring.sessions.oparl.hint.bodyId')}
        />
        <TextArea
          {...f}
          name="visitorNote"
          rows={3}
          label={labels.visitorNote}
          hint={t('mentoring.sessions.oparl.hint.visitorNote')}
        />
        <Checkbox state={state} name="scheduled" label={labels.scheduled} />
      </FormWithSummary>
    </StaffPage>
  );
}
