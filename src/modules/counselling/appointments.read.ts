import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { normalizeCode, secretHash } from './appointments.code.ts';
import { findAppointment, findBySecretHash, findServiceRules, serviceFacts } from './appointments.repository.ts';
import { type ServiceSlot, serviceSlots } from './slots.read.ts';
import { localDay } from './slots.ts';
import { interpreterStates } from './interpreters.requests.ts';

const DAY = 86_400_000;

/** A service as the booking pages need it: rules, title and place in the page's language. */
export async function bookableService(db: Executor, t: Tenant, serviceId: string, locale: string) {
  const rules = await findServiceRules(db, t, serviceId);
  if (!rules) return undefined;
  const counsellor = await db
    .selectFrom('counselling_counsellors')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('service_id', '=', serviceId)
    .executeTakeFirst();
  const facts = await serviceFacts(db, t, serviceId, counsellor?.id ?? null, locale);
  return { ...rules, title: facts?.title ?? '', place: facts?.place ?? '', phone: facts?.contact_phone ?? null };
}
export type BookableService = NonNullable<Awaited<ReturnType<typeof bookableService>>>;

/** The free slots of a service from today to its horizon, grouped by local day (days without a slot left out). */
export async function freeDays(db: Executor, t: Tenant, s: BookableService, now: Date) {
  const from = localDay(now, s.time_zone);
  const to = localDay(new Date(now.getTime() + 180 * DAY), s.time_zone);
  const slots = await serviceSlots(db, t, s.id, { from, to, now });
  const days = new Map<string, ServiceSlot[]>();
  for (const slot of slots) {
    const day = localDay(slot.startsAt, s.time_zone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return days;
}

/** An appointment as its page shows it: the row, the service's title and place, the interpreter state. */
export async function appointmentView(db: Executor, t: Tenant, id: string, locale: string) {
  const a = await findAppointment(db, t, id);
  if (!a || a.erased_at) return undefined;
  const f = await serviceFacts(db, t, a.service_id, a.counsellor_id, locale);
  const interpreter = (await interpreterStates(db, t, [a.id])).get(a.id) ?? null;
  return { a, f, interpreter };
}
export type AppointmentView = NonNullable<Awaited<ReturnType<typeof appointmentView>>>;

/** The appointment a link token opens (undefined for a wrong token and an erased appointment alike). */
export async function viewByToken(db: Executor, t: Tenant, token: string, locale: string) {
  const id = await findBySecretHash(db, t, 'token', secretHash(token));
  return id ? appointmentView(db, t, id, locale) : undefined;
}

/**
 * The appointment a typed code opens, with the code in its one form. A code opens a booking only while it is booked
 * and ahead: a cancelled, past or erased one is dead and answers like a wrong code (undefined).
 */
export async function viewByCode(db: Executor, t: Tenant, typed: string, locale: string, now: Date) {
  const code = normalizeCode(typed);
  const id = code ? await findBySecretHash(db, t, 'code', secretHash(code)) : undefined;
  const view = id ? await appointmentView(db, t, id, locale) : undefined;
  if (!view || view.a.status !== 'booked' || new Date(view.a.ends_at) <= now) return undefined;
  return { view, code: code! };
}
