import { fromFloating, parseLocal } from '../../lib/calendar/index.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import { notFound } from '../../platform/http/app-error.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { getQuartier, providersOf } from '../directory/index.ts';
import type { EventStatus } from './community.tables.ts';
import { typeExists } from './event-types.ts';
import { invalidEvent } from './events.policy.ts';
import { roomExists } from './events.read.ts';
import { type EventRow, type EventValues, insertEvent, lockEvent, updateEvent } from './events.repository.ts';
import { ruleOf } from './events.rrule.ts';
import { durationOf, type EventInput, recurrenceFrom } from './events.schema.ts';
import { deleteText, textsOf, upsertText } from './events.texts.repository.ts';
import { eventTexts } from './events.texts.ts';
import { type SyncCall, type SyncResult, syncOccurrences } from './occurrences.service.ts';

/** `scope`: null for all of the municipality's events, else the organiser's own user id (a volunteer). */
export type Scope = string | null;

export const TIME_ZONE = 'Europe/Berlin';

function valuesOf(input: EventInput): EventValues {
  const inRoom = input.place === 'room';
  return {
    quartierId: input.quartierId ?? null,
    typeKey: input.typeKey,
    organiserProviderId: input.providerId ?? null,
    organiserName: input.organiserName,
    roomId: inRoom ? (input.roomId ?? null) : null,
    address: inRoom ? null : (input.address ?? null),
    languages: input.languages,
    wheelchairAccessible: input.wheelchairAccessible,
    stepFree: input.stepFree,
    signLanguage: input.signLanguage,
    hearingLoop: input.hearingLoop,
    familyFriendly: input.familyFriendly,
    childcare: input.childcare,
    costCents: input.cost && input.cost > 0 ? input.cost : null,
    startsLocal: `${input.startDate}T${input.startTime}:00`,
    durationMinutes: durationOf(input),
    timeZone: TIME_ZONE,
    rrule: ruleOf(recurrenceFrom(input)),
    capacity: input.capacity ?? null,
    registration: input.registration,
    sourceLocale: input.sourceLocale,
  };
}

// The audit keeps codes, numbers and the rule; of names and texts only that they are set.
const summary = (v: Partial<EventValues> & { status?: EventStatus }) =>
  summarize(
    v,
    ['typeKey', 'quartierId', 'roomId', 'startsLocal', 'durationMinutes', 'rrule', 'capacity', 'costCents', 'status'],
    ['organiserName', 'address'],
  );

/** The references a form names must be the tenant's own: type, Quartier, provider, room. */
async function checkReferences(uc: UseCase, v: EventValues): Promise<void> {
  const t = useCaseTenant(uc);
  if (!(await typeExists(uc.tx, t, v.typeKey))) throw invalidEvent({ typeKey: { key: 'validation.choice' } });
  if (v.quartierId) {
    try {
      await getQuartier(uc.tx, t, v.quartierId);
    } catch {
      throw invalidEvent({ quartierId: { key: 'validation.choice' } });
    }
  }
  if (v.organiserProviderId && !(await providersOf(uc.tx, t)).some((p) => p.id === v.organiserProviderId)) {
    throw invalidEvent({ providerId: { key: 'validation.choice' } });
  }
  if (v.roomId && !(await roomExists(uc.tx, t, v.roomId))) throw invalidEvent({ roomId: { key: 'validation.choice' } });
}

async function saveSource(uc: UseCase, eventId: string, locale: Locale, input: EventInput): Promise<void> {
  const text = { eventId, locale, title: input.title, description: input.description ?? '', sourceHash: null };
  await upsertText(uc.tx, useCaseTenant(uc), text, uc.now);
}

/** An event of the scope, locked for the change; 404 for another organiser's or another tenant's event. */
export async function eventInScope(uc: UseCase, scope: Scope, id: string): Promise<EventRow> {
  const e = await lockEvent(uc.tx, useCaseTenant(uc), id, scope);
  if (!e) throw notFound('event');
  return e;
}

/** Where a change of an event runs, for the dates and their room: the source title names the bookings. */
export async function syncCallOf(uc: UseCase, e: EventRow, bookAll = false): Promise<SyncCall> {
  const t: Tenant = useCaseTenant(uc);
  const source = (await textsOf(uc.tx, t, [e.id])).find((x) => x.locale === e.sourceLocale);
  const title = source?.title ?? e.typeKey;
  return { tx: uc.tx, tenant: t, now: uc.now, bookedBy: uc.actor, title, book: true, bookAll };
}

/**
 * Re-expands a series after a change; its room bookings follow (new dates booked, dropped ones released, changed
 * times moved). `bookAll`: the event moved to another room, so every date ahead is booked there.
 */
export async function resync(uc: UseCase, e: EventRow, bookAll = false): Promise<SyncResult> {
  return syncOccurrences(await syncCallOf(uc, e, bookAll), e);
}

/** The first date of a new series lies ahead: nobody can come to an evening that is over. */
function checkNotPast(uc: UseCase, v: EventValues): void {
  const start = parseLocal(v.startsLocal);
  if (!start || fromFloating(start, v.timeZone) < uc.now) {
    throw invalidEvent({ startDate: { key: 'community.events.error.past' } });
  }
}

/** Creates a series (a draft) with its source text and its dates for the coming year; books its room. */
export async function createEvent(uc: UseCase, input: EventInput): Promise<string> {
  const v = valuesOf(input);
  checkNotPast(uc, v);
  await checkReferences(uc, v);
  const t = useCaseTenant(uc);
  const { id, uid } = await insertEvent(uc.tx, t, { ...v, organiserUserId: uc.actor });
  await saveSource(uc, id, v.sourceLocale, input);
  const event: EventRow = { ...v, id, uid, status: 'draft', sequence: 0, organiserUserId: uc.actor };
  const sync = await resync(uc, event);
  uc.record({
    action: 'create',
    subjectType: 'community.event',
    subjectId: id,
    after: { ...summary({ ...v, status: 'draft' }), added: sync.added },
  });
  return id;
}

/** Changes a series: the dates re-expand, keeping every date the new rule still gives (and its registrations). */
export async function changeEvent(uc: UseCase, scope: Scope, id: string, input: EventInput): Promise<SyncResult> {
  const before = await eventInScope(uc, scope, id);
  const v = valuesOf(input);
  await checkReferences(uc, v);
  await updateEvent(uc.tx, useCaseTenant(uc), id, v, uc.now);
  await saveSource(uc, id, v.sourceLocale, input);
  const after: EventRow = { ...before, ...v, sequence: before.sequence + 1 };
  // A new room is booked for every date ahead (the old room's bookings are released); the same room only for
  // the dates that are new.
  const sync = await resync(uc, after, after.roomId !== null && after.roomId !== before.roomId);
  uc.record({
    action: 'update',
    subjectType: 'community.event',
    subjectId: id,
    before: summary(before),
    after: { ...summary(v), ...sync },
  });
  return sync;
}

/** Saves a translation of an event's title and description (empty: removes it), recording the source's hash. */
export async function saveEventTranslation(
  uc: UseCase,
  scope: Scope,
  id: string,
  locale: Locale,
  input: { title?: string | undefined; description?: string | undefined },
): Promise<void> {
  const t = useCaseTenant(uc);
  const e = await eventInScope(uc, scope, id);
  if (locale === e.sourceLocale) throw invalidEvent({ title: { key: 'community.events.error.isSource' } });
  const subject = { subjectType: 'community.event', subjectId: id };
  if (!input.title) {
    if (input.description) throw invalidEvent({ title: { key: 'validation.required' } });
    await deleteText(uc.tx, t, id, locale);
    uc.record({ action: 'update', ...subject, after: { translationRemoved: locale } });
    return;
  }
  const hash = eventTexts.translationHash(await textsOf(uc.tx, t, [id]), e.sourceLocale);
  const text = { eventId: id, locale, title: input.title, description: input.description ?? '', sourceHash: hash };
  await upsertText(uc.tx, t, text, uc.now);
  uc.record({ action: 'update', ...subject, after: { translation: locale, sourceHash: hash } });
}
