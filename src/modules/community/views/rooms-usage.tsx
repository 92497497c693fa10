import type { PageTenant } from '../../../platform/db/tenant.ts';
import { dateTimeFormat } from '../../../platform/i18n/format.ts';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { FilterForm } from '../../../platform/views/staff/list-frame.tsx';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { UsageRow } from '../bookings.repository.ts';
import type { RoomRow } from '../rooms.repository.ts';
import { ROOMS_NAV } from './rooms-admin.tsx';
import { roomUrls } from './room-parts.tsx';

/** A month ("2026-11") in the reader's words ("November 2026"). */
export function monthName(ctx: ViewContext, month: string): string {
  return dateTimeFormat(ctx.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/**
 * Usage figures per month and purpose: approved bookings, hours booked and hours the room was recorded as used.
 * Counts and hours only, no names; the same as CSV.
 */
export function UsagePage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  rows: readonly UsageRow[];
  rooms: readonly RoomRow[];
  year: number;
  roomId: string | undefined;
}) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const urls = roomUrls(ctx, tenant.slug);
  const hours = (h: number) => ctx.number(h, { maximumFractionDigits: 1 });
  const q = new URLSearchParams({ year: String(p.year), ...(p.roomId ? { room: p.roomId } : {}) });
  const total = p.rows.reduce((a, r) => ({ booked: a.booked + r.hoursBooked, used: a.used + r.hoursUsed }), {
    booked: 0,
    used: 0,
  });
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current={ROOMS_NAV} title={t('community.rooms.usage.title')}>
      <p class="kern-body">{t('community.rooms.usage.intro')}</p>
      <FilterForm ctx={ctx} action={urls.usage}>
        <div class="kern-form-input">
          <label class="kern-label" for="f-year">
            {t('community.rooms.usage.year')}
          </label>
          <input class="kern-form-input__input" id="f-year" name="year" inputmode="numeric" value={String(p.year)} />
        </div>
        <div class="kern-form-input">
          <label class="kern-label" for="f-room">
            {t('community.rooms.field.room')}
          </label>
          <div class="kern-form-input__select-wrapper">
            <select class="kern-form-input__select" id="f-room" name="room">
              <option value="">{t('community.rooms.usage.allRooms')}</option>
              {p.rooms.map((r) => (
                <option value={r.id} selected={r.id === p.roomId}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </FilterForm>
      <p class="kern-body">
        {t('community.rooms.usage.total', { booked: hours(total.booked), used: hours(total.used) })}
      </p>
      <DataTable
        caption={t('community.rooms.usage.caption', { year: ctx.number(p.year, { useGrouping: false }) })}
        rows={p.rows}
        empty={t('community.rooms.usage.empty')}
        columns={[
          { header: t('community.rooms.usage.month'), rowHeader: true, cell: (r) => monthName(ctx, r.month) },
          { header: t('community.rooms.book.field.purpose'), cell: (r) => t(`community.rooms.purpose.${r.purpose}`) },
          { header: t('community.rooms.usage.bookings'), numeric: true, cell: (r) => ctx.number(r.bookings) },
          { header: t('community.rooms.usage.hoursBooked'), numeric: true, cell: (r) => hours(r.hoursBooked) },
          { header: t('community.rooms.usage.hoursUsed'), numeric: true, cell: (r) => hours(r.hoursUsed) },
        ]}
      />
      <p class="kern-body">
        <a class="kern-link" href={`${urls.usage}.csv?${q}`} download>
          {t('community.rooms.usage.csv')}
        </a>
      </p>
    </StaffPage>
  );
}
