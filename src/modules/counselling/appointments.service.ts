import { randomUUID } from 'node:crypto';
import type { Tenant } from '../../platform/db/tenant.ts';
import { sqlState, violatedConstraint } from '../../platform/db/transaction.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { type MailEnv, mailAppointment } from './appointments.mail.ts';
import { newCode, newToken, secretHash } from './appointments.code.ts';
import {
  counsellorBusy,
  counsellorOfService,
  findAppointment,
  findServiceRules,
  insertAppointment,
  markCancelled,
  type ServiceRules,
  sameBooking,
} from './appointments.repository.ts';
import { LANGUAGES } from './counselling.tables.ts';
import { cancelInterpreterRequest, requestInterpreter } from './interpreters.requests.ts';
import { type ServiceSlot, serviceSlots } from './slots.read.ts';
import { localDay } from './slots.ts';

export const SUBJECT = 'counselling.appointment';
const MINUTE = 60_000;

/** What a person (or a counsellor for them) books. */
export interface BookingInput {
  serviceId: string;
  counsellorId: string;
  startsAt: Date;
  topic: string;
  /** The language the person wants to speak: one of the service's, or another with an interpreter. */
  language: string;
  channel: string;
  /** An interpreter is wanted for `interpreterLanguage` (a language the service does not speak itself). */
  interpreter: boolean;
  interpreterLanguage?: string | null;
  name: string;
  email?: string | null;
  phone?: string | null;
  /** The language of the booking pages: mails use it. */
  locale: string;
}

export interface Booked {
  id: string;
  uid: string;
  /** The secrets, returned once: the link token (for the mail) and the speakable code (for the screen). */
  token: string;
  code: string;
}

/** A 4xx with a field to mark in the form. */
const fieldError = (field: string, key: string, status = 422) =>
  new AppError(key, status, key, {}, { [field]: { key, values: {} } });

/** The slot is gone: 409, with the day's other free slots for the page to offer. */
export class SlotTakenError extends AppError {
  constructor(readonly freeSlots: ServiceSlot[]) {
    super(
      'counselling.appointments.taken',
      409,
      'counselling.appointments.error.taken',
      {},
      {
        slot: { key: 'counselling.appointments.error.taken', values: {} },
      },
    );
  }
}

/** The languages of the conversation and of the interpreter, or a field error. */
export function languagesOf(s: ServiceRules, input: BookingInput): { language: string; interpreter: string | null } {
  const known = (l: string | null | undefined) => !!l && (LANGUAGES as readonly string[]).includes(l);
  if (!known(input.language)) throw fieldError('language', 'counselling.appointments.error.language');
  const speaks = s.languages.includes(input.language);
  if (!input.interpreter && speaks) return { language: input.language, interpreter: null };
  const wanted = input.interpreterLanguage || input.language;
  if (!known(wanted) || s.languages.includes(wanted))
    throw fieldError('interpreterLanguage', 'counselling.appointments.error.interpreterLanguage');
  // The conversation runs in a language of the service (German first), the interpreter translates.
  return { language: s.languages.includes('de') ? 'de' : s.languages[0]!, interpreter: wanted };
}

function checkChoices(s: ServiceRules, input: BookingInput): void {
  if (!s.topics.includes(input.topic)) throw fieldError('topic', 'counselling.appointments.error.topic');
  if (!s.channels.includes(input.channel)) throw fieldError('channel', 'counselling.appointments.error.channel');
  if (!input.email && !input.phone && input.channel === 'phone')
    throw fieldError('phone', 'counselling.appointments.error.phoneNeeded');
}

/** The slot checked again in the transaction: the right service and counsellor, on the grid, still free. */
async function checkSlot(uc: UseCase, t: Tenant, s: ServiceRules, input: BookingInput): Promise<void> {
  if (!(await counsellorOfService(uc.tx, t, s.id, input.counsellorId)))
    throw fieldError('slot', 'counselling.appointments.error.slot', 404);
  if (input.startsAt.getTime() <= uc.now.getTime()) throw fieldError('slot', 'counselling.appointments.error.past');
  const day = localDay(input.startsAt, s.time_zone);
  const free = await serviceSlots(uc.tx, t, s.id, { from: day, to: day, now: uc.now });
  const mine = free.filter((f) => f.counsellorId === input.counsellorId);
  if (mine.some((f) => f.startsAt.getTime() === input.startsAt.getTime())) return;
  if (await sameBooking(uc.tx, t, contactOf(input)))
    throw fieldError('slot', 'counselling.appointments.error.already', 409);
  // Not a free slot: taken (another booking holds the counsellor then) or never one (off the grid, outside the
  // hours, too soon, beyond the horizon).
  const endsAt = new Date(input.startsAt.getTime() + s.slot_minutes * MINUTE);
  if (!(await counsellorBusy(uc.tx, t, input.counsellorId, input.startsAt, endsAt)))
    throw fieldError('slot', 'counselling.appointments.error.slot');
  throw new SlotTakenError(free);
}

const contactOf = (i: BookingInput) => ({
  counsellorId: i.counsellorId,
  startsAt: i.startsAt,
  name: i.name.trim(),
  email: i.email?.trim() || null,
  phone: i.phone?.replace(/[\s/()-]/g, '') || null,
});

/**
 * Books a slot: the choices checked against the service, the slot checked again (the exclusion constraint on the
 * counsellor's blocked time has the last word when two people take it at the same moment: 409), an interpreter
 * requested in the same transaction when needed. Returns the secrets once; only their hashes are stored.
 */
export async function book(
  uc: UseCase,
  input: BookingInput,
  extra: { bookedBy?: string | null; mail?: MailEnv | null } = {},
): Promise<Booked> {
  const [token, code] = [newToken(), newCode()];
  const hashes = { tokenHash: secretHash(token), codeHash: secretHash(code) };
  const { id, uid } = await bookWith(uc, input, { ...extra, hashes, rebookedFrom: null, told: { token, code } });
  return { id, uid, token, code };
}

/** How a booking is made: by `book` with new secrets, or by a rebooking with the old appointment's. */
export interface BookWith {
  bookedBy?: string | null;
  rebookedFrom: string | null;
  mail?: MailEnv | null;
  /** The hashes of the link token and the code the new appointment answers to. */
  hashes: { tokenHash: string; codeHash: string };
  /** The secrets known here, for the mail (a rebooking knows at most the one the person opened the page with). */
  told: { token?: string; code?: string };
  /** The mail to send: the booking's, or the rebooking's (moved, with the new calendar entry). */
  kind?: 'booked' | 'rebooked';
}

/** The booking itself, for `book` and the rebooking (appointments.rebook.ts). */
export async function bookWith(
  uc: UseCase,
  input: BookingInput,
  extra: BookWith,
): Promise<{ id: string; uid: string }> {
  const t = useCaseTenant(uc);
  const s = await findServiceRules(uc.tx, t, input.serviceId);
  if (!s) throw notFound('counselling.service');
  checkChoices(s, input);
  const langs = languagesOf(s, input);
  await checkSlot(uc, t, s, input);
  const id = randomUUID();
  const endsAt = new Date(input.startsAt.getTime() + s.slot_minutes * MINUTE);
  const c = contactOf(input);
  const row = {
    ...c,
    ...extra.hashes,
    id,
    serviceId: s.id,
    endsAt,
    blockedUntil: new Date(endsAt.getTime() + s.buffer_minutes * MINUTE),
    channel: input.channel,
    topic: input.topic,
    language: langs.language,
    interpreterLanguage: langs.interpreter,
    locale: input.locale,
    bookedBy: extra.bookedBy ?? null,
    rebookedFrom: extra.rebookedFrom,
  };
  const { uid } = await insertOnce(uc, t, row, s);
  if (langs.interpreter)
    // With the mail environment, the pool's interpreters of that language hear of the request at once.
    await requestInterpreter(
      uc.tx,
      t,
      { appointmentId: id, language: langs.interpreter, startsAt: input.startsAt, endsAt },
      extra.mail ?? undefined,
    );
  if (extra.mail) {
    const saved = await findAppointment(uc.tx, t, id);
    if (saved) await mailAppointment(uc.tx, t, extra.mail, saved, extra.kind ?? 'booked', extra.told, uc.now);
  }
  uc.record({
    action: 'create',
    subjectType: SUBJECT,
    subjectId: id,
    after: {
      serviceId: s.id,
      counsellorId: input.counsellorId,
      startsAt: input.startsAt.toISOString(),
      language: langs.language,
      interpreterLanguage: langs.interpreter,
      email: !!c.email,
      phone: !!c.phone,
      rebookedFrom: row.rebookedFrom,
    },
  });
  return { id, uid };
}

async function insertOnce(uc: UseCase, t: Tenant, row: Parameters<typeof insertAppointment>[2], s: ServiceRules) {
  try {
    return await insertAppointment(uc.tx, t, row);
  } catch (err) {
    if (violatedConstraint(err) !== 'counselling_appointments_no_overlap' && sqlState(err) !== '23P01') throw err;
    // The transaction is aborted on the server: the other free slots are read outside it.
    const day = localDay(row.startsAt, s.time_zone);
    throw new SlotTakenError(await serviceSlots(uc.db, t, s.id, { from: day, to: day, now: uc.now }));
  }
}

/** Whether the person may still cancel or rebook by themselves (until the service's cut-off before the start). */
export function beforeCutoff(startsAt: Date, cutoffHours: number, now: Date): boolean {
  return now.getTime() < startsAt.getTime() - cutoffHours * 3_600_000;
}

/**
 * Cancels an appointment: by the person until the service's cut-off, by staff any time before it ends (`moving`:
 * staff rebooking it, also afterwards — the person missed it and asks for another time). The calendar SEQUENCE
 * rises (the cancellation mail carries it) and an interpreter request is withdrawn.
 */
export async function cancelAppointment(
  uc: UseCase,
  v: { appointmentId: string; by: 'person' | 'staff'; mail?: MailEnv | null; moving?: boolean },
): Promise<{ sequence: number; uid: string }> {
  const t = useCaseTenant(uc);
  const a = await findAppointment(uc.tx, t, v.appointmentId, true);
  if (!a || a.erased_at) throw notFound('counselling.appointment');
  if (a.status !== 'booked')
    throw new AppError('counselling.appointments.notActive', 409, 'counselling.appointments.error.notActive');
  const s = await findServiceRules(uc.tx, t, a.service_id);
  const cutoff = v.by === 'person' ? (s?.cancel_cutoff_hours ?? 0) : 0;
  // Staff may still cancel an appointment that has begun (the person is late) until it ends.
  const until = new Date(v.by === 'person' ? a.starts_at : a.ends_at);
  if (!(v.by === 'staff' && v.moving) && !beforeCutoff(until, cutoff, uc.now))
    throw new AppError('counselling.appointments.cutoff', 409, 'counselling.appointments.error.cutoff', {
      hours: cutoff,
    });
  const sequence = await markCancelled(uc.tx, t, a.id, uc.now);
  await cancelInterpreterRequest(uc.tx, t, a.id);
  if (v.mail) await mailAppointment(uc.tx, t, v.mail, { ...a, status: 'cancelled', sequence }, 'cancelled', {}, uc.now);
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: a.id,
    before: { status: a.status },
    after: { status: 'cancelled', by: v.by, sequence },
  });
  return { sequence, uid: a.uid };
}
