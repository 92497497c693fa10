import { tenant } from '../../platform/db/tenant.ts';
import { listPeople } from '../../platform/identity/grants.repository.ts';
import type { QuartierQuery, QuartierSection } from '../../platform/modules/manifest.ts';
import { eventTexts, occurrencesBetween } from './feeds.repository.ts';
import { textIn } from './feeds.service.ts';
import { roomsOfQuartier } from './quartier-section.repository.ts';
import {
  HelpSection,
  ManagersSection,
  PAGES,
  RoomsSection,
  type WeekDate,
  WeekSection,
} from './views/quartier-sections.tsx';

/** How many dates the week's list shows before pointing to the full list. */
export const WEEK_LIMIT = 12;
const WEEK_MS = 7 * 86_400_000;

/** What happens in the Quartier in the next seven days (from now): dates of public events placed there. */
async function thisWeek(q: QuartierQuery) {
  const t = tenant(q.municipality.id);
  const filter = { from: q.now, to: new Date(q.now.getTime() + WEEK_MS), quartierId: q.quartier.id };
  const { rows, total } = await occurrencesBetween(q.db, t, filter, { limit: WEEK_LIMIT, offset: 0 });
  const texts = await eventTexts(q.db, t, [...new Set(rows.map((r) => r.id))]);
  const dates: WeekDate[] = rows.map((o) => ({
    eventId: o.id,
    startsAt: o.startsAt,
    text: textIn(texts, o.id, q.locale, o.sourceLocale),
    place: o.roomName ?? o.address ?? '',
    cancelled: o.status === 'cancelled' || o.occurrenceStatus === 'cancelled',
    moved: o.startsAt.getTime() !== o.originalStart.getTime(),
  }));
  return WeekSection({ q, dates, more: total - rows.length });
}

async function rooms(q: QuartierQuery) {
  const list = await roomsOfQuartier(q.db, tenant(q.municipality.id), q.quartier.id);
  return list.length === 0 ? null : RoomsSection({ q, rooms: list });
}

/**
 * Who manages the Quartier and when its office is open. Managers are the people holding the Quartier manager
 * role for this Quartier (or, where none is named for it, for the whole municipality), shown by their chosen
 * name only; the office is the Quartier's own room (one no provider runs) and its opening hours.
 */
async function managers(q: QuartierQuery) {
  const t = tenant(q.municipality.id);
  const [people, list] = await Promise.all([listPeople(q.db, t), roomsOfQuartier(q.db, t, q.quartier.id)]);
  const active = people.filter((p) => p.active && !p.disabled);
  const holding = (quartierId: string | null) =>
    active.filter((p) => p.grants.some((g) => g.role === 'quartier_manager' && g.quartierId === quartierId));
  const named = holding(q.quartier.id);
  const names = (named.length > 0 ? named : holding(null)).map((p) => p.displayName);
  const offices = list.filter((r) => r.providerId === null && r.openingHours);
  if (names.length === 0 && offices.length === 0) return null;
  return ManagersSection({ q, names, offices });
}

/** Community's sections of the public Quartier page, in this order. */
export const communityQuartierSections: readonly QuartierSection[] = [
  { id: 'community-this-week', order: 10, load: thisWeek },
  { id: 'community-rooms', order: 20, load: rooms },
  { id: 'community-managers', order: 30, load: managers },
  { id: 'community-help', order: 40, load: async (q) => (q.hasPage(PAGES.help) ? HelpSection({ q }) : null) },
];
