import type { SessionUser } from '../../platform/auth/session-user.ts';
import type { PageTenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import type { Page } from '../../platform/views/render.ts';
import { providersOf, quartiereOf } from '../directory/index.ts';
import { typeChoices, typeLabel } from './event-types.ts';
import { type OwnType, ownTypes } from './event-types.repository.ts';
import { type RoomPlace, roomsOf } from './events.read.ts';
import { type EventRow, findEvent } from './events.repository.ts';
import type { Scope } from './events.service.ts';
import { textsOf } from './events.texts.repository.ts';
import { type EventText, textIn, textStates } from './events.texts.ts';
import { type OccurrenceRow, occurrencesOf } from './occurrences.repository.ts';
import { EditEventPage, NewEventPage } from './views/event-admin.tsx';
import { EventDetailPage } from './views/event-detail.tsx';
import type { EventChoices } from './views/event-form.tsx';

type T = (key: string) => string;

/** What the series form offers: types, rooms, Quartiere, and the providers the person acts for (all for staff). */
export async function formChoices(
  db: Executor,
  tenant: PageTenant,
  user: SessionUser | null,
  t: T,
  locale: Locale,
): Promise<EventChoices> {
  const [types, rooms, quartiere, providers] = await Promise.all([
    typeChoices(db, tenant, t, locale),
    roomsOf(db, tenant),
    quartiereOf(db, tenant),
    providersOf(db, tenant),
  ]);
  const own = (user?.roles ?? []).filter((r) => r.municipalityId === tenant.municipalityId);
  const staff = own.some((r) => r.role === 'quartier_manager' || r.role === 'municipality_admin');
  const mine = new Set(own.flatMap((r) => (r.providerId ? [r.providerId] : [])));
  return {
    types: types.choices.map((x): [string, string] => [x.key, x.label]),
    rooms: rooms.map((r): [string, string] => [r.id, `${r.name} (${r.street})`]),
    quartiere: quartiere.map((q): [string, string] => [q.id, q.name]),
    providers: providers.filter((p) => staff || mine.has(p.id)).map((p): [string, string] => [p.id, p.name]),
  };
}

/** An event of the person's scope with its texts; 404 for another organiser's or another tenant's event. */
export async function loadEvent(
  db: Executor,
  t: PageTenant,
  scope: Scope,
  id: string,
): Promise<{ event: EventRow; texts: EventText[] }> {
  const event = await findEvent(db, t, id, scope);
  if (!event) throw notFound('event');
  return { event, texts: await textsOf(db, t, [id]) };
}

/** What the organisers' page of one event shows, read once. */
export interface DetailData {
  event: EventRow;
  texts: EventText[];
  room: RoomPlace | null;
  dates: OccurrenceRow[];
  /** More dates than shown (a link shows them all). */
  more: boolean;
  own: OwnType[];
}

/** Reads an event of the scope (404 otherwise) with its room, its dates from a month ago, and the own types. */
export async function loadDetail(
  db: Executor,
  tenant: PageTenant,
  scope: Scope,
  id: string,
  now: Date,
  all = false,
): Promise<DetailData> {
  const { event, texts } = await loadEvent(db, tenant, scope, id);
  const [rooms, dates, own] = await Promise.all([
    event.roomId ? roomsOf(db, tenant, [event.roomId]) : Promise.resolve([]),
    occurrencesOf(db, tenant, id, all ? undefined : now),
    ownTypes(db, tenant),
  ]);
  // The next twelve dates by default; the whole year (and the past) on request.
  return {
    event,
    texts,
    room: rooms[0] ?? null,
    dates: all ? dates : dates.slice(0, 12),
    more: !all && dates.length > 12,
    own,
  };
}

/** The organisers' page of one event, with a refused status form when there is one. */
export function detailPageOf(tenant: PageTenant, d: DetailData, canList: boolean, statusState?: FormState): Page {
  return (ctx: ViewContext) => {
    const label = typeLabel(ctx.t, d.own, d.event.typeKey, ctx.locale);
    return EventDetailPage({
      ctx,
      tenant,
      event: d.event,
      title: textIn(d.texts, d.event.sourceLocale, ctx.locale)?.title ?? label,
      typeLabel: label,
      room: d.room,
      texts: textStates(d.texts, d.event.sourceLocale),
      dates: d.dates,
      more: d.more,
      canList,
      ...(statusState ? { statusState } : {}),
    });
  };
}

/** The new-series page with a form state. */
export const newPageOf =
  (tenant: PageTenant, choices: EventChoices, state: FormState): Page =>
  (ctx) =>
    NewEventPage({ ctx, tenant, state, choices });

/** The edit page with a form state. */
export const editPageOf =
  (tenant: PageTenant, id: string, choices: EventChoices, state: FormState): Page =>
  (ctx) =>
    EditEventPage({ ctx, tenant, id, state, choices });

/** The blank form of a new series: the person's name as organiser, German as source, registration required. */
export function blankEvent(user: SessionUser | null): FormState {
  return emptyForm({
    organiserName: user?.displayName ?? '',
    sourceLocale: 'de',
    place: 'address',
    repeat: 'once',
    ends: 'never',
    registration: 'required',
    languages: ['de'],
  });
}
