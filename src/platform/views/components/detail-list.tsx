import type { ComponentChildren } from 'preact';

/** One fact of a detail page: its label and its value; `false` leaves out a fact that does not apply. */
export type Detail = readonly [label: string, value: ComponentChildren] | false;

/** The facts of one record (a mail, a message) as a KERN description list: label, then value. */
export function DetailList({ rows }: { rows: readonly Detail[] }) {
  return (
    <dl class="kern-description-list">
      {rows.map(
        (row) =>
          row && (
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{row[0]}</dt>
              <dd class="kern-description-list-item__value">{row[1]}</dd>
            </div>
          ),
      )}
    </dl>
  );
}

/** The link from a detail page back to its list, on a line of its own above the heading. */
export function BackLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <p class="kern-body">
      <a class="kern-link" href={href}>
        {children}
      </a>
    </p>
  );
}
