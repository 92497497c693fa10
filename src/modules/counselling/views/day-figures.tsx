import type { PageTenant } from '../../../platform/db/tenant.ts';
import { dateTimeFormat } from '../../../platform/i18n/format.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { cell, type FigureTable, rowLabel } from '../day.figures.ts';

const k = (key: string) => `counselling.day.figures.${key}`;

interface FiguresProps {
  ctx: ViewContext;
  tenant: PageTenant;
  year: number;
  serviceId: string | null;
  services: { id: string; title: string }[];
  tables: FigureTable[];
}

function Table({ ctx, year, table }: { ctx: ViewContext; year: number; table: FigureTable }) {
  const months = Array.from({ length: 12 }, (_, i) =>
    dateTimeFormat(ctx.locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, i, 1))),
  );
  const fmt = (n: number) => ctx.number(n);
  return (
    <section class="kern-table-responsive" aria-label={table.title} tabindex={0}>
      <table class="kern-table">
        <caption class="kern-title">{table.title}</caption>
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              {ctx.t(k('csv.row'))}
            </th>
            {months.map((m) => (
              <th class="kern-table__header kern-table__header--numeric" scope="col">
                {m}
              </th>
            ))}
            <th class="kern-table__header kern-table__header--numeric" scope="col">
              {ctx.t(k('csv.total'))}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {table.rows.map((row) => (
            <tr class="kern-table__row">
              <th class="kern-table__header z-sticky-start" scope="row">
                {rowLabel(ctx.t, row)}
              </th>
              {months.map((_, i) => (
                <td class="kern-table__cell kern-table__cell--numeric">{cell(row, table, i, fmt)}</td>
              ))}
              <td class="kern-table__cell kern-table__cell--numeric">{cell(row, table, null, fmt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The anonymous contact figures of a year: per service a table of months, by topic, language, channel,
 * interpreter, walk-in or appointment, no-shows, gender and age band where counted; "< 5" for one to four.
 */
export function FiguresPage(p: FiguresProps) {
  const { ctx, tenant, year } = p;
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/counselling/figures`;
  const query = `?year=${year}${p.serviceId ? `&service=${p.serviceId}` : ''}`;
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="counselling.figures"
      title={ctx.t(k('title'), { year: ctx.number(year, { useGrouping: false }) })}
    >
      <p class="kern-body">{ctx.t(k('intro'))}</p>
      <form method="get" action={base} class="z-no-print">
        <label class="kern-label" for="year">
          {ctx.t(k('year'))}
        </label>
        <input
          class="kern-form-input__input"
          id="year"
          name="year"
          type="number"
          inputmode="numeric"
          value={String(year)}
        />
        <label class="kern-label" for="service">
          {ctx.t(k('service'))}
        </label>
        <select class="kern-form-input__select" id="service" name="service">
          <option value="">{ctx.t(k('allServices'))}</option>
          {p.services.map((s) => (
            <option value={s.id} selected={s.id === p.serviceId}>
              {s.title}
            </option>
          ))}
        </select>{' '}
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{ctx.t(k('show'))}</span>
        </button>
      </form>
      <p class="kern-body z-no-print">
        <a class="kern-link" href={`${base}.csv${query}`}>
          {ctx.t(k('csvLink'))}
        </a>{' '}
        <a class="kern-link" href={`${base}?year=${year - 1}`}>
          {ctx.t(k('previousYear'))}
        </a>
      </p>
      {p.tables.length === 0 ? (
        <p class="kern-body z-empty">{ctx.t(k('empty'))}</p>
      ) : (
        p.tables.map((table) => <Table ctx={ctx} year={year} table={table} />)
      )}
    </StaffPage>
  );
}
