import { conflict } from '../../platform/http/app-error.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { bufferOf, insertRebooked, retireAppointment } from './day.rebook.repository.ts';
import type { AppointmentForUpdate } from './day.repository.ts';
import { retiredHash } from './day.service.ts';
import { cancelInterpreterRequest, requestInterpreter } from './interpreters.requests.ts';
import { type ServiceSlot, serviceSlots } from './slots.read.ts';
import { localDay } from './slots.ts';

// Rebooking for the person, in one use case: the old appointment cancelled, a new one in a free slot of the same
// service, the interpreter request moved along. The person's link and code pass to the new appointment, so that
// what they hold keeps working. Written here against the core tables because the appointments part's
// `bookForPerson` is not on main yet (see docs/modules/counselling-day.md).

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

const EXCLUSION_VIOLATION = '23P01';

/** Cancels `a` and books the same person into the free slot starting at `startsAt` with `counsellorId`. */
export async function rebookForPerson(
  uc: UseCase,
  a: AppointmentForUpdate,
  slot: { counsellorId: string; startsAt: Date },
): Promise<string> {
  const t = useCaseTenant(uc);
  const day = localDay(slot.startsAt, a.time_zone);
  const free = await serviceSlots(uc.tx, t, a.service_id, { from: day, to: day, now: uc.now });
  const chosen = free.find(
    (s) => s.counsellorId === slot.counsellorId && s.startsAt.getTime() === slot.startsAt.getTime(),
  );
  if (!chosen) throw conflict('counselling.day.slotTaken', 'counselling.day.error.slotTaken');
  await retireAppointment(uc.tx, t, a.id, uc.now, [retiredHash(), retiredHash()]);
  await cancelInterpreterRequest(uc.tx, t, a.id);
  const blockedUntil = new Date(chosen.endsAt.getTime() + (await bufferOf(uc.tx, t, a.service_id)) * 60_000);
  let id: string;
  try {
    id = await insertRebooked(uc.tx, t, a, { ...chosen, blockedUntil, by: uc.actor });
  } catch (err) {
    // Someone booked the slot in the same moment: the database's constraint has the last word.
    if ((err as { code?: string }).code === EXCLUSION_VIOLATION)
      throw conflict('counselling.day.slotTaken', 'counselling.day.error.slotTaken');
    throw err;
  }
  if (a.interpreter_language) {
    const r = { appointmentId: id, language: a.interpreter_language, startsAt: chosen.startsAt, endsAt: chosen.endsAt };
    await requestInterpreter(uc.tx, t, r);
  }
  const subjectType = 'counselling.appointment';
  uc.record({
    action: 'update',
    subjectType,
    subjectId: a.id,
    before: { status: 'booked' },
    after: { status: 'cancelled', rebookedTo: id },
  });
  uc.record({
    action: 'create',
    subjectType,
    subjectId: id,
    after: { startsAt: chosen.startsAt.toISOString(), rebookedFrom: a.id },
  });
  return id;
}
