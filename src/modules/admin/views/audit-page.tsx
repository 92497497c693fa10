import { AUDIT_ACTIONS, type AuditRow } from '../../../platform/audit/audit.ts';
import { ErrorSummary, type FormState, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import { pageCount, Pagination } from '../../../platform/views/components/pagination.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { Paged } from '../admin.service.ts';
import { type AdminArea, AdminNav, FilterForm, pageHref } from './parts.tsx';

const title = (ctx: ViewContext, area: AdminArea) =>
  area.municipality ? ctx.t('admin.audit.title', { municipality: area.municipality }) : ctx.t('admin.audit.stateTitle');

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
export function AuditPage({
  ctx,
  area,
  data,
  state,
}: {
  ctx: ViewContext;
  area: AdminArea;
  data: Paged<AuditRow>;
  state: FormState;
}) {
  const { t } = ctx;
  const list = `${area.base}/audit`;
  const labels = {
    action: t('admin.audit.actionLabel'),
    subjectType: t('admin.audit.subjectType'),
    from: t('admin.audit.from'),
    to: t('admin.audit.to'),
  };
  return (
    <Layout ctx={ctx} title={title(ctx, area)}>
      <AdminNav ctx={ctx} area={area} current="audit" />
      <h1 class="kern-heading-large">{title(ctx, area)}</h1>
      <p class="kern-body">{t(area.municipality ? 'admin.audit.intro' : 'admin.audit.stateIntro')}</p>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <FilterForm ctx={ctx} action={list}>
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
        <TextField ctx={ctx} state={state} name="from" label={labels.from} type="date" />
        <TextField ctx={ctx} state={state} name="to" label={labels.to} type="date" />
      </FilterForm>
      {Object.keys(state.errors).length === 0 && (
        <p class="kern-body" role="status">
          {t('admin.audit.count', { count: data.total })}
        </p>
      )}
      <DataTable
        caption={t('admin.audit.caption')}
        captionHidden
        empty={t('admin.audit.empty')}
        rows={data.rows}
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
      <Pagination
        ctx={ctx}
        page={data.page}
        count={pageCount(data.total, data.pageSize)}
        href={pageHref(list, state.values)}
      />
    </Layout>
  );
}
