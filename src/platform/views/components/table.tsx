import type { ComponentChildren } from 'preact';

/** One column: its header (translated) and how a row fills its cell. */
export interface Column<T> {
  header: string;
  cell: (row: T) => ComponentChildren;
  /** Right-aligned (in reading direction) figures. */
  numeric?: boolean;
  /** This column names the row: rendered as `<th scope="row">`, kept in view while the table scrolls sideways. */
  rowHeader?: boolean;
  /** This column holds the row's actions: kept in view at the row's end while the table scrolls sideways. */
  action?: boolean;
}

function cellClass<T>(base: string, c: Column<T>): string {
  return `${base}${c.numeric ? ` ${base}--numeric` : ''}${c.action ? ' kern-table__cell--action z-sticky-end' : ''}`;
}

interface DataTableProps<T> {
  /** What the table shows; read first by screen readers. */
  caption: string;
  /** Keep the caption for screen readers only, when a heading above already says it. */
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  /** Shown instead of the table when there are no rows. */
  empty: string;
}

/**
 * A KERN table with a caption and `scope="col"` headers; an empty list says so instead of an empty table. On a
 * narrow screen the table scrolls in its box, which is named by the caption and focusable, so that keyboard users
 * can scroll it too (WCAG 2.1.1); the row header and the actions column stay in view.
 */
export function DataTable<T>({ caption, captionHidden, columns, rows, empty }: DataTableProps<T>) {
  if (rows.length === 0) return <p class="kern-body z-empty">{empty}</p>;
  return (
    <section class="kern-table-responsive" aria-label={caption} tabindex={0}>
      <table class="kern-table">
        <caption class={captionHidden ? 'z-visually-hidden' : 'kern-title'}>{caption}</caption>
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            {columns.map((c) => (
              <th class={cellClass('kern-table__header', c)} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {rows.map((row) => (
            <tr class="kern-table__row">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th class="kern-table__header z-sticky-start" scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td class={cellClass('kern-table__cell', c)}>{c.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
