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
  return (await servicesSlots(db, t, [serviceId], q)).get(serviceId) ?? [];
}

/**
 * The same for several services in one read (a list page): the services, their counsellors, and the hours,
 * exceptions and appointments of all those counsellors, each one query; then each service's slots as
 * `serviceSlots` would give them. Services without slots (inactive, unknown, no counsellor) map to [].
 */
export async function servicesSlots(
  db: Executor,
  t: Tenant,
  serviceIds: readonly string[],
  q: { from: string; to: string; now: Date; counsellorId?: string },
): Promise<Map<string, ServiceSlot[]>> {
  const out = new Map<string, ServiceSlot[]>(serviceIds.map((id) => [id, []]));
  if (serviceIds.length === 0) return out;
  const m = t.municipalityId;
  const services = await db
    .selectFrom('counselling_services')
    .select(['id', 'slot_minutes', 'buffer_minutes', 'min_notice_hours', 'horizon_days', 'time_zone'])
    .where('municipality_id', '=', m)
    .where('id', 'in', [...serviceIds])
    .where('active', '=', true)
    .execute();
  if (services.length === 0) return out;
  let counsellors = db
    .selectFrom('counselling_counsellors')
    .select(['id', 'user_id', 'service_id'])
    .where('municipality_id', '=', m)
    .where(
      'service_id',
      'in',
      services.map((s) => s.id),
    )
    .where('active', '=', true);
  if (q.counsellorId) counsellors = counsellors.where('id', '=', q.counsellorId);
  const rows = await counsellors.execute();
  if (rows.length === 0) return out;
  const ids = rows.map((c) => c.id);
  // A person who counsels for two services has a row in each: their appointments in either keep them busy.
  const samePerson = await db
    .selectFrom('counselling_counsellors')
    .select(['id', 'user_id'])
    .where('municipality_id', '=', m)
    .where('user_id', 'in', [...new Set(rows.map((c) => c.user_id))])
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
  const isHoliday = (day: string) => holidayOn(day) !== null;
  for (const service of services) {
    const rules = {
      slotMinutes: service.slot_minutes,
      bufferMinutes: service.buffer_minutes,
      minNoticeHours: service.min_notice_hours,
      horizonDays: service.horizon_days,
      timeZone: service.time_zone,
    };
    const list: ServiceSlot[] = [];
    for (const c of rows.filter((r) => r.service_id === service.id)) {
      const slots = freeSlots({
        hours: hours
          .filter((h) => h.counsellor_id === c.id)
          .map((h) => ({
            weekday: h.weekday,
            starts: h.starts,
            ends: h.ends,
            validFrom: h.valid_from,
            validUntil: h.valid_until,
          })),
        exceptions: exceptions.filter((e) => e.counsellor_id === c.id),
        busy: busy
          .filter((b) => personOf.get(b.counsellor_id) === c.user_id)
          .map((b) => ({ from: new Date(b.starts_at), to: new Date(b.blocked_until) })),
        rules,
        now: q.now,
        from: q.from,
        to: q.to,
        isHoliday,
      });
      for (const s of slots) list.push({ ...s, counsellorId: c.id });
    }
    out.set(
      service.id,
      list.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.counsellorId.localeCompare(b.counsellorId)),
    );
  }
  return out;
}
