import { conflict, forbidden, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import {
  type AppointmentForUpdate,
  appointmentForUpdate,
  findContact,
  insertContact,
  setAppointmentStatus,
  updateContact,
} from './day.repository.ts';
import type { ContactInput } from './day.schema.ts';
import { localDay } from './slots.ts';

// The counsellor's writes: a contact counted (done or walk-in), a no-show, a correction of a contact's counts.
// Every one is audited; a contact is counts only, and an appointment is counted at most once (the unique key).

const CONTACT = 'counselling.contact';
const APPOINTMENT = 'counselling.appointment';

/** The appointment, when it exists in the municipality, is still booked and the actor may handle it. */
export async function bookedAppointment(
  uc: UseCase,
  id: string,
  may: (a: AppointmentForUpdate) => boolean,
): Promise<AppointmentForUpdate> {
  const a = await appointmentForUpdate(uc.tx, useCaseTenant(uc), id);
  if (!a) throw notFound('appointment');
  if (!may(a)) throw forbidden();
  if (a.status !== 'booked') throw conflict('counselling.day.handled', 'counselling.day.error.handled');
  return a;
}

/** Marks an appointment done and records its contact, once: a second submission finds it handled (409). */
export async function markDone(uc: UseCase, a: AppointmentForUpdate, input: ContactInput): Promise<string> {
  const t = useCaseTenant(uc);
  const contactId = await insertContact(uc.tx, t, {
    service_id: a.service_id,
    day: localDay(new Date(a.starts_at), a.time_zone),
    kind: 'appointment',
    topic: input.topic,
    language: input.language,
    interpreter_language: a.interpreter_language,
    channel: input.channel,
    duration_minutes: input.durationMinutes,
    gender: input.gender ?? null,
    age_band: input.ageBand ?? null,
    appointment_id: a.id,
  });
  if (!contactId || !(await setAppointmentStatus(uc.tx, t, a.id, 'done')))
    throw conflict('counselling.day.handled', 'counselling.day.error.handled');
  uc.record({
    action: 'update',
    subjectType: APPOINTMENT,
    subjectId: a.id,
    before: { status: 'booked' },
    after: { status: 'done' },
  });
  uc.record({
    action: 'create',
    subjectType: CONTACT,
    subjectId: contactId,
    after: { topic: input.topic, channel: input.channel, minutes: input.durationMinutes },
  });
  return contactId;
}

/** Marks that the person did not come: no contact, the no-show counts per service. */
export async function markNoShow(uc: UseCase, a: AppointmentForUpdate): Promise<void> {
  if (a.starts_at > uc.now) throw conflict('counselling.day.early', 'counselling.day.error.early');
  if (!(await setAppointmentStatus(uc.tx, useCaseTenant(uc), a.id, 'no_show')))
    throw conflict('counselling.day.handled', 'counselling.day.error.handled');
  uc.record({
    action: 'update',
    subjectType: APPOINTMENT,
    subjectId: a.id,
    before: { status: 'booked' },
    after: { status: 'no_show' },
  });
}

/** A walk-in counted with one tap: the service's first topic, its slot length, in person, in German. */
export async function recordWalkIn(
  uc: UseCase,
  s: { serviceId: string; topics: string[]; slot_minutes: number; languages: string[]; channels: string[] },
  timeZone: string,
): Promise<string> {
  const v = {
    service_id: s.serviceId,
    day: localDay(uc.now, timeZone),
    kind: 'walk_in' as const,
    topic: s.topics[0] ?? 'other',
    language: s.languages.includes('de') ? 'de' : (s.languages[0] ?? 'de'),
    interpreter_language: null,
    channel: s.channels.includes('in_person') ? 'in_person' : (s.channels[0] ?? 'in_person'),
    duration_minutes: s.slot_minutes,
    gender: null,
    age_band: null,
    appointment_id: null,
  };
  const id = (await insertContact(uc.tx, useCaseTenant(uc), v))!;
  uc.record({ action: 'create', subjectType: CONTACT, subjectId: id, after: { kind: 'walk_in', topic: v.topic } });
  return id;
}

/** Corrects a walk-in's counts (the counsellor's own services only, checked by the caller). */
export async function editContact(uc: UseCase, id: string, input: ContactInput) {
  const t = useCaseTenant(uc);
  const before = await findContact(uc.tx, t, id);
  if (!before) throw notFound('contact');
  const after = {
    topic: input.topic,
    channel: input.channel,
    language: input.language,
    duration_minutes: input.durationMinutes,
    gender: input.gender ?? null,
    age_band: input.ageBand ?? null,
  };
  await updateContact(uc.tx, t, id, after);
  uc.record({
    action: 'update',
    subjectType: CONTACT,
    subjectId: id,
    before: { topic: before.topic, minutes: before.duration_minutes },
    after: { topic: after.topic, minutes: after.duration_minutes },
  });
}
