import { z } from 'zod';
import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { type NotifyEnv, notifyHousehold } from './applications.notify.ts';
import { findApplication, findFlatForApplication } from './applications.repository.ts';
import { flatInScope } from './applications.service.ts';
import { bookSlot, insertSlot, releaseBooking } from './viewings.repository.ts';

/** A viewing slot as the landlord types it: a local date and time in Germany, and how long it lasts. */
export const slotForm = z.object({
  startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'housing.apply.error.dateTime' }),
  minutes: z.coerce.number().int().min(10).max(240).default(30),
});
export type SlotInput = z.infer<typeof slotForm>;

export const bookForm = z.object({ slotId: z.uuid({ error: 'validation.choice' }) });

/** A wall-clock time in Europe/Berlin as an instant (the offset of that day: summer or winter time). */
export function berlinTime(local: string): Date | null {
  const guess = new Date(`${local}:00Z`);
  if (Number.isNaN(guess.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(guess);
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  const shown = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!);
  return new Date(guess.getTime() - (shown - guess.getTime()));
}

/** The landlord offers a viewing slot for one of its flats (in the future, within a year). */
export async function createSlot(
  uc: UseCase,
  v: { flatId: string; scope: readonly string[] | 'all'; input: SlotInput },
): Promise<string> {
  const t = useCaseTenant(uc);
  await flatInScope(uc.tx, t, v.scope, v.flatId);
  const startsAt = berlinTime(v.input.startsAt);
  const limit = uc.now.getTime() + 366 * 86_400_000;
  if (!startsAt || startsAt <= uc.now || startsAt.getTime() > limit) {
    throw new AppError(
      'housing.slot_time',
      422,
      'error.invalidInput',
      {},
      { startsAt: { key: 'housing.apply.error.slotFuture' } },
    );
  }
  const id = await insertSlot(uc.tx, t, { flatId: v.flatId, startsAt, minutes: v.input.minutes });
  const after = { flatId: v.flatId, startsAt: startsAt.toISOString(), minutes: v.input.minutes };
  uc.record({ action: 'create', subjectType: 'housing.viewing_slot', subjectId: id, after });
  return id;
}

/** The household books one free slot for its application (a booked slot of its own is given up first). */
export async function bookViewing(
  uc: UseCase,
  env: NotifyEnv | null,
  v: { applicationId: string; householdId: string; slotId: string },
): Promise<void> {
  const t = useCaseTenant(uc);
  const app = await findApplication(uc.tx, t, v.applicationId);
  if (!app || app.household_id !== v.householdId) throw notFound('application');
  if (app.status !== 'viewing') throw conflict('housing.application_state', 'housing.apply.error.stateChanged');
  const flat = await findFlatForApplication(uc.tx, t, app.flat_id);
  if (!flat) throw notFound('flat');
  await releaseBooking(uc.tx, t, app.id);
  if (!(await bookSlot(uc.tx, t, { slotId: v.slotId, flatId: flat.id, applicationId: app.id, now: uc.now }))) {
    throw conflict('housing.slot_taken', 'housing.apply.error.slotTaken');
  }
  await notifyHousehold(uc.tx, t, env, {
    householdId: app.household_id,
    applicationId: app.id,
    kind: 'booked',
    flat,
    now: uc.now,
  });
  uc.record({
    action: 'update',
    subjectType: 'housing.viewing_slot',
    subjectId: v.slotId,
    after: { applicationId: app.id },
  });
}
