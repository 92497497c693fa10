import type { ComponentChildren } from 'preact';

/** One column: its header (translated) and how a row fills its cell. */
export interface Column<T> {
  header: string;
  cell: (row: T) => ComponentChildren;
  /** Right-aligned (in reading direction) figures. */
  numeric?: boolean;
  /** This column names the row: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
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

/** A KERN table with a caption and `scope="col"` headers; an empty list says so instead of an empty table. */
export function DataTable<T>({ caption, captionHidden, columns, rows, empty }: DataTableProps<T>) {
  if (rows.length === 0) return <p class="kern-body z-empty">{empty}</p>;
  return (
    <div class="kern-table-responsive">
      <table class="kern-table">
        <caption class={captionHidden ? 'z-visually-hidden' : 'kern-title'}>{caption}</caption>
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            {columns.map((c) => (
              <th class={`kern-table__header${c.numeric ? ' kern-table__header--numeric' : ''}`} scope="col">
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
                  <th class="kern-table__header" scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td class={`kern-table__cell${c.numeric ? ' kern-table__cell--numeric' : ''}`}>{c.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
