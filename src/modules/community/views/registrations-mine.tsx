import { isolate } from '../../../platform/i18n/format.ts';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { MyRegistration } from '../registrations.mine.repository.ts';

const k = (key: string) => `community.registrations.${key}`;

/** "My registrations": a signed-in person's registrations in every municipality, latest date first. */
export function MyRegistrationsPage({
  ctx,
  rows,
  href,
}: {
  ctx: ViewContext;
  rows: readonly MyRegistration[];
  /** The holder page of a registration. */
  href: (r: MyRegistration) => string;
}) {
  const title = ctx.t(k('mine.title'));
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <DataTable
        caption={title}
        captionHidden
        empty={ctx.t(k('mine.empty'))}
        rows={rows}
        columns={[
          {
            header: ctx.t(k('mine.event')),
            rowHeader: true,
            cell: (r) => (
              <a class="kern-link" href={href(r)}>
                {isolate(r.title)}
              </a>
            ),
          },
          { header: ctx.t(k('when')), cell: (r) => ctx.date(r.startsAt, true) },
          { header: ctx.t(k('mine.municipality')), cell: (r) => r.municipalityName },
          {
            header: ctx.t(k('list.status')),
            cell: (r) =>
              r.occurrenceStatus === 'cancelled' ? ctx.t(k('holder.dateCancelled')) : ctx.t(k(`status.${r.status}`)),
          },
        ]}
      />
    </Layout>
  );
}
