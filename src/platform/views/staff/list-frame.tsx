import type { ComponentChildren } from 'preact';
import type { Paged } from '../../db/paginate.ts';
import type { FormValues } from '../../http/forms.ts';
import { ErrorSummary, type FormState, SelectField, TextField } from '../components/form.tsx';
import { Pagination, pageCount } from '../components/pagination.tsx';
import { type Column, DataTable } from '../components/table.tsx';
import type { ViewContext } from '../context.ts';
import type { StaffArea } from './staff-area.ts';
import { StaffPage } from './staff-page.tsx';

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
        <legend class="kern-label">{ctx.t('staff.filter.legend')}</legend>
        <div class="kern-fieldset__body kern-fieldset__body--horizontal">{children}</div>
        <p class="kern-body">
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{ctx.t('staff.filter.apply')}</span>
          </button>{' '}
          <a class="kern-link" href={action}>
            {ctx.t('staff.filter.reset')}
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

/** What a route hands a filtered list page: where it is, one page of rows, and the filter input (with errors). */
export interface ListPageProps<T> {
  ctx: ViewContext;
  area: StaffArea;
  data: Paged<T>;
  state: FormState;
}

export interface ListFrameProps<T> extends ListPageProps<T> {
  /** The nav entry id of this list (marked in the staff navigation). */
  current: string;
  /** The list's own URL (the filter form's target and the base of the page links). */
  action: string;
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
 * A filtered staff list: navigation, heading, filters with their errors, the number of matches (announced as a
 * status; left out while the filters are invalid), the table and the page links, which keep the filters.
 */
export function ListFrame<T>(p: ListFrameProps<T>) {
  const { ctx, data, state } = p;
  return (
    <StaffPage ctx={ctx} area={p.area} current={p.current} title={p.title}>
      <p class="kern-body">{p.intro}</p>
      <ErrorSummary ctx={ctx} state={state} labels={p.labels} />
      <FilterForm ctx={ctx} action={p.action}>
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
        href={pageHref(p.action, state.values)}
      />
      {p.after}
    </StaffPage>
  );
}

/** A list's one select filter (e.g. the status), for `ListFrame`'s `filters` and `labels`. */
export function selectFilter(
  ctx: ViewContext,
  state: FormState,
  name: string,
  label: string,
  options: [string, string][],
) {
  return {
    labels: { [name]: label },
    filters: <SelectField ctx={ctx} state={state} name={name} label={label} options={options} />,
  };
}

/** The "from" and "to" date filters of a list (fields `from` and `to`), labelled by `labels`. */
export function DateRangeFilters({
  ctx,
  state,
  labels,
}: {
  ctx: ViewContext;
  state: FormState;
  labels: { from: string; to: string };
}) {
  return (
    <>
      <TextField ctx={ctx} state={state} name="from" label={labels.from} type="date" />
      <TextField ctx={ctx} state={state} name="to" label={labels.to} type="date" />
    </>
  );
}
