import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { findRoom, listRooms } from '../community/index.ts';
import { type ServiceRow, listServices, serviceTexts } from './services.repository.ts';
import { type ShownServiceText, serviceTextIn } from './services.service.ts';
import { type ServiceSlot, serviceSlots, servicesSlots } from './slots.read.ts';
import { localDay } from './slots.ts';

/** How far ahead the pages look for free slots: two weeks. */
export const SLOT_WEEKS = 2;
const DAY = 86_400_000;

/** A service as the public pages show it: its text in the reader's language, its place, its next free slot. */
export interface ListedService {
  service: ServiceRow;
  text: ShownServiceText | null;
  /** The room's name and address, or the service's own address; null for phone and video only. */
  place: { name?: string; address: string } | null;
  next: ServiceSlot | null;
}

/** The local days from today for `SLOT_WEEKS` weeks, in the service's zone. */
export function slotWindow(now: Date, timeZone: string): { from: string; to: string } {
  const from = localDay(now, timeZone);
  const to = new Date(Date.parse(`${from}T12:00:00Z`) + (SLOT_WEEKS * 7 - 1) * DAY).toISOString().slice(0, 10);
  return { from, to };
}

/** The free slots of a service over the window the pages show. */
export function upcomingSlots(db: Executor, t: Tenant, s: ServiceRow, now: Date): Promise<ServiceSlot[]> {
  return serviceSlots(db, t, s.id, { ...slotWindow(now, 'Europe/Berlin'), now });
}

type Rooms = Awaited<ReturnType<typeof listRooms>>;

function placeOf(s: ServiceRow, rooms: Rooms): ListedService['place'] {
  const room = s.roomId ? rooms.find((r) => r.id === s.roomId) : undefined;
  if (room) return { name: room.name, address: `${room.street}, ${room.postcode} ${room.city}` };
  if (s.street && s.postcode && s.city) return { address: `${s.street}, ${s.postcode} ${s.city}` };
  return null;
}

/** Services with what the list and the Quartier page show of them. */
export async function listed(
  db: Executor,
  t: Tenant,
  rows: readonly ServiceRow[],
  o: { locale: string; now: Date },
): Promise<ListedService[]> {
  const ids = rows.map((s) => s.id);
  // One read of the slots for all listed services (not one per service): the same window as `upcomingSlots`.
  const [texts, rooms, slots] = await Promise.all([
    serviceTexts(db, t, ids),
    rows.some((s) => s.roomId) ? listRooms(db, t, { activeOnly: false }) : Promise.resolve([] as Rooms),
    servicesSlots(db, t, ids, { ...slotWindow(o.now, 'Europe/Berlin'), now: o.now }),
  ]);
  return rows.map((service) => ({
    service,
    text: serviceTextIn(texts, service.id, service.sourceLocale, o.locale),
    place: placeOf(service, rooms),
    next: slots.get(service.id)?.[0] ?? null,
  }));
}

/** One active service for its public page, or undefined. */
export async function publicService(db: Executor, t: Tenant, id: string, o: { locale: string; now: Date }) {
  const [row] = await listServices(db, t, { activeOnly: true, ids: [id] });
  if (!row) return undefined;
  const room = row.roomId ? await findRoom(db, t, row.roomId) : undefined;
  const [one] = await listed(db, t, [row], o);
  return { ...one!, room };
}

/** Free slots grouped by local day, earliest first. */
export function slotsByDay(slots: readonly ServiceSlot[], timeZone: string): { day: string; slots: ServiceSlot[] }[] {
  const days = new Map<string, ServiceSlot[]>();
  for (const s of slots) {
    const day = localDay(s.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return [...days].map(([day, list]) => ({ day, slots: list }));
}

/** A walk-in span as local day and minutes after midnight. */
export interface WalkIn {
  day: string;
  start: number;
  end: number;
}
