import { JOB_STATUSES, type JobSummary } from '../../../platform/jobs/jobs-read.ts';
import { ErrorSummary, type FormState, SelectField } from '../../../platform/views/components/form.tsx';
import { Pagination, pageCount } from '../../../platform/views/components/pagination.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { Paged } from '../admin.service.ts';
import { type AdminArea, AdminNav, FilterForm, pageHref } from './parts.tsx';

/** All background jobs of the platform for the state administrator, newest first, with errors. */
export function JobsPage({
  ctx,
  area,
  data,
  state,
}: {
  ctx: ViewContext;
  area: AdminArea;
  data: Paged<JobSummary>;
  state: FormState;
}) {
  const { t } = ctx;
  const list = `${area.base}/jobs`;
  return (
    <Layout ctx={ctx} title={t('admin.jobs.title')}>
      <AdminNav ctx={ctx} area={area} current="jobs" />
      <h1 class="kern-heading-large">{t('admin.jobs.title')}</h1>
      <p class="kern-body">{t('admin.jobs.intro')}</p>
      <ErrorSummary ctx={ctx} state={state} labels={{ status: t('admin.outbox.status') }} />
      <FilterForm ctx={ctx} action={list}>
        <SelectField
          ctx={ctx}
          state={state}
          name="status"
          label={t('admin.outbox.status')}
          options={JOB_STATUSES.map((s) => [s, t(`admin.job.status.${s}`)])}
        />
      </FilterForm>
      {Object.keys(state.errors).length === 0 && (
        <p class="kern-body" role="status">
          {t('admin.jobs.count', { count: data.total })}
        </p>
      )}
      <DataTable
        caption={t('admin.jobs.caption')}
        captionHidden
        empty={t('admin.jobs.empty')}
        rows={data.rows}
        columns={[
          { header: t('admin.outbox.created'), cell: (j) => ctx.date(j.createdAt, true) },
          { header: t('admin.jobs.kind'), cell: (j) => <code>{j.kind}</code>, rowHeader: true },
          { header: t('admin.jobs.municipality'), cell: (j) => j.municipalityName ?? t('admin.jobs.platform') },
          { header: t('admin.outbox.status'), cell: (j) => t(`admin.job.status.${j.status}`) },
          {
            header: t('admin.outbox.attempts'),
            cell: (j) =>
              t('admin.jobs.attemptsOf', { attempts: ctx.number(j.attempts), max: ctx.number(j.maxAttempts) }),
          },
          {
            header: t('admin.jobs.runAt'),
            cell: (j) => (j.finishedAt ? '' : ctx.date(j.runAt, true)),
          },
          { header: t('admin.jobs.finishedAt'), cell: (j) => (j.finishedAt ? ctx.date(j.finishedAt, true) : '') },
          { header: t('admin.outbox.lastError'), cell: (j) => j.lastError ?? '' },
        ]}
      />
      <Pagination
        ctx={ctx}
        page={data.page}
        count={pageCount(data.total, data.pageSize)}
        href={pageHref(list, state.values)}
      />
    </Layout>
  );
}
