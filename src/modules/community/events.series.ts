import { formatLocal, toFloating } from '../../lib/calendar/index.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import type { EventStatus } from './community.tables.ts';
import { invalidEvent } from './events.policy.ts';
import { insertEvent, updateEventRule, updateEventStatus } from './events.repository.ts';
import { ruleContinuing, ruleEndingBefore } from './events.rrule.ts';
import { eventInScope, resync, type Scope } from './events.service.ts';
import { copyTexts } from './events.texts.repository.ts';
import {
  countBefore,
  findOccurrence,
  moveOccurrencesTo,
  occurrencesOf,
  setOccurrenceStatus,
} from './occurrences.repository.ts';
import { notifyOccurrenceChange } from './registrations.notify.ts';
import { handBookingsOn, releaseRoomForEvent } from './bookings.events.ts';

/**
 * Publishes an event, takes it back to draft, or cancels it as a whole: every date ahead is cancelled and its
 * registered people are told. A published series is (re)expanded, so that its dates reach the horizon.
 */
export async function changeEventStatus(uc: UseCase, scope: Scope, id: string, to: EventStatus): Promise<void> {
  const e = await eventInScope(uc, scope, id);
  const t = useCaseTenant(uc);
  if (e.status === 'cancelled') throw invalidEvent({ status: { key: 'community.events.error.cancelledFinal' } });
  await updateEventStatus(uc.tx, t, id, to, uc.now);
  let told = 0;
  if (to === 'cancelled') {
    for (const o of await occurrencesOf(uc.tx, t, id, uc.now)) {
      if (o.status === 'cancelled') continue;
      await setOccurrenceStatus(uc.tx, t, o.id, 'cancelled', uc.now);
      told += await notifyOccurrenceChange(uc.tx, t, o.id, 'cancelled');
    }
  }
  // A cancelled event lets go of its room (the bookings stay, cancelled); otherwise the dates reach the horizon.
  const released =
    to === 'cancelled'
      ? (await releaseRoomForEvent(uc.tx, t, { eventId: id, by: uc.actor, now: uc.now })).released
      : ((await resync(uc, { ...e, status: to })).bookingsReleased ?? 0);
  const subject = { subjectType: 'community.event', subjectId: id };
  const after = { status: to, told, bookingsReleased: released };
  uc.record({ action: 'update', ...subject, before: { status: e.status }, after });
}

/**
 * "This and following": the series ends just before the chosen date (UNTIL, as iCalendar clients expect) and a
 * new event with its own UID carries the rule on from that date. The dates from there on move to the new event
 * with their ids, so their registrations stay; the organiser then edits the new part (another time, room …).
 */
export async function splitSeries(uc: UseCase, scope: Scope, id: string, occurrenceId: string): Promise<string> {
  const e = await eventInScope(uc, scope, id);
  const t = useCaseTenant(uc);
  const o = await findOccurrence(uc.tx, t, id, occurrenceId);
  if (!o) throw notFound('occurrence');
  const before = await countBefore(uc.tx, t, id, o.originalStart);
  if (!e.rrule || before === 0) throw invalidEvent({ split: { key: 'community.events.error.splitFirst' } });
  if (o.startsAt <= uc.now) throw invalidEvent({ split: { key: 'community.events.error.occurrencePast' } });
  const localStart = formatLocal(toFloating(o.originalStart, e.timeZone));
  await updateEventRule(uc.tx, t, id, ruleEndingBefore(e.rrule, localStart), uc.now);
  const { id: newId, uid, ...rest } = e;
  const next = { ...rest, startsLocal: localStart, rrule: ruleContinuing(e.rrule, before) };
  const created = await insertEvent(uc.tx, t, { ...next, organiserUserId: e.organiserUserId, status: e.status });
  await copyTexts(uc.tx, t, id, created.id, uc.now);
  const later = (await occurrencesOf(uc.tx, t, id, o.originalStart)).map((x) => x.id);
  const moved = await moveOccurrencesTo(uc.tx, t, { eventId: id, originalStart: o.originalStart }, created.id, uc.now);
  // The later dates' room bookings go with them: the new event owns them, as one request of its own.
  const bookingsMoved = await handBookingsOn(uc.tx, t, later, created.id);
  uc.record({
    action: 'update',
    subjectType: 'community.event',
    subjectId: id,
    before: { rrule: e.rrule, uid },
    after: { endsBefore: localStart, continuedBy: created.id, datesMoved: moved, bookingsMoved },
  });
  uc.record({
    action: 'create',
    subjectType: 'community.event',
    subjectId: created.id,
    after: { splitFrom: newId, uid: created.uid, startsLocal: localStart, rrule: next.rrule },
  });
  return created.id;
}
