import { notFound } from '../../platform/http/app-error.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { getQuartier, providersOf } from '../directory/index.ts';
import { invalidFlat, mayMove } from './flats.policy.ts';
import {
  findFlatRow,
  type FlatRow,
  type FlatValues,
  insertFlat,
  updateFlat,
  updateFlatStatus,
} from './flats.repository.ts';
import type { FlatInput } from './flats.schema.ts';
import { flatTexts } from './flats.texts.ts';
import { deleteText, textsOf, upsertText } from './flats.texts.repository.ts';
import type { FlatStatus } from './housing.tables.ts';

/** `scope`: the providers whose flats the person works on (null: all of the municipality). */
export type Scope = readonly string[] | null;

function values(input: FlatInput, providerId: string): FlatValues {
  const cert = input.hasCertificate;
  return {
    providerId,
    quartierId: input.quartierId ?? null,
    street: input.street,
    postcode: input.postcode,
    city: input.city,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    rooms: input.rooms,
    areaM2: input.areaM2,
    floor: input.floor,
    hasLift: input.hasLift,
    stepFree: input.stepFree,
    wheelchairAccessible: input.wheelchairAccessible,
    coldRentCents: input.coldRent,
    serviceChargesCents: input.serviceCharges ?? 0,
    heatingCents: input.heating ?? 0,
    depositCents: input.deposit ?? 0,
    wbsRequired: input.wbsRequired,
    availableFrom: input.availableFrom,
    petsAllowed: input.petsAllowed,
    // Without a certificate the energy figures are not advertised (and not kept half-filled).
    energyCertificate: cert ? (input.energyCertificate ?? null) : null,
    energyKwh: cert ? (input.energyKwh ?? null) : null,
    energyClass: cert ? (input.energyClass ?? null) : null,
    heatingSource: cert ? (input.heatingSource ?? null) : null,
    buildingYear: cert ? (input.buildingYear ?? null) : null,
    sourceLocale: input.sourceLocale,
  };
}

// The audit keeps codes and numbers; of the address and texts only that they are set.
const summary = (v: Partial<FlatValues> & { status?: FlatStatus }) =>
  summarize(
    v,
    ['providerId', 'quartierId', 'rooms', 'areaM2', 'coldRentCents', 'depositCents', 'wbsRequired', 'status'],
    ['street'],
  );

/** The provider a flat is listed for: one of the person's own, or (administrators) any of the municipality's. */
async function providerFor(uc: UseCase, scope: Scope, wanted: string | undefined): Promise<string> {
  const own = scope ?? (await providersOf(uc.tx, useCaseTenant(uc))).map((p) => p.id);
  const id = wanted ?? (own.length === 1 ? own[0] : undefined);
  if (!id) throw invalidFlat({ providerId: { key: 'validation.required' } });
  if (!own.includes(id)) throw invalidFlat({ providerId: { key: 'validation.choice' } });
  return id;
}

async function checkQuartier(uc: UseCase, quartierId: string | undefined): Promise<void> {
  if (!quartierId) return;
  try {
    await getQuartier(uc.tx, useCaseTenant(uc), quartierId);
  } catch {
    throw invalidFlat({ quartierId: { key: 'validation.choice' } });
  }
}

/** A flat of the scope, or 404: another provider's flat is not there for a landlord. */
export async function flatInScope(uc: UseCase, scope: Scope, id: string): Promise<FlatRow> {
  const flat = await findFlatRow(uc.tx, useCaseTenant(uc), id, scope ?? undefined);
  if (!flat) throw notFound('flat');
  return flat;
}

async function saveSource(uc: UseCase, flatId: string, locale: Locale, input: FlatInput): Promise<void> {
  const text = { flatId, locale, title: input.title, description: input.description ?? '', sourceHash: null };
  await upsertText(uc.tx, useCaseTenant(uc), text, uc.now);
}

/** Lists a new flat (a draft) with its source text. */
export async function createFlat(uc: UseCase, scope: Scope, input: FlatInput): Promise<string> {
  const providerId = await providerFor(uc, scope, input.providerId);
  await checkQuartier(uc, input.quartierId);
  const v = values(input, providerId);
  const id = await insertFlat(uc.tx, useCaseTenant(uc), v);
  await saveSource(uc, id, v.sourceLocale, input);
  uc.record({
    action: 'create',
    subjectType: 'housing.flat',
    subjectId: id,
    after: summary({ ...v, status: 'draft' }),
  });
  return id;
}

/** Changes a flat of the scope (its provider only within the scope). */
export async function changeFlat(uc: UseCase, scope: Scope, id: string, input: FlatInput): Promise<void> {
  const before = await flatInScope(uc, scope, id);
  const providerId = await providerFor(uc, scope, input.providerId ?? before.providerId);
  await checkQuartier(uc, input.quartierId);
  const v = values(input, providerId);
  await updateFlat(uc.tx, useCaseTenant(uc), id, v, uc.now);
  await saveSource(uc, id, v.sourceLocale, input);
  uc.record({
    action: 'update',
    subjectType: 'housing.flat',
    subjectId: id,
    before: summary(before),
    after: summary(v),
  });
}

/** Moves a flat to another status, along the allowed transitions only (422 naming the status otherwise). */
export async function changeFlatStatus(uc: UseCase, scope: Scope, id: string, to: FlatStatus): Promise<void> {
  const flat = await flatInScope(uc, scope, id);
  if (!mayMove(flat.status, to)) {
    throw invalidFlat({ status: { key: 'housing.flats.error.transition' } });
  }
  await updateFlatStatus(uc.tx, useCaseTenant(uc), id, to, uc.now);
  const subject = { subjectType: 'housing.flat', subjectId: id };
  uc.record({ action: 'update', ...subject, before: { status: flat.status }, after: { status: to } });
}

/** Saves a translation of a flat's title and description (empty: removes it), recording the source's hash. */
export async function saveFlatTranslation(
  uc: UseCase,
  scope: Scope,
  id: string,
  locale: Locale,
  input: { title?: string | undefined; description?: string | undefined },
): Promise<void> {
  const t = useCaseTenant(uc);
  const flat = await flatInScope(uc, scope, id);
  if (locale === flat.sourceLocale) throw invalidFlat({ title: { key: 'housing.flats.error.isSource' } });
  const subject = { subjectType: 'housing.flat', subjectId: id };
  if (!input.title) {
    if (input.description) throw invalidFlat({ title: { key: 'validation.required' } });
    await deleteText(uc.tx, t, id, locale);
    uc.record({ action: 'update', ...subject, after: { translationRemoved: locale } });
    return;
  }
  const hash = flatTexts.translationHash(await textsOf(uc.tx, t, [id]), flat.sourceLocale);
  await upsertText(
    uc.tx,
    t,
    { flatId: id, locale, title: input.title, description: input.description ?? '', sourceHash: hash },
    uc.now,
  );
  uc.record({ action: 'update', ...subject, after: { translation: locale, sourceHash: hash } });
}
