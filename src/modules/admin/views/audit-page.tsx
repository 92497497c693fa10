import { AUDIT_ACTIONS, type AuditRow } from '../../../platform/audit/audit.ts';
import { SelectField, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { DateRangeFilters, ListFrame, type ListPageProps } from '../../../platform/views/staff/list-frame.tsx';
import type { StaffArea } from '../../../platform/views/staff/staff-area.ts';
import { listPlace } from './parts.tsx';

const title = (ctx: ViewContext, area: StaffArea) =>
  area.municipality
    ? ctx.t('admin.audit.title', { municipality: area.municipality.name })
    : ctx.t('admin.audit.stateTitle');

// Known actions read in the user's language; a word some module added later is shown as it is stored.
function actionLabel(ctx: ViewContext, action: string): string {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? ctx.t(`admin.audit.action.${action}`) : action;
}

// A reason may be a message key (written by our own code) or free text (typed by a person).
function reasonText(ctx: ViewContext, reason: string | null): string {
  if (!reason) return '';
  return /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/.test(reason) ? ctx.t(reason) : reason;
}

/** The audit log of a municipality or of the state level, filtered and paginated, newest first. */
export function AuditPage(props: ListPageProps<AuditRow>) {
  const { ctx, area, data, state } = props;
  const { t } = ctx;
  const labels = {
    action: t('admin.audit.actionLabel'),
    subjectType: t('admin.audit.subjectType'),
    from: t('admin.audit.from'),
    to: t('admin.audit.to'),
  };
  return (
    <ListFrame
      {...props}
      {...listPlace(ctx, area, 'audit')}
      title={title(ctx, area)}
      intro={t(area.municipality ? 'admin.audit.intro' : 'admin.audit.stateIntro')}
      count={t('admin.audit.count', { count: data.total })}
      labels={labels}
      filters={
        <>
          <SelectField
            ctx={ctx}
            state={state}
            name="action"
            label={labels.action}
            options={AUDIT_ACTIONS.map((a) => [a, t(`admin.audit.action.${a}`)])}
          />
          <TextField
            ctx={ctx}
            state={state}
            name="subjectType"
            label={labels.subjectType}
            hint={t('admin.audit.subjectTypeHint')}
          />
          <DateRangeFilters ctx={ctx} state={state} labels={labels} />
        </>
      }
      caption={t('admin.audit.caption')}
      empty={t('admin.audit.empty')}
      columns={[
        { header: t('admin.audit.at'), cell: (r) => ctx.date(r.at, true), rowHeader: true },
        {
          header: t('admin.audit.actor'),
          cell: (r) => r.actorName ?? (r.actorUserId ? r.actorUserId : t('admin.audit.system')),
        },
        { header: t('admin.audit.actionLabel'), cell: (r) => actionLabel(ctx, r.action) },
        {
          header: t('admin.audit.subject'),
          cell: (r) => (r.subjectId ? `${r.subjectType} ${r.subjectId}` : r.subjectType),
        },
        { header: t('admin.audit.reason'), cell: (r) => reasonText(ctx, r.reason) },
        { header: t('admin.audit.requestId'), cell: (r) => (r.requestId ? <code>{r.requestId}</code> : '') },
      ]}
    />
  );
}
