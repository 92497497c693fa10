import { conflict } from '../../platform/http/app-error.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import type { MailEnv } from './appointments.mail.ts';
import { bookForPerson } from './appointments.rebook.ts';
import type { AppointmentForUpdate } from './day.repository.ts';
import { type ServiceSlot, serviceSlots } from './slots.read.ts';
import { localDay } from './slots.ts';

// Rebooking for the person, in one use case, through the appointments part's `bookForPerson` (the same booking
// function, checks and mails as the person's own rebooking); the day part adds its list's slot check and message.

/** Free slots of the appointment's service over the next `days` days, for the rebook page. */
export async function rebookSlots(
  db: Executor,
  t: Tenant,
  a: { service_id: string; time_zone: string },
  now: Date,
  days = 21,
): Promise<ServiceSlot[]> {
  const from = localDay(now, a.time_zone);
  const to = localDay(new Date(now.getTime() + days * 86_400_000), a.time_zone);
  return serviceSlots(db, t, a.service_id, { from, to, now });
}

/**
 * Moves `a` to the free slot starting at `startsAt` with `counsellorId`, through the appointments part's
 * `bookForPerson`: the old appointment cancelled, the new one keeping the person's link and code, and the person
 * mailed (calendar CANCEL of the old, REQUEST of the new) when they left an address.
 */
export async function rebookForPerson(
  uc: UseCase,
  a: AppointmentForUpdate,
  slot: { counsellorId: string; startsAt: Date },
  mail: MailEnv | null,
): Promise<string> {
  const t = useCaseTenant(uc);
  const day = localDay(slot.startsAt, a.time_zone);
  const free = await serviceSlots(uc.tx, t, a.service_id, { from: day, to: day, now: uc.now });
  // The list's message for a time that is not (or no longer) free; the booking checks it again under its lock.
  if (!free.some((s) => s.counsellorId === slot.counsellorId && s.startsAt.getTime() === slot.startsAt.getTime()))
    throw conflict('counselling.day.slotTaken', 'counselling.day.error.slotTaken');
  const booked = await bookForPerson(uc, t, { appointmentId: a.id, ...slot, mail });
  return booked.id;
}
