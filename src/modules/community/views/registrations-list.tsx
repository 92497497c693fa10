import type { PageTenant } from '../../../platform/db/tenant.ts';
import { LOCALE_NAMES, isLocale } from '../../../platform/i18n/locales.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { Form } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { AttendanceRow } from '../attendance.repository.ts';
import type { OccurrenceForRegistration } from '../registrations.read.ts';
import type { RegistrationRow } from '../registrations.repository.ts';
import { OccurrenceFacts, titleOf } from './registration-parts.tsx';

const k = (key: string) => `community.registrations.${key}`;

/** The organiser's base URL of one date's registrations. */
export const listBase = (ctx: ViewContext, t: PageTenant, o: OccurrenceForRegistration) =>
  `/${ctx.locale}/m/${t.slug}/admin/events/${o.eventId}/occurrences/${o.id}/registrations`;

function contact(r: RegistrationRow) {
  return [r.email, r.phone].filter(Boolean).join(', ');
}

/**
 * Who registered for one date (private to the organiser, the Quartier manager and the administration): the
 * confirmed places, the queue in order, the cancelled; the CSV download, the attendance counts and, before the
 * date, a button per person to cancel for them (the freed places go to the queue).
 */
export function RegistrationsListPage({
  ctx,
  tenant,
  o,
  rows,
  attendance,
  now,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  o: OccurrenceForRegistration;
  rows: readonly RegistrationRow[];
  attendance: AttendanceRow | null;
  now: Date;
}) {
  const base = listBase(ctx, tenant, o);
  const title = ctx.t(k('list.title'), { title: titleOf(o), date: ctx.date(o.startsAt, true) });
  const confirmed = rows.filter((r) => r.status === 'confirmed').reduce((n, r) => n + r.party_size, 0);
  const waiting = rows.filter((r) => r.status === 'waitlisted').length;
  const open = o.startsAt > now;
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current="community.events" title={title}>
      <BackLink href={`/${ctx.locale}/m/${tenant.slug}/admin/registrations`}>{ctx.t(k('list.back'))}</BackLink>
      <OccurrenceFacts ctx={ctx} o={o} />
      <p class="kern-body">
        {ctx.t(k('list.summary'), {
          confirmed,
          places: o.places ?? 0,
          limited: o.places === null ? 'no' : 'yes',
          waiting,
        })}
      </p>
      <p class="kern-body">
        <a class="kern-link" href={`${base}.csv`}>
          {ctx.t(k('list.csv'))}
        </a>
        {' · '}
        <a class="kern-link" href={`${base}/attendance`}>
          {attendance ? ctx.t(k('list.attendanceRecorded'), { total: attendance.total }) : ctx.t(k('list.attendance'))}
        </a>
      </p>
      <DataTable
        caption={ctx.t(k('list.caption'))}
        empty={ctx.t(k('list.empty'))}
        rows={rows}
        columns={[
          { header: ctx.t(k('csv.name')), rowHeader: true, cell: (r) => r.name ?? ctx.t(k('list.erased')) },
          { header: ctx.t(k('list.contact')), cell: (r) => <span dir="ltr">{contact(r)}</span> },
          { header: ctx.t(k('csv.partySize')), numeric: true, cell: (r) => ctx.number(r.party_size) },
          {
            header: ctx.t(k('list.status')),
            cell: (r) =>
              r.status === 'waitlisted'
                ? ctx.t(k('list.waitlisted'), { position: r.waitlist_position ?? 0 })
                : ctx.t(k(`status.${r.status}`)),
          },
          { header: ctx.t(k('csv.locale')), cell: (r) => (isLocale(r.locale) ? LOCALE_NAMES[r.locale] : r.locale) },
          { header: ctx.t(k('csv.registeredAt')), cell: (r) => ctx.date(r.created_at, true) },
          {
            header: ctx.t(k('list.actions')),
            action: true,
            cell: (r) =>
              open && r.status !== 'cancelled' && !r.erased_at ? (
                <Form
                  ctx={ctx}
                  action={`${base}/${r.id}/cancel`}
                  label={ctx.t(k('list.cancelFor'), { name: r.name ?? '' })}
                >
                  <button type="submit" class="kern-btn kern-btn--secondary">
                    <span class="kern-label">{ctx.t(k('list.cancel'))}</span>
                  </button>
                </Form>
              ) : null,
          },
        ]}
      />
    </StaffPage>
  );
}
