import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, type FieldError, notFound } from '../../platform/http/app-error.ts';
import { type Shown, titledTexts } from '../../platform/i18n/content-texts.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { listPeople } from '../../platform/identity/grants.repository.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { findRoom } from '../community/index.ts';
import { providersOf, quartiereOf } from '../directory/index.ts';
import type { CounsellorInput, ServiceInput } from './services.schema.ts';
import {
  counsellorsOf,
  findService,
  insertService,
  type ServiceText,
  type ServiceValues,
  saveServiceText,
  serviceTexts,
  setCounsellorActive,
  updateService,
  upsertCounsellor,
} from './services.repository.ts';

const SUMMARY = [
  'quartierId',
  'providerId',
  'roomId',
  'audience',
  'slotMinutes',
  'bufferMinutes',
  'minNoticeHours',
  'horizonDays',
  'cancelCutoffHours',
  'walkInHours',
  'active',
] as const satisfies readonly (keyof ServiceValues)[];

/** Service texts as the platform's content texts (title and description translated together). */
export const serviceContentTexts = titledTexts<ServiceText>();
export type ShownServiceText = Shown<ServiceText>;

/** The text a reader sees of one service: their language when written, else the source. */
export function serviceTextIn(texts: readonly ServiceText[], id: string, sourceLocale: string, locale: string) {
  return serviceContentTexts.shownIn(
    texts.filter((x) => x.serviceId === id),
    sourceLocale,
    locale,
  );
}

export const invalidService = (fields: Record<string, FieldError>): AppError =>
  new AppError('counselling.service.invalid', 422, 'error.badRequest', {}, fields);

/** Checks what the schema cannot (choices belong to this municipality; a service met in person has a place). */
async function valuesOf(db: Executor, t: Tenant, input: ServiceInput): Promise<ServiceValues> {
  const fields: Record<string, FieldError> = {};
  const choice = { key: 'validation.choice' };
  if (input.quartierId && !(await quartiereOf(db, t)).some((q) => q.id === input.quartierId))
    fields.quartierId = choice;
  if (input.providerId && !(await providersOf(db, t)).some((p) => p.id === input.providerId))
    fields.providerId = choice;
  if (input.roomId && !(await findRoom(db, t, input.roomId))) fields.roomId = choice;
  const address = [input.street, input.postcode, input.city].filter((x) => x);
  if (address.length > 0 && address.length < 3) fields.street = { key: 'counselling.services.error.address' };
  if (input.channels.includes('in_person') && !input.roomId && address.length < 3)
    fields.street = { key: 'counselling.services.error.place' };
  if (Object.keys(fields).length > 0) throw invalidService(fields);
  const full = address.length === 3;
  return {
    providerId: input.providerId ?? null,
    quartierId: input.quartierId ?? null,
    topics: input.topics,
    languages: input.languages,
    channels: input.channels,
    roomId: input.roomId ?? null,
    street: full ? input.street! : null,
    postcode: full ? input.postcode! : null,
    city: full ? input.city! : null,
    wheelchairAccessible: input.wheelchairAccessible,
    stepFree: input.stepFree,
    hearingLoop: input.hearingLoop,
    audience: input.audience,
    slotMinutes: input.slotMinutes,
    bufferMinutes: input.bufferMinutes,
    minNoticeHours: input.minNoticeHours,
    horizonDays: input.horizonDays,
    cancelCutoffHours: input.cancelCutoffHours,
    walkInHours: input.walkInHours?.trim() || null,
    contactPhone: input.contactPhone ?? null,
    active: input.active,
    sourceLocale: input.sourceLocale,
  };
}

/** Adds a service with its title and description in the source language. */
export async function createService(uc: UseCase, input: ServiceInput): Promise<string> {
  const t = useCaseTenant(uc);
  const v = await valuesOf(uc.tx, t, input);
  const id = await insertService(uc.tx, t, v);
  const text = { serviceId: id, locale: v.sourceLocale, title: input.title, description: input.description ?? '' };
  await saveServiceText(uc.tx, t, { ...text, sourceHash: null, now: uc.now });
  uc.record({ action: 'create', subjectType: 'counselling.service', subjectId: id, after: summarize(v, SUMMARY) });
  return id;
}

/** Changes a service; appointments already booked stay as they are (the rules apply to new bookings). */
export async function changeService(uc: UseCase, id: string, input: ServiceInput): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findService(uc.tx, t, id);
  if (!before) throw notFound('service');
  const v = await valuesOf(uc.tx, t, input);
  await updateService(uc.tx, t, id, v, uc.now);
  const text = { serviceId: id, locale: v.sourceLocale, title: input.title, description: input.description ?? '' };
  await saveServiceText(uc.tx, t, { ...text, sourceHash: null, now: uc.now });
  const [b, a] = [summarize(before, SUMMARY), summarize(v, SUMMARY)];
  uc.record({ action: 'update', subjectType: 'counselling.service', subjectId: id, before: b, after: a });
}

/** Saves a translation, remembering which source text it was made from (outdated once the source changes). */
export async function translateService(
  uc: UseCase,
  id: string,
  locale: Locale,
  text: { title: string; description: string },
): Promise<void> {
  const t = useCaseTenant(uc);
  const service = await findService(uc.tx, t, id);
  if (!service) throw notFound('service');
  const texts = await serviceTexts(uc.tx, t, [id]);
  const hash =
    locale === service.sourceLocale ? null : serviceContentTexts.translationHash(texts, service.sourceLocale);
  await saveServiceText(uc.tx, t, { serviceId: id, locale, ...text, sourceHash: hash, now: uc.now });
  uc.record({ action: 'update', subjectType: 'counselling.service', subjectId: id, after: { translated: locale } });
}

/** The people of the municipality who hold the counsellor role (and may sign in), as choices. */
export async function counsellorCandidates(db: Executor, t: Tenant): Promise<{ id: string; name: string }[]> {
  const people = await listPeople(db, t);
  return people
    .filter((p) => !p.disabled && p.grants.some((g) => g.role === 'counsellor'))
    .map((p) => ({ id: p.id, name: p.displayName }));
}

/** Makes a person with the counsellor role a counsellor of the service (again active when they were before). */
export async function addCounsellor(uc: UseCase, serviceId: string, input: CounsellorInput): Promise<string> {
  const t = useCaseTenant(uc);
  if (!(await findService(uc.tx, t, serviceId))) throw notFound('service');
  if (!(await counsellorCandidates(uc.tx, t)).some((p) => p.id === input.userId))
    throw invalidService({ userId: { key: 'counselling.services.error.counsellor' } });
  const id = await upsertCounsellor(uc.tx, t, { serviceId, ...input });
  const after = { serviceId, userId: input.userId, languages: input.languages.join(','), active: true };
  uc.record({ action: 'create', subjectType: 'counselling.counsellor', subjectId: id, after });
  return id;
}

/** Deactivates a counsellor (their booked appointments stay; no new slots are offered with them) or activates. */
export async function setCounsellor(uc: UseCase, serviceId: string, id: string, active: boolean): Promise<void> {
  const t = useCaseTenant(uc);
  const before = (await counsellorsOf(uc.tx, t, { serviceIds: [serviceId] })).find((c) => c.id === id);
  if (!before || !(await setCounsellorActive(uc.tx, t, serviceId, id, active))) throw notFound('counsellor');
  uc.record({
    action: 'update',
    subjectType: 'counselling.counsellor',
    subjectId: id,
    before: { active: before.active },
    after: { active },
  });
}
