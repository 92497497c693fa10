import { fromFloating } from '../../lib/calendar/index.ts';
import { MUNICIPALITY_ROLES, type Role } from '../../platform/auth/session-user.ts';
import type { FieldError } from '../../platform/http/app-error.ts';
import { weekOf, withinHours } from './rooms.hours.ts';

/** The zone rooms are booked in: the wall-clock times people type are Lower Saxony's. */
export const BOOKING_ZONE = 'Europe/Berlin';

/**
 * The roles a room may name as bookers: everyone of the municipality's people except landlords (who list flats and
 * have no use for a neighbourhood room in that role) and interpreters (who come to a counselling appointment in
 * someone else's room).
 */
export const BOOKER_ROLES = MUNICIPALITY_ROLES.filter((r) => r !== 'landlord' && r !== 'interpreter') as [
  Role,
  ...Role[],
];

/** A room's booking rules as the check needs them. */
export interface RoomRules {
  active: boolean;
  bookableBy: readonly string[];
  maxBookingMinutes: number;
  leadTimeHours: number;
  openingHours: string | null;
}

/** One date of a request: the instants, and the wall-clock times they were typed as (floating). */
export interface Slot {
  startsAt: Date;
  endsAt: Date;
  startLocal: Date;
  endLocal: Date;
}

/** What a person typed into the booking form (validated for shape by the schema). */
export interface SlotRequest {
  date: string;
  from: string;
  to: string;
  weeks: number;
}

const DAY = 86_400_000;

function clockMinutes(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * The dates of a request: the first day and then the same weekday for `weeks` weeks, each at the same wall-clock
 * times (so 18:00 stays 18:00 across the change to summer time). Null when the end is not after the start.
 */
export function slotsOf(req: SlotRequest): Slot[] | null {
  const from = clockMinutes(req.from);
  const to = clockMinutes(req.to);
  if (to <= from) return null;
  const day = Date.parse(`${req.date}T00:00:00Z`);
  return Array.from({ length: req.weeks }, (_, i) => {
    const startLocal = new Date(day + i * 7 * DAY + from * 60_000);
    const endLocal = new Date(day + i * 7 * DAY + to * 60_000);
    return {
      startLocal,
      endLocal,
      startsAt: fromFloating(startLocal, BOOKING_ZONE),
      endsAt: fromFloating(endLocal, BOOKING_ZONE),
    };
  });
}

/** Whether someone holding these roles in the room's municipality may book it. */
export function mayBook(rules: Pick<RoomRules, 'bookableBy' | 'active'>, roles: readonly Role[]): boolean {
  return rules.active && roles.some((r) => rules.bookableBy.includes(r));
}

/**
 * Checks every date of a request against the room's rules, the request as a whole: the first date that breaks a
 * rule is named (a weekly request is booked completely or not at all). Field errors for the booking form.
 */
export function checkSlots(rules: RoomRules, slots: readonly Slot[], now: Date): Record<string, FieldError> {
  const week = weekOf(rules.openingHours);
  const earliest = now.getTime() + rules.leadTimeHours * 3_600_000;
  for (const s of slots) {
    const date = s.startLocal.toISOString().slice(0, 10);
    const minutes = (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000;
    if (minutes > rules.maxBookingMinutes) {
      return { to: { key: 'community.rooms.error.tooLong', values: { hours: rules.maxBookingMinutes / 60 } } };
    }
    if (s.startsAt.getTime() < now.getTime()) return { date: { key: 'community.rooms.error.past', values: { date } } };
    if (s.startsAt.getTime() < earliest) {
      return { date: { key: 'community.rooms.error.leadTime', values: { hours: rules.leadTimeHours, date } } };
    }
    if (!withinHours(week, s.startLocal, s.endLocal)) {
      return { from: { key: 'community.rooms.error.closed', values: { date } } };
    }
  }
  return {};
}
