import { type Selectable, sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { RegistrationNotice, RegistrationStatus, RegistrationTable } from './registrations.tables.ts';

// The only SQL on registrations, and on the occurrence's counters (confirmed_count, waitlist_seq), which this
// part alone writes. Every function takes the tenant first and filters by it.

export type RegistrationRow = Selectable<RegistrationTable>;

/** The occurrence row locked for one registration change: registrations of one date queue here, one at a time. */
export async function lockOccurrence(tx: Executor, t: Tenant, occurrenceId: string) {
  return tx
    .selectFrom('community_occurrences')
    .select(['id', 'event_id', 'starts_at', 'status', 'places', 'confirmed_count', 'waitlist_seq'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', occurrenceId)
    .forUpdate()
    .executeTakeFirst();
}

/** Moves the occurrence's counters; the CHECK on places refuses an overfull date whatever the caller computed. */
export async function updateCounters(
  tx: Executor,
  t: Tenant,
  occurrenceId: string,
  v: { confirmedDelta: number; waitlistSeq?: number },
): Promise<void> {
  await tx
    .updateTable('community_occurrences')
    .set((eb) => ({
      confirmed_count: eb('confirmed_count', '+', v.confirmedDelta),
      ...(v.waitlistSeq === undefined ? {} : { waitlist_seq: v.waitlistSeq }),
    }))
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', occurrenceId)
    .execute();
}

/** How many wait for a date (a new arrival joins them rather than taking a freed place before them). */
export async function countWaiting(tx: Executor, t: Tenant, occurrenceId: string): Promise<number> {
  const row = await tx
    .selectFrom('community_registrations')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('occurrence_id', '=', occurrenceId)
    .where('status', '=', 'waitlisted')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewRegistration {
  id: string;
  occurrenceId: string;
  userId: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string;
  partySize: number;
  status: 'confirmed' | 'waitlisted';
  waitlistPosition: number | null;
  tokenHash: string;
  now: Date;
}

export async function insertRegistration(tx: Executor, t: Tenant, r: NewRegistration): Promise<void> {
  await tx
    .insertInto('community_registrations')
    .values({
      municipality_id: t.municipalityId,
      id: r.id,
      occurrence_id: r.occurrenceId,
      user_id: r.userId,
      name: r.name,
      email: r.email,
      phone: r.phone,
      locale: r.locale,
      party_size: r.partySize,
      consent_at: r.now,
      status: r.status,
      waitlist_position: r.waitlistPosition,
      token_hash: r.tokenHash,
      created_at: r.now,
    })
    .execute();
}

/** A registration found by the hash of its code. */
export function findByTokenHash(db: Executor, t: Tenant, tokenHash: string): Promise<RegistrationRow | undefined> {
  return db
    .selectFrom('community_registrations')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** A registration locked for a change (taken after its occurrence's lock, always in that order). */
export function lockRegistration(tx: Executor, t: Tenant, id: string): Promise<RegistrationRow | undefined> {
  return tx
    .selectFrom('community_registrations')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The waiting people of a date in the order they arrived. */
export function waitlistInOrder(tx: Executor, t: Tenant, occurrenceId: string): Promise<RegistrationRow[]> {
  return tx
    .selectFrom('community_registrations')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('occurrence_id', '=', occurrenceId)
    .where('status', '=', 'waitlisted')
    .orderBy('waitlist_position')
    .execute();
}

/** Sets a registration's status; a promotion also leaves a notice for the mail job. */
export async function setStatus(
  tx: Executor,
  t: Tenant,
  id: string,
  status: RegistrationStatus,
  now: Date,
  notice: RegistrationNotice | null = null,
): Promise<void> {
  await tx
    .updateTable('community_registrations')
    .set({
      status,
      ...(status === 'cancelled' ? { cancelled_at: now, notice: null } : {}),
      ...(notice === 'promoted' ? { promoted_at: now, notice } : {}),
    })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** The position a waiting person sees: how many wait before them, plus one. */
export async function queuePosition(db: Executor, t: Tenant, r: RegistrationRow): Promise<number | null> {
  if (r.status !== 'waitlisted' || r.waitlist_position === null) return null;
  const row = await db
    .selectFrom('community_registrations')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('occurrence_id', '=', r.occurrence_id)
    .where('status', '=', 'waitlisted')
    .where('waitlist_position', '<', r.waitlist_position)
    .executeTakeFirstOrThrow();
  return Number(row.n) + 1;
}

/** Every registration of a date, for the organiser: confirmed first, then the queue, then cancelled. */
export function registrationsOfOccurrence(db: Executor, t: Tenant, occurrenceId: string): Promise<RegistrationRow[]> {
  return db
    .selectFrom('community_registrations')
    .selectAll()
    .where('municipality_id', '=', t.municipalityId)
    .where('occurrence_id', '=', occurrenceId)
    .orderBy(sql`case status when 'confirmed' then 0 when 'waitlisted' then 1 else 2 end`)
    .orderBy('waitlist_position')
    .orderBy('created_at')
    .execute();
}

/** Leaves a notice (a mail to send) on every active registration of a date that can be reached by mail. */
export async function markNotice(
  tx: Executor,
  t: Tenant,
  occurrenceId: string,
  notice: RegistrationNotice,
): Promise<number> {
  const rows = await tx
    .updateTable('community_registrations')
    .set({ notice })
    .where('municipality_id', '=', t.municipalityId)
    .where('occurrence_id', '=', occurrenceId)
    .where('status', '<>', 'cancelled')
    .where('email', 'is not', null)
    .returning('id')
    .execute();
  return rows.length;
}
