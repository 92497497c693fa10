import { dateTimeFormat } from '../../../platform/i18n/format.ts';
import { type Detail, DetailList } from '../../../platform/views/components/detail-list.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { roleLabelKey, type Role } from '../../../platform/auth/session-user.ts';
import { groupDays, holidayHours, type Span, weekOf } from '../rooms.hours.ts';
import type { RoomRow } from '../rooms.repository.ts';

/** A weekday's name in the reader's language (0 = Monday). */
export function weekdayName(ctx: ViewContext, day: number): string {
  // 2024-01-01 was a Monday.
  return dateTimeFormat(ctx.locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + day)));
}

/** A time of day (minutes after midnight) in the reader's own form; the end of the day is said in words. */
export function timeOf(ctx: ViewContext, minutes: number): string {
  if (minutes >= 1440) return ctx.t('community.rooms.hours.endOfDay');
  return dateTimeFormat(ctx.locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(minutes * 60_000),
  );
}

/** "09:00–18:00" in the reader's digits. */
export const spanText = (ctx: ViewContext, s: Span): string =>
  ctx.t('community.rooms.hours.span', { from: timeOf(ctx, s.start), to: timeOf(ctx, s.end) });

/** A day's date in words ("Dienstag, 8. Dez. 2026"). */
export function dayLabel(ctx: ViewContext, isoDate: string): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  return ctx.t('community.rooms.week.day', { weekday: weekdayName(ctx, (d.getUTCDay() + 6) % 7), date: ctx.date(d) });
}

/** The opening hours as lines a person reads: days with the same hours together, closed days said so. */
export function OpeningHours({ ctx, text }: { ctx: ViewContext; text: string | null }) {
  const week = weekOf(text);
  if (!week) return <p class="kern-body">{ctx.t('community.rooms.hours.none')}</p>;
  const holiday = holidayHours(week);
  return (
    <ul class="kern-list">
      {groupDays(week).map((g) => (
        <li>
          {g.from === g.to
            ? weekdayName(ctx, g.from)
            : ctx.t('community.rooms.hours.dayRange', { from: weekdayName(ctx, g.from), to: weekdayName(ctx, g.to) })}
          {': '}
          {g.spans.length === 0
            ? ctx.t('community.rooms.hours.closed')
            : g.spans.map((s) => spanText(ctx, s)).join(', ')}
        </li>
      ))}
      {holiday && (
        <li>
          {ctx.t('community.rooms.hours.holidays')}
          {': '}
          {holiday.length === 0
            ? ctx.t('community.rooms.hours.closed')
            : holiday.map((s) => spanText(ctx, s)).join(', ')}
        </li>
      )}
    </ul>
  );
}

/** Capacity, address, equipment and accessibility of a room. */
export function RoomFacts({ ctx, room, quartier }: { ctx: ViewContext; room: RoomRow; quartier?: string }) {
  const { t } = ctx;
  const access = (['wheelchairAccessible', 'stepFree', 'accessibleToilet', 'hearingLoop'] as const).filter(
    (k) => room[k],
  );
  const rows: Detail[] = [
    [t('community.rooms.field.address'), <bdi lang="de">{`${room.street}, ${room.postcode} ${room.city}`}</bdi>],
    !!quartier && [t('community.rooms.field.quartier'), <bdi lang="de">{quartier}</bdi>],
    [t('community.rooms.field.capacity'), t('community.rooms.capacityValue', { count: room.capacity })],
    [
      t('community.rooms.field.equipment'),
      room.equipment.length === 0
        ? t('community.rooms.none')
        : room.equipment.map((e) => t(`community.equipment.${e}`)).join(', '),
    ],
    [
      t('community.rooms.field.accessibility'),
      access.length === 0 ? t('community.rooms.none') : access.map((k) => t(`community.rooms.field.${k}`)).join(', '),
    ],
  ];
  return <DetailList rows={rows} />;
}

/** The booking rules in words: who may book, approval, lead time, longest booking, buffer. */
export function RoomRules({ ctx, room }: { ctx: ViewContext; room: RoomRow }) {
  const { t } = ctx;
  const who = room.bookableBy.map((r) => t(roleLabelKey(r as Role))).join(', ');
  return (
    <ul class="kern-list">
      <li>{t('community.rooms.rules.who', { roles: who })}</li>
      <li>{t(room.needsApproval ? 'community.rooms.rules.approval' : 'community.rooms.rules.direct')}</li>
      <li>{t('community.rooms.rules.leadTime', { hours: room.leadTimeHours })}</li>
      <li>{t('community.rooms.rules.longest', { hours: room.maxBookingMinutes / 60 })}</li>
      {room.bufferMinutes > 0 && <li>{t('community.rooms.rules.buffer', { minutes: room.bufferMinutes })}</li>}
    </ul>
  );
}

// The rooms' staff form takes its checkboxes from here; they are the same as every community form's.
export { Checkbox, CheckboxGroup } from './form-controls.tsx';

/** URLs of the rooms part. */
export const roomUrls = (ctx: ViewContext, slug: string) => ({
  list: `/${ctx.locale}/m/${slug}/rooms`,
  room: (id: string) => `/${ctx.locale}/m/${slug}/rooms/${id}`,
  book: (id: string) => `/${ctx.locale}/m/${slug}/rooms/${id}/book`,
  mine: `/${ctx.locale}/m/${slug}/bookings`,
  admin: `/${ctx.locale}/m/${slug}/admin/rooms`,
  queue: `/${ctx.locale}/m/${slug}/admin/bookings`,
  usage: `/${ctx.locale}/m/${slug}/admin/rooms/usage`,
});
