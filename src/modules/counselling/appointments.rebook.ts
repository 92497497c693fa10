import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { newCode, newToken, secretHash } from './appointments.code.ts';
import type { MailEnv } from './appointments.mail.ts';
import { findAppointment, handOnSecrets } from './appointments.repository.ts';
import { bookWith, cancelAppointment } from './appointments.service.ts';
import { type ServiceSlot, serviceSlots } from './slots.read.ts';
import { localDay } from './slots.ts';

// Rebooking, by the person from their appointment's page or by a counsellor for them, in one use case: the old
// appointment is cancelled (its calendar CANCEL mailed), the new slot booked with the same service, topic, language,
// interpreter need and contact. The person's link and code move to the new appointment (the old one gets hashes that
// match nothing), so the mailed link and the printed code keep working. If the new slot is gone, the whole use case
// rolls back: the old appointment stays as it was (409).

const DAY = 86_400_000;
/** How far ahead the person's page offers other times, and how many at most (a select stays usable). */
const AHEAD_DAYS = 28;
export const MAX_CHOICES = 60;

export interface Rebooked {
  id: string;
  uid: string;
  cancelled: { uid: string; sequence: number };
}

/** Rebooks an appointment to another free slot of its service (the person until the cut-off, staff any time). */
export async function rebook(
  uc: UseCase,
  v: {
    appointmentId: string;
    counsellorId: string;
    startsAt: Date;
    by: 'person' | 'staff';
    mail?: MailEnv | null;
    /** The secret the person opened their page with, if any: the new mail repeats it. */
    told?: { token?: string; code?: string };
  },
): Promise<Rebooked> {
  const t = useCaseTenant(uc);
  const a = await findAppointment(uc.tx, t, v.appointmentId, true);
  if (!a || a.erased_at || a.name === null) throw notFound('counselling.appointment');
  const cancelled = await cancelAppointment(uc, { appointmentId: a.id, by: v.by, mail: v.mail ?? null, moving: true });
  const fresh = { tokenHash: secretHash(newToken()), codeHash: secretHash(newCode()) };
  const hashes = await handOnSecrets(uc.tx, t, a.id, fresh);
  const booked = await bookWith(
    uc,
    {
      serviceId: a.service_id,
      counsellorId: v.counsellorId,
      startsAt: v.startsAt,
      topic: a.topic,
      language: a.interpreter_language ?? a.language,
      interpreter: a.interpreter_language !== null,
      interpreterLanguage: a.interpreter_language,
      channel: a.channel,
      name: a.name,
      email: a.email,
      phone: a.phone,
      locale: a.locale,
    },
    {
      bookedBy: v.by === 'staff' ? uc.actor : null,
      rebookedFrom: a.id,
      mail: v.mail ?? null,
      hashes,
      told: v.told ?? {},
      kind: 'rebooked',
    },
  );
  return { ...booked, cancelled };
}

/**
 * For the day part: a counsellor rebooks a person's appointment to another slot (no cut-off for staff); the person
 * gets the same mails as when they rebook themselves. The tenant must be the use case's.
 */
export function bookForPerson(
  uc: UseCase,
  t: Tenant,
  input: { appointmentId: string; counsellorId: string; startsAt: Date; mail?: MailEnv | null },
): Promise<Rebooked> {
  if (useCaseTenant(uc).municipalityId !== t.municipalityId) throw notFound('counselling.appointment');
  return rebook(uc, { ...input, by: 'staff' });
}

/** The other times the person's page offers: the service's free slots over the next four weeks, the first 60. */
export async function rebookChoices(
  db: Executor,
  t: Tenant,
  s: { id: string; time_zone: string },
  now: Date,
): Promise<ServiceSlot[]> {
  const from = localDay(now, s.time_zone);
  const to = localDay(new Date(now.getTime() + AHEAD_DAYS * DAY), s.time_zone);
  return (await serviceSlots(db, t, s.id, { from, to, now })).slice(0, MAX_CHOICES);
}
