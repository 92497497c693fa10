import { toFloating } from '../../lib/calendar/index.ts';
import type { Role, SessionUser } from '../../platform/auth/session-user.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import { violatedConstraint } from '../../platform/db/transaction.ts';
import type { Tx } from '../../platform/db/types.ts';
import { AppError, conflict, type FieldError, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import {
  bookingsOfRequest,
  findBooking,
  HOLDING,
  insertBooking,
  type NewBooking,
  setStatus,
  setUsed,
} from './bookings.repository.ts';
import { BOOKING_ZONE, checkSlots, mayBook, type Slot, slotsOf } from './bookings.rules.ts';
import type { BookingInput } from './bookings.schema.ts';
import type { BookingStatus } from './community.tables.ts';
import { clock } from './rooms.hours.ts';
import { lockRoom, type RoomRow } from './rooms.repository.ts';

/** Roles that approve requests, record use and see the figures: the Quartier manager and the administration. */
export const APPROVERS = ['quartier_manager', 'municipality_admin'] as const satisfies readonly Role[];

/** The roles a person holds in one municipality. */
export function rolesIn(user: SessionUser | null, municipalityId: string): Role[] {
  return (user?.roles ?? []).filter((r) => r.municipalityId === municipalityId).map((r) => r.role);
}

/** The 409 of a date that is taken, naming it in wall-clock time (`date` as YYYY-MM-DD, times as HH:MM). */
export function takenError(startsAt: Date, endsAt: Date): AppError {
  const a = toFloating(startsAt, BOOKING_ZONE);
  const b = toFloating(endsAt, BOOKING_ZONE);
  const minutes = (d: Date) => d.getUTCHours() * 60 + d.getUTCMinutes();
  const values = { date: a.toISOString().slice(0, 10), from: clock(minutes(a)), to: clock(minutes(b)) };
  return conflict('community.booking.conflict', 'community.rooms.conflict', values);
}

/**
 * Books every date or none: each insert is checked by the exclusion constraint (pending and approved bookings,
 * buffer included), which decides whatever ran at the same time; the first taken date fails the whole request
 * (the transaction rolls back what was inserted before it).
 */
export async function placeBookings(
  tx: Tx,
  t: Tenant,
  room: Pick<RoomRow, 'id' | 'needsApproval' | 'bufferMinutes'>,
  what: Pick<NewBooking, 'bookedByUserId' | 'eventId' | 'purpose' | 'title'>,
  dates: readonly { startsAt: Date; endsAt: Date; occurrenceId?: string }[],
  autoApprove = false,
): Promise<{ seriesId: string; ids: string[]; status: 'pending' | 'approved' }> {
  const seriesId = crypto.randomUUID();
  const status = room.needsApproval && !autoApprove ? 'pending' : 'approved';
  const ids: string[] = [];
  for (const d of dates) {
    const blockedUntil = new Date(d.endsAt.getTime() + room.bufferMinutes * 60_000);
    try {
      ids.push(
        await insertBooking(tx, t, {
          ...what,
          roomId: room.id,
          seriesId,
          occurrenceId: d.occurrenceId ?? null,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          blockedUntil,
          status,
        }),
      );
    } catch (err) {
      if (violatedConstraint(err) === 'community_bookings_no_overlap') throw takenError(d.startsAt, d.endsAt);
      throw err;
    }
  }
  return { seriesId, ids, status };
}

const notBookable = () => new AppError('community.booking.forbidden', 403, 'community.rooms.error.notBookable');
const invalid = (fields: Record<string, FieldError>) =>
  new AppError('community.booking.invalid', 422, 'error.badRequest', {}, fields);

/**
 * A person asks for a room, once or weekly: who may book (the room's `bookable_by`), then every date against the
 * rules (lead time, longest booking, opening hours), then all dates in one go. Quartier managers and the
 * administration need no approval of their own requests.
 */
export async function requestBooking(
  uc: UseCase,
  user: SessionUser,
  roomId: string,
  input: BookingInput,
): Promise<{ seriesId: string; status: 'pending' | 'approved'; count: number }> {
  const t = useCaseTenant(uc);
  const room = await lockRoom(uc.tx, t, roomId);
  if (!room) throw notFound('room');
  const roles = rolesIn(user, t.municipalityId);
  if (!mayBook(room, roles)) throw notBookable();
  const slots: Slot[] | null = slotsOf(input);
  if (!slots) throw invalid({ to: { key: 'community.rooms.error.endBeforeStart' } });
  const problems = checkSlots(room, slots, uc.now);
  if (Object.keys(problems).length > 0) throw invalid(problems);
  const approver = roles.some((r) => (APPROVERS as readonly Role[]).includes(r));
  const what = { bookedByUserId: user.id, eventId: null, purpose: input.purpose, title: input.title };
  const placed = await placeBookings(uc.tx, t, room, what, slots, approver);
  uc.record({
    action: 'create',
    subjectType: 'community.booking',
    subjectId: placed.seriesId,
    after: { room: roomId, dates: slots.length, status: placed.status, purpose: input.purpose },
  });
  return { seriesId: placed.seriesId, status: placed.status, count: slots.length };
}

/** Approves or rejects a request: all its dates still waiting. Two overlapping requests never both wait. */
export async function decideRequest(uc: UseCase, id: string, decision: 'approve' | 'reject'): Promise<number> {
  const t = useCaseTenant(uc);
  const b = await findBooking(uc.tx, t, id);
  if (!b) throw notFound('booking');
  const ids = (await bookingsOfRequest(uc.tx, t, b)).map((x) => x.id);
  const to: BookingStatus = decision === 'approve' ? 'approved' : 'rejected';
  const moved = await setStatus(uc.tx, t, ids, { from: ['pending'], to, by: uc.actor, at: uc.now });
  if (moved.length === 0) throw conflict('community.booking.decided', 'community.rooms.error.decided');
  uc.record({
    action: 'update',
    subjectType: 'community.booking',
    subjectId: id,
    after: { status: to, dates: moved.length },
  });
  return moved.length;
}

/**
 * Cancels a booking (and with `following` the later dates of the same request) that has not begun. The person
 * who booked may, and so may the approvers; anyone else reads 404, as if it did not exist.
 */
export async function cancelBooking(
  uc: UseCase,
  user: SessionUser,
  id: string,
  scope: 'one' | 'following',
): Promise<number> {
  const t = useCaseTenant(uc);
  const b = await findBooking(uc.tx, t, id);
  const approver = rolesIn(user, t.municipalityId).some((r) => (APPROVERS as readonly Role[]).includes(r));
  if (!b || (b.bookedByUserId !== user.id && !approver)) throw notFound('booking');
  const all = scope === 'following' ? await bookingsOfRequest(uc.tx, t, b) : [b];
  const ids = all.filter((x) => x.startsAt >= b.startsAt && x.startsAt > uc.now).map((x) => x.id);
  const moved = await setStatus(uc.tx, t, ids, { from: HOLDING, to: 'cancelled', by: user.id, at: uc.now });
  if (moved.length === 0) throw conflict('community.booking.notCancellable', 'community.rooms.error.notCancellable');
  uc.record({
    action: 'update',
    subjectType: 'community.booking',
    subjectId: id,
    after: { status: 'cancelled', dates: moved.length },
  });
  return moved.length;
}

/** Records whether the room was used for an approved booking that has begun (for the usage figures). */
export async function markUsed(uc: UseCase, id: string, used: boolean): Promise<void> {
  const t = useCaseTenant(uc);
  if (!(await setUsed(uc.tx, t, id, used, uc.now))) {
    if (!(await findBooking(uc.tx, t, id))) throw notFound('booking');
    throw conflict('community.booking.notUsable', 'community.rooms.error.notUsable');
  }
  uc.record({ action: 'update', subjectType: 'community.booking', subjectId: id, after: { used } });
}
