import type { PageTenant } from '../../../platform/db/tenant.ts';
import { isolate } from '../../../platform/i18n/format.ts';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { OrganiserDate } from '../registrations.overview.read.ts';

const k = (key: string) => `community.registrations.overview.${key}`;

/**
 * The organiser's way in: the dates with registration of the events they may see (a volunteer: their own), the
 * recent past first for counting attendance, then the coming ones with how full they are.
 */
export function RegistrationsOverviewPage({
  ctx,
  tenant,
  rows,
  now,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  rows: readonly OrganiserDate[];
  now: Date;
}) {
  const title = ctx.t(k('title'));
  const href = (d: OrganiserDate) =>
    `/${ctx.locale}/m/${tenant.slug}/admin/events/${d.eventId}/occurrences/${d.id}/registrations`;
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current="community.registrations" title={title}>
      <p class="kern-body">{ctx.t(k('intro'))}</p>
      <DataTable
        caption={title}
        captionHidden
        empty={ctx.t(k('empty'))}
        rows={rows}
        columns={[
          {
            header: ctx.t('community.registrations.mine.event'),
            rowHeader: true,
            cell: (d) => (
              <a class="kern-link" href={href(d)}>
                {isolate(d.title)}
              </a>
            ),
          },
          { header: ctx.t('community.registrations.when'), cell: (d) => ctx.date(d.startsAt, true) },
          {
            header: ctx.t('community.registrations.places'),
            cell: (d) =>
              d.status === 'cancelled'
                ? ctx.t('community.registrations.holder.dateCancelled')
                : ctx.t(k('taken'), {
                    confirmed: d.confirmed,
                    places: d.places ?? 0,
                    limited: d.places === null ? 'no' : 'yes',
                    waiting: d.waiting,
                  }),
          },
          {
            header: ctx.t(k('attendance')),
            cell: (d) =>
              d.counted !== null
                ? ctx.number(d.counted)
                : d.startsAt <= now && d.status === 'scheduled'
                  ? ctx.t(k('toCount'))
                  : '',
          },
        ]}
      />
    </StaffPage>
  );
}
