import type { PublishedCell, PublishedTable } from '../../../lib/figures/index.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { CycleRow, ProgrammeRow } from '../core.repository.ts';
import { type Figures, GENDER_ROWS, PARTICIPATION_COLUMNS, shown } from '../figures.ts';
import { MENTEE_STATUSES, OUTCOME_KINDS } from '../mentoring.tables.ts';

const k = (key: string) => `mentoring.figures.${key}`;

interface FiguresProps {
  ctx: ViewContext;
  tenant: PageTenant;
  programme: ProgrammeRow;
  title: string;
  cycles: CycleRow[];
  cycle: CycleRow | null;
  figures: Figures;
}

function Num({ children }: { children: string }) {
  return <td class="kern-table__cell kern-table__cell--numeric">{children}</td>;
}

/** A table of counts: one row per label, one column per header, the cells as published ("< 5" when hidden). */
function CountTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: string[];
  rows: { label: string; cells: string[] }[];
}) {
  return (
    <section class="kern-table-responsive" aria-label={caption} tabindex={0}>
      <table class="kern-table">
        <caption class="kern-title">{caption}</caption>
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            {headers.map((h, i) => (
              <th class={`kern-table__header${i > 0 ? ' kern-table__header--numeric' : ''}`} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {rows.map((row) => (
            <tr class="kern-table__row">
              <th class="kern-table__header z-sticky-start" scope="row">
                {row.label}
              </th>
              {row.cells.map((c) => (
                <Num>{c}</Num>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Gender rows × the given columns, with row and column totals. */
function GenderTable({
  ctx,
  caption,
  columns,
  table,
}: {
  ctx: ViewContext;
  caption: string;
  columns: string[];
  table: PublishedTable;
}) {
  const c = (cell: PublishedCell) => shown(cell, (n) => ctx.number(n));
  const total = ctx.t(k('total'));
  return (
    <CountTable
      caption={caption}
      headers={[ctx.t(k('gender.title')), ...columns, total]}
      rows={[
        ...GENDER_ROWS.map((g, i) => ({
          label: ctx.t(k(`gender.${g}`)),
          cells: [...table.cells[i]!.map(c), c(table.rowTotals[i]!)],
        })),
        { label: total, cells: [...table.columnTotals.map(c), c(table.total)] },
      ]}
    />
  );
}

/**
 * A programme's figures for its staff: applicants by status, participants by gender with the share of women,
 * completion, activities per pairing, feedback means and outcomes by gender. Counts of one to four show "< 5", and
 * further cells are hidden where a hidden one could otherwise be worked out from the totals.
 */
export function FiguresPage(p: FiguresProps) {
  const { ctx, tenant, figures: f } = p;
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/mentoring/${p.programme.slug}/figures`;
  const query = p.cycle ? `?cycle=${p.cycle.id}` : '';
  const c = (cell: PublishedCell) => shown(cell, (n) => ctx.number(n));
  const withheld = ctx.t(k('withheld'));
  const decimal = (n: number | null) =>
    n === null ? withheld : ctx.number(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = (n: number | null) => (n === null ? withheld : ctx.number(n / 100, { style: 'percent' }));
  const value = ctx.t(k('value'));
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="mentoring.figures"
      title={ctx.t(k('title'), { programme: p.title })}
    >
      <p class="kern-body">{ctx.t(k('intro'))}</p>
      <form method="get" action={base} class="z-no-print">
        <label class="kern-label" for="cycle">
          {ctx.t(k('cycle'))}
        </label>
        <select class="kern-form-input__select" id="cycle" name="cycle">
          <option value="">{ctx.t(k('allCycles'))}</option>
          {p.cycles.map((cy) => (
            <option value={cy.id} selected={cy.id === p.cycle?.id}>
              {cy.name}
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
        </a>
      </p>
      <h2 class="kern-heading-medium">
        {p.cycle ? ctx.t(k('scopeCycle'), { cycle: p.cycle.name }) : ctx.t(k('scopeAll'))}
      </h2>

      <CountTable
        caption={ctx.t(k('applicants.title'))}
        headers={[ctx.t(k('applicants.status')), value]}
        rows={[
          ...MENTEE_STATUSES.map((s, i) => ({ label: ctx.t(k(`status.${s}`)), cells: [c(f.applicants.cells[i]!)] })),
          { label: ctx.t(k('total')), cells: [c(f.applicants.total)] },
        ]}
      />

      <GenderTable
        ctx={ctx}
        caption={ctx.t(k('participation.title'))}
        columns={PARTICIPATION_COLUMNS.map((col) => ctx.t(k(`participation.${col}`)))}
        table={f.participation}
      />
      <p class="kern-body" id="women-share">
        {ctx.t(k('line'), { label: ctx.t(k('womenShare')), value: percent(f.womenShare) })}
      </p>

      <CountTable
        caption={ctx.t(k('completion.title'))}
        headers={[ctx.t(k('completion.group')), value]}
        rows={[
          { label: ctx.t(k('completion.completed')), cells: [c(f.completion.cells[0]!)] },
          { label: ctx.t(k('completion.notCompleted')), cells: [c(f.completion.cells[1]!)] },
          { label: ctx.t(k('completion.participants')), cells: [c(f.completion.total)] },
          { label: ctx.t(k('completion.rate')), cells: [percent(f.completionRate)] },
        ]}
      />

      <CountTable
        caption={ctx.t(k('activities.title'))}
        headers={[ctx.t(k('activities.figure')), value]}
        rows={[
          { label: ctx.t(k('activities.pairings')), cells: [c(f.pairings)] },
          {
            label: ctx.t(k('activities.attended')),
            cells: [f.attendedActivities === null ? withheld : ctx.number(f.attendedActivities)],
          },
          { label: ctx.t(k('activities.perPairing')), cells: [decimal(f.activitiesPerPairing)] },
        ]}
      />

      <CountTable
        caption={ctx.t(k('feedback.title'))}
        headers={[ctx.t(k('feedback.question')), ctx.t(k('feedback.answers')), ctx.t(k('feedback.mean'))]}
        rows={f.feedback.map((q) => ({
          label: ctx.t(k('feedback.row'), {
            stage: ctx.t(k(`feedback.stage.${q.stage}`)),
            question: ctx.t(k(`question.${q.question}`)),
          }),
          cells: [c(q.answers), decimal(q.mean)],
        }))}
      />

      <GenderTable
        ctx={ctx}
        caption={ctx.t(k('outcomes.title'))}
        columns={OUTCOME_KINDS.map((o) => ctx.t(`mentoring.outcome.${o}`))}
        table={f.outcomes}
      />
      <p class="kern-body">{ctx.t(k('outcomes.note'))}</p>
    </StaffPage>
  );
}
