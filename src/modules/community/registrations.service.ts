import { randomUUID } from 'node:crypto';
import type { Tenant } from '../../platform/db/tenant.ts';
import { violatedConstraint } from '../../platform/db/transaction.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { codeHash, registrationCode } from './registrations.code.ts';
import { type MailEnv, mailRegistration } from './registrations.mail.ts';
import { findOccurrence } from './registrations.read.ts';
import {
  countWaiting,
  insertRegistration,
  lockOccurrence,
  lockRegistration,
  setStatus,
  updateCounters,
  waitlistInOrder,
} from './registrations.repository.ts';
import type { RegistrationInput } from './registrations.schema.ts';

export const SUBJECT = 'community.registration';
/** The job that sends the mails left as notices (promotions, cancelled or moved dates). */
export const NOTICES_JOB = 'community.registrations.notices';

/** What registering needs besides the use case: the code secret, and the mail setting (null: no mail). */
export interface RegisterEnv {
  secret: string;
  mail: MailEnv | null;
}

export interface Registered {
  id: string;
  code: string;
  status: 'confirmed' | 'waitlisted';
}

const UNIQUE_FIELD: Record<string, string> = {
  community_registrations_one_email: 'email',
  community_registrations_one_phone: 'phone',
  community_registrations_one_user: 'name',
};

const fieldError = (field: string, key: string, values = {}) =>
  new AppError(key, 422, key, values, { [field]: { key, values } });

/**
 * Registers a person for one date. The occurrence row is locked first, so registrations of one date run one after
 * another: a place is confirmed only while places are free and nobody waits (a freed place belongs to the queue);
 * otherwise the person joins the waitlist with the next position, and only when they agreed to.
 */
export async function register(
  uc: UseCase,
  env: RegisterEnv,
  v: { eventId: string; occurrenceId: string; userId: string | null; locale: string; input: RegistrationInput },
): Promise<Registered> {
  const t = useCaseTenant(uc);
  const locked = await lockOccurrence(uc.tx, t, v.occurrenceId);
  const o = locked && (await findOccurrence(uc.tx, t, v.eventId, v.occurrenceId, v.locale));
  if (!locked || !o || o.eventStatus === 'draft') throw notFound('occurrence');
  if (o.eventStatus === 'cancelled' || o.status === 'cancelled')
    throw conflict('community.registrations.cancelled', 'community.registrations.error.cancelled');
  if (o.startsAt <= uc.now) throw conflict('community.registrations.past', 'community.registrations.error.past');
  if (o.registration === 'none')
    throw conflict('community.registrations.open', 'community.registrations.error.openToAll');
  const party = v.input.partySize;
  if (o.places !== null && party > o.places)
    throw fieldError('partySize', 'community.registrations.error.partyTooLarge', { places: o.places });
  const waiting = await countWaiting(uc.tx, t, o.id);
  const fits = o.places === null || (waiting === 0 && locked.confirmed_count + party <= o.places);
  if (!fits && !v.input.waitlist) throw fieldError('waitlist', 'community.registrations.error.full');
  const position = fits ? null : locked.waitlist_seq + 1;
  await updateCounters(
    uc.tx,
    t,
    o.id,
    fits ? { confirmedDelta: party } : { confirmedDelta: 0, waitlistSeq: position! },
  );
  const id = randomUUID();
  const code = registrationCode(env.secret, id);
  const status = fits ? 'confirmed' : 'waitlisted';
  const row = {
    id,
    occurrenceId: o.id,
    userId: v.userId,
    name: v.input.name,
    email: v.input.email ?? null,
    phone: v.input.phone ?? null,
    locale: v.locale,
    partySize: party,
    status,
    waitlistPosition: position,
    tokenHash: codeHash(code),
    now: uc.now,
  } as const;
  await insertOnce(uc.tx, t, row);
  uc.record({
    action: 'create',
    subjectType: SUBJECT,
    subjectId: id,
    after: {
      occurrenceId: o.id,
      status,
      partySize: party,
      waitlistPosition: position,
      email: !!row.email,
      phone: !!row.phone,
    },
  });
  if (env.mail) {
    const mail = { ...row, occurrence_id: o.id, party_size: party, waitlist_position: position };
    await mailRegistration(uc.tx, t, env.mail, mail, o.eventId, status, waiting + 1);
  }
  return { id, code, status };
}

// A second active registration of the same address, phone or account for one date is refused on that field.
async function insertOnce(tx: Executor, t: Tenant, row: Parameters<typeof insertRegistration>[2]): Promise<void> {
  try {
    await insertRegistration(tx, t, row);
  } catch (err) {
    const field = UNIQUE_FIELD[violatedConstraint(err) ?? ''];
    if (field) throw fieldError(field, 'community.registrations.error.already');
    throw err;
  }
}

/**
 * Cancels a registration (by its holder, or by the organiser) and gives the freed places to the waitlist in order.
 * Refused once the date has begun; a registration already cancelled is left as it is.
 */
export async function cancelRegistration(
  uc: UseCase,
  v: { registrationId: string; occurrenceId: string; by: 'holder' | 'organiser' },
): Promise<'cancelled' | 'already'> {
  const t = useCaseTenant(uc);
  const o = await lockOccurrence(uc.tx, t, v.occurrenceId);
  const r = o && (await lockRegistration(uc.tx, t, v.registrationId));
  if (!o || !r || r.occurrence_id !== o.id || r.erased_at) throw notFound('registration');
  if (r.status === 'cancelled') return uc.refuse('already');
  if (new Date(o.starts_at) <= uc.now)
    throw conflict('community.registrations.started', 'community.registrations.error.started');
  await setStatus(uc.tx, t, r.id, 'cancelled', uc.now);
  if (r.status === 'confirmed') await updateCounters(uc.tx, t, o.id, { confirmedDelta: -r.party_size });
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: r.id,
    before: { status: r.status },
    after: { status: 'cancelled', by: v.by },
  });
  await promoteWaiting(uc, t, o.id);
  return 'cancelled';
}

/**
 * Gives free places of a date to the waiting people in the order they arrived, never once the date has begun.
 * The first in the queue is served first: when their party does not fit yet, the places are held for them (nobody
 * behind them jumps ahead). Each promoted person is left a notice; the notices job mails them.
 */
export async function promoteWaiting(uc: UseCase, t: Tenant, occurrenceId: string): Promise<string[]> {
  const o = await lockOccurrence(uc.tx, t, occurrenceId);
  if (!o || o.status === 'cancelled' || new Date(o.starts_at) <= uc.now) return [];
  let confirmed = o.confirmed_count;
  const promoted: string[] = [];
  for (const w of await waitlistInOrder(uc.tx, t, occurrenceId)) {
    if (o.places !== null && confirmed + w.party_size > o.places) break;
    await setStatus(uc.tx, t, w.id, 'confirmed', uc.now, 'promoted');
    confirmed += w.party_size;
    promoted.push(w.id);
    uc.record({
      action: 'update',
      subjectType: SUBJECT,
      subjectId: w.id,
      before: { status: 'waitlisted', waitlistPosition: w.waitlist_position },
      after: { status: 'confirmed', promoted: true },
    });
  }
  if (promoted.length === 0) return [];
  await updateCounters(uc.tx, t, occurrenceId, { confirmedDelta: confirmed - o.confirmed_count });
  await enqueue(uc.tx, { kind: NOTICES_JOB, municipalityId: t.municipalityId });
  return promoted;
}
