import { JOB_STATUSES, type JobSummary } from '../../../platform/jobs/jobs-read.ts';
import { ListFrame, type ListPageProps } from '../../../platform/views/staff/list-frame.tsx';
import { listPlace, statusFilter } from './parts.tsx';

/** All background jobs of the platform for the state administrator, newest first, with errors. */
export function JobsPage(props: ListPageProps<JobSummary>) {
  const { ctx, area, data, state } = props;
  const { t } = ctx;
  return (
    <ListFrame
      {...props}
      {...listPlace(ctx, area, 'jobs')}
      title={t('admin.jobs.title')}
      intro={t('admin.jobs.intro')}
      count={t('admin.jobs.count', { count: data.total })}
      {...statusFilter(
        ctx,
        state,
        JOB_STATUSES.map((s) => [s, t(`admin.job.status.${s}`)]),
      )}
      caption={t('admin.jobs.caption')}
      empty={t('admin.jobs.empty')}
      columns={[
        { header: t('admin.outbox.created'), cell: (j) => ctx.date(j.createdAt, true) },
        { header: t('admin.jobs.kind'), cell: (j) => <code>{j.kind}</code>, rowHeader: true },
        { header: t('admin.jobs.municipality'), cell: (j) => j.municipalityName ?? t('admin.jobs.platform') },
        { header: t('admin.outbox.status'), cell: (j) => t(`admin.job.status.${j.status}`) },
        {
          header: t('admin.outbox.attempts'),
          cell: (j) => t('admin.jobs.attemptsOf', { attempts: ctx.number(j.attempts), max: ctx.number(j.maxAttempts) }),
        },
        {
          header: t('admin.jobs.runAt'),
          cell: (j) => (j.finishedAt ? '' : ctx.date(j.runAt, true)),
        },
        { header: t('admin.jobs.finishedAt'), cell: (j) => (j.finishedAt ? ctx.date(j.finishedAt, true) : '') },
        { header: t('admin.outbox.lastError'), cell: (j) => j.lastError ?? '' },
      ]}
    />
  );
}
