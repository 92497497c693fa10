import { fromFloating, parseLocal } from '../../lib/calendar/index.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { invalidEvent } from './events.policy.ts';
import { bumpEventSequence, type EventRow } from './events.repository.ts';
import { eventInScope, type Scope, syncCallOf } from './events.service.ts';
import type { OccurrenceInput } from './events.schema.ts';
import { findOccurrence, setOccurrenceStatus, updateOccurrence } from './occurrences.repository.ts';
import { roomSync } from './occurrences.service.ts';
import { notifyOccurrenceChange } from './registrations.notify.ts';

/** A date of an event of the scope, locked; only a date still ahead and not cancelled may change. */
async function changeable(uc: UseCase, scope: Scope, eventId: string, id: string) {
  const event = await eventInScope(uc, scope, eventId);
  const o = await findOccurrence(uc.tx, useCaseTenant(uc), eventId, id, true);
  if (!o) throw notFound('occurrence');
  if (o.startsAt <= uc.now) throw invalidEvent({ date: { key: 'community.events.error.occurrencePast' } });
  if (o.status === 'cancelled') throw invalidEvent({ date: { key: 'community.events.error.occurrenceCancelled' } });
  return { event, o };
}

function instant(day: string, hhmm: string, timeZone: string): Date {
  const floating = parseLocal(`${day}T${hhmm}`);
  if (!floating) throw invalidEvent({ date: { key: 'community.events.error.date' } });
  return fromFloating(floating, timeZone);
}

/**
 * After a date changed, the event's room bookings follow: a moved date's booking moves (or the date is booked when
 * it had none). A taken new time is a 409 on the date field naming the date; the use case rolls back, so the date
 * itself does not move either.
 */
async function followRoom(uc: UseCase, event: EventRow, id: string): Promise<void> {
  try {
    await roomSync(await syncCallOf(uc, event), event, new Set([id]));
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'community.booking.conflict')) throw err;
    const date = { key: 'community.events.error.roomTakenOn', values: err.values };
    throw new AppError('community.booking.conflict', 409, 'community.events.error.roomTakenOn', err.values, { date });
  }
}

/**
 * Changes one date: moves it (its registered people are told), or gives it its own number of places (never
 * fewer than are taken). The series' rule is untouched: the date keeps its rule instant (RECURRENCE-ID).
 */
export async function changeOccurrence(
  uc: UseCase,
  scope: Scope,
  eventId: string,
  id: string,
  input: OccurrenceInput,
): Promise<{ moved: boolean }> {
  const { event, o } = await changeable(uc, scope, eventId, id);
  const startsAt = instant(input.date, input.startTime, event.timeZone);
  const endsAt = instant(input.date, input.endTime, event.timeZone);
  if (startsAt <= uc.now) throw invalidEvent({ date: { key: 'community.events.error.past' } });
  const capacity = input.places ?? null;
  const places = capacity ?? event.capacity;
  if (places !== null && places < o.confirmedCount) {
    throw invalidEvent({
      places: { key: 'community.events.error.capacityBelow', values: { count: o.confirmedCount } },
    });
  }
  const moved = startsAt.getTime() !== o.startsAt.getTime() || endsAt.getTime() !== o.endsAt.getTime();
  const t = useCaseTenant(uc);
  await updateOccurrence(uc.tx, t, id, { startsAt, endsAt, places, capacity }, uc.now);
  if (moved) await followRoom(uc, event, id);
  await bumpEventSequence(uc.tx, t, eventId, uc.now);
  const told = moved ? await notifyOccurrenceChange(uc.tx, t, id, 'moved') : 0;
  uc.record({
    action: 'update',
    subjectType: 'community.occurrence',
    subjectId: id,
    before: { startsAt: o.startsAt.toISOString(), endsAt: o.endsAt.toISOString(), places: o.places },
    after: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), places, told },
  });
  return { moved };
}

/** Cancels one date; everyone registered for it is told. The series goes on. */
export async function cancelOccurrence(uc: UseCase, scope: Scope, eventId: string, id: string): Promise<number> {
  const { event } = await changeable(uc, scope, eventId, id);
  const t = useCaseTenant(uc);
  await setOccurrenceStatus(uc.tx, t, id, 'cancelled', uc.now);
  // Its room booking is released (kept as cancelled); the other dates' bookings stay as they are.
  const room = await roomSync(await syncCallOf(uc, event), event, new Set());
  await bumpEventSequence(uc.tx, t, eventId, uc.now);
  const told = await notifyOccurrenceChange(uc.tx, t, id, 'cancelled');
  uc.record({
    action: 'update',
    subjectType: 'community.occurrence',
    subjectId: id,
    before: { status: 'scheduled' },
    after: { status: 'cancelled', told, roomReleased: room.released },
  });
  return told;
}
