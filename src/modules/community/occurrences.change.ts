import { fromFloating, parseLocal } from '../../lib/calendar/index.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { invalidEvent } from './events.policy.ts';
import { bumpEventSequence, type EventRow } from './events.repository.ts';
import { eventInScope, type Scope } from './events.service.ts';
import type { OccurrenceInput } from './events.schema.ts';
import { textsOf } from './events.texts.repository.ts';
import { findOccurrence, type OccurrenceRow, setOccurrenceStatus, updateOccurrence } from './occurrences.repository.ts';
import { bookDates } from './occurrences.service.ts';
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

/** A moved date in a room books the room for its new time, unless the new time lies within the old booking. */
async function bookMoved(uc: UseCase, event: EventRow, o: OccurrenceRow, startsAt: Date, endsAt: Date) {
  if (!event.roomId || (startsAt >= o.startsAt && endsAt <= o.endsAt)) return;
  const t = useCaseTenant(uc);
  const source = (await textsOf(uc.tx, t, [event.id])).find((x) => x.locale === event.sourceLocale);
  const call = {
    tx: uc.tx,
    tenant: t,
    now: uc.now,
    bookedBy: uc.actor,
    title: source?.title ?? event.typeKey,
    book: true,
  };
  try {
    await bookDates(call, event, [{ originalStart: o.originalStart, startsAt, endsAt }]);
  } catch {
    throw invalidEvent({ date: { key: 'community.events.error.roomTaken' } });
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
  if (moved) await bookMoved(uc, event, o, startsAt, endsAt);
  const t = useCaseTenant(uc);
  await updateOccurrence(uc.tx, t, id, { startsAt, endsAt, places, capacity }, uc.now);
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
  await changeable(uc, scope, eventId, id);
  const t = useCaseTenant(uc);
  await setOccurrenceStatus(uc.tx, t, id, 'cancelled', uc.now);
  await bumpEventSequence(uc.tx, t, eventId, uc.now);
  const told = await notifyOccurrenceChange(uc.tx, t, id, 'cancelled');
  uc.record({
    action: 'update',
    subjectType: 'community.occurrence',
    subjectId: id,
    before: { status: 'scheduled' },
    after: { status: 'cancelled', told },
  });
  return told;
}
