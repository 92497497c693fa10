import { holidayOn } from '../../lib/calendar/holidays.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { type Slot, freeSlots } from './slots.ts';

/** A free slot of a service: when, and with which counsellor. */
export interface ServiceSlot extends Slot {
  counsellorId: string;
}

/**
 * The free slots of a service's active counsellors between two local days (inclusive), earliest first: their weekly
 * hours and exceptions, Lower Saxony's public holidays, and the times their active appointments (with the service's
 * break) already hold. Only `counsellorId`'s when given. An inactive or unknown service has none.
 */
export async function serviceSlots(
  db: Executor,
  t: Tenant,
  serviceId: string,
  q: { from: string; to: string; now: Date; counsellorId?: string },
): Promise<ServiceSlot[]> {
  const m = t.municipalityId;
  const service = await db
    .selectFrom('counselling_services')
    .select(['slot_minutes', 'buffer_minutes', 'min_notice_hours', 'horizon_days', 'time_zone'])
    .where('municipality_id', '=', m)
    .where('id', '=', serviceId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!service) return [];
  let counsellors = db
    .selectFrom('counselling_counsellors')
    .select(['id', 'user_id'])
    .where('municipality_id', '=', m)
    .where('service_id', '=', serviceId)
    .where('active', '=', true);
  if (q.counsellorId) counsellors = counsellors.where('id', '=', q.counsellorId);
  const rows = await counsellors.execute();
  const ids = rows.map((c) => c.id);
  if (ids.length === 0) return [];
  // A person who counsels for two services has a row in each: their appointments in either keep them busy.
  const samePerson = await db
    .selectFrom('counselling_counsellors')
    .select(['id', 'user_id'])
    .where('municipality_id', '=', m)
    .where(
      'user_id',
      'in',
      rows.map((c) => c.user_id),
    )
    .execute();
  const personOf = new Map(samePerson.map((c) => [c.id, c.user_id]));
  const [hours, exceptions, busy] = await Promise.all([
    db
      .selectFrom('counselling_hours')
      .select(['counsellor_id', 'weekday', 'starts', 'ends', 'valid_from', 'valid_until'])
      .where('municipality_id', '=', m)
      .where('counsellor_id', 'in', ids)
      .execute(),
    db
      .selectFrom('counselling_exceptions')
      .select(['counsellor_id', 'day', 'starts', 'ends'])
      .where('municipality_id', '=', m)
      .where('counsellor_id', 'in', ids)
      .where('day', '>=', q.from)
      .where('day', '<=', q.to)
      .execute(),
    // Busy across all services: a counsellor of two services is one person.
    db
      .selectFrom('counselling_appointments')
      .select(['counsellor_id', 'starts_at', 'blocks'])
      .select((eb) => eb.fn<Date>('upper', ['blocks']).as('blocked_until'))
      .where('municipality_id', '=', m)
      .where('counsellor_id', 'in', [...personOf.keys()])
      .where('status', '<>', 'cancelled')
      .where('ends_at', '>', q.now)
      .execute(),
  ]);
  const rules = {
    slotMinutes: service.slot_minutes,
    bufferMinutes: service.buffer_minutes,
    minNoticeHours: service.min_notice_hours,
    horizonDays: service.horizon_days,
    timeZone: service.time_zone,
  };
  const isHoliday = (day: string) => holidayOn(day) !== null;
  const out: ServiceSlot[] = [];
  for (const id of ids) {
    const slots = freeSlots({
      hours: hours
        .filter((h) => h.counsellor_id === id)
        .map((h) => ({
          weekday: h.weekday,
          starts: h.starts,
          ends: h.ends,
          validFrom: h.valid_from,
          validUntil: h.valid_until,
        })),
      exceptions: exceptions.filter((e) => e.counsellor_id === id),
      busy: busy
        .filter((b) => personOf.get(b.counsellor_id) === personOf.get(id))
        .map((b) => ({ from: new Date(b.starts_at), to: new Date(b.blocked_until) })),
      rules,
      now: q.now,
      from: q.from,
      to: q.to,
      isHoliday,
    });
    for (const s of slots) out.push({ ...s, counsellorId: id });
  }
  return out.sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.counsellorId.localeCompare(b.counsellorId),
  );
}
