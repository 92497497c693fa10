import type { ComponentChildren } from 'preact';
import type { FormValues } from '../../../platform/http/forms.ts';
import { ErrorSummary, type FormState, SelectField } from '../../../platform/views/components/form.tsx';
import { Pagination, pageCount } from '../../../platform/views/components/pagination.tsx';
import { type Column, DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { Paged } from '../admin.service.ts';

/** Where a staff page lives: a municipality's admin area or the state's. */
export interface AdminArea {
  /** `/de/m/meppen/admin` or `/de/state`. */
  base: string;
  /** The municipality's name; null for the state area. */
  municipality: string | null;
}

/** The staff lists of the admin area; each is also the last segment of its URL below the area. */
export type AdminList = 'outbox' | 'audit' | 'jobs' | 'feedback';

/** The staff pages of this module, with the current one marked. */
export function AdminNav({ ctx, area, current }: { ctx: ViewContext; area: AdminArea; current: AdminList }) {
  const items: [string, string][] = [
    ['outbox', ctx.t('admin.nav.outbox')],
    ['audit', ctx.t('admin.nav.audit')],
    // The feedback inbox is the site module's page, shown here until the staff navigation comes from manifests.
    ['feedback', ctx.t('admin.nav.feedback')],
  ];
  // Background jobs are the platform's, not a municipality's: only the state area lists them.
  if (area.municipality === null) items.push(['jobs', ctx.t('admin.nav.jobs')]);
  return (
    <nav aria-label={ctx.t('admin.nav.label')}>
      <ul class="z-inline-list">
        {items.map(([key, label]) => (
          <li>
            <a class="kern-link" href={`${area.base}/${key}`} aria-current={key === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A filter form: GET, so that a filtered list has its own URL (bookmarks, back button, pagination). */
export function FilterForm({
  ctx,
  action,
  children,
}: {
  ctx: ViewContext;
  action: string;
  children: ComponentChildren;
}) {
  return (
    <form method="get" action={action} novalidate class="z-filter">
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{ctx.t('admin.filter.legend')}</legend>
        <div class="kern-fieldset__body kern-fieldset__body--horizontal">{children}</div>
        <p class="kern-body">
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{ctx.t('admin.filter.apply')}</span>
          </button>{' '}
          <a class="kern-link" href={action}>
            {ctx.t('admin.filter.reset')}
          </a>
        </p>
      </fieldset>
    </form>
  );
}

/** The URL of another page of a filtered list, keeping the filters. */
export function pageHref(base: string, values: FormValues): (page: number) => string {
  return (page) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) {
      if (k !== 'page' && typeof v === 'string' && v !== '') q.set(k, v);
    }
    q.set('page', String(page));
    return `${base}?${q}`;
  };
}

/** What the routes hand every list page: where it is, one page of rows, and the filter input (with its errors). */
export interface ListPageProps<T> {
  ctx: ViewContext;
  area: AdminArea;
  data: Paged<T>;
  state: FormState;
}

interface ListFrameProps<T> extends ListPageProps<T> {
  list: AdminList;
  /** Translated texts: the page's heading, its introduction and the "N entries" line. */
  title: string;
  intro: string;
  count: string;
  /** The filter fields, and their labels for the error summary. */
  filters: ComponentChildren;
  labels: Record<string, string>;
  /** The table's (hidden) caption, what an empty list says, and the columns. */
  caption: string;
  empty: string;
  columns: Column<T>[];
  /** More content after the list (e.g. a settings form that belongs to the page). */
  after?: ComponentChildren;
}

/**
 * A staff list page: navigation, heading, filters with their errors, the number of matches (announced as a status;
 * left out while the filters are invalid), the table and the page links, which keep the filters.
 */
export function ListFrame<T>(p: ListFrameProps<T>) {
  const { ctx, area, data, state } = p;
  const action = `${area.base}/${p.list}`;
  return (
    <Layout ctx={ctx} title={p.title}>
      <AdminNav ctx={ctx} area={area} current={p.list} />
      <h1 class="kern-heading-large">{p.title}</h1>
      <p class="kern-body">{p.intro}</p>
      <ErrorSummary ctx={ctx} state={state} labels={p.labels} />
      <FilterForm ctx={ctx} action={action}>
        {p.filters}
      </FilterForm>
      {Object.keys(state.errors).length === 0 && (
        <p class="kern-body" role="status">
          {p.count}
        </p>
      )}
      <DataTable caption={p.caption} captionHidden empty={p.empty} rows={data.rows} columns={p.columns} />
      <Pagination
        ctx={ctx}
        page={data.page}
        count={pageCount(data.total, data.pageSize)}
        href={pageHref(action, state.values)}
      />
      {p.after}
    </Layout>
  );
}

/** The one filter of the outbox and of the jobs list, the status, for `ListFrame`'s `filters` and `labels`. */
export function statusFilter(ctx: ViewContext, state: FormState, options: [string, string][]) {
  const label = ctx.t('admin.outbox.status');
  return {
    labels: { status: label },
    filters: <SelectField ctx={ctx} state={state} name="status" label={label} options={options} />,
  };
}
