import { AppError, notFound } from '../../platform/http/app-error.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { quartiereOf } from '../directory/index.ts';
import { fromFeature, type ImportProblem } from './places.osm.ts';
import {
  deletePlace,
  findPlace,
  insertPlace,
  type Place,
  type PlaceValues,
  placeByOsmId,
  placeTextsOf,
  placeTexts,
  updatePlace,
  upsertPlaceText,
} from './places.repository.ts';
import { importedValues, type PlaceInput } from './places.schema.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

const SUBJECT = 'welcome.place';
const KEEP = ['kind', 'quartierId', 'postcode', 'lat', 'lon', 'byAppointment', 'wheelchair', 'osmId'] as const;
const MARK = ['name', 'street', 'openingHours', 'phone', 'email', 'website'] as const;

/** A place's audit summary: codes and numbers as they are, free text only as "filled". */
const summaryOf = (v: PlaceValues | Place | null) => summarize(v, [...KEEP], [...MARK]);

async function valuesOf(uc: UseCase, input: PlaceInput, kept: Place | null): Promise<PlaceValues> {
  const t = useCaseTenant(uc);
  if (input.quartierId && !(await quartiereOf(uc.tx, t)).some((q) => q.id === input.quartierId)) {
    throw new AppError(
      'welcome.place.quartier',
      422,
      'validation.choice',
      {},
      { quartierId: { key: 'validation.choice' } },
    );
  }
  return {
    kind: input.kind,
    name: input.name,
    quartierId: input.quartierId ?? null,
    street: input.street ?? null,
    postcode: input.postcode ?? null,
    city: input.city ?? null,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    openingHours: input.openingHours ?? null,
    byAppointment: input.byAppointment,
    languages: input.languages ?? [],
    wheelchair: input.wheelchair ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    website: input.website ?? null,
    // What an import brought and no field holds stays with the place.
    osmTags: kept?.osmTags ?? {},
    osmId: kept?.osmId ?? null,
  };
}

async function saveDescription(uc: UseCase, placeId: string, description: string | undefined) {
  const t = useCaseTenant(uc);
  const text = { placeId, locale: SOURCE_LOCALE, description: description ?? '', sourceHash: null };
  await upsertPlaceText(uc.tx, t, text, uc.now);
}

/** Adds a place with its German description. */
export async function createPlace(uc: UseCase, input: PlaceInput): Promise<string> {
  const values = await valuesOf(uc, input, null);
  const id = await insertPlace(uc.tx, useCaseTenant(uc), values);
  await saveDescription(uc, id, input.description);
  uc.record({ action: 'create', subjectType: SUBJECT, subjectId: id, after: summaryOf(values) });
  return id;
}

/** Changes a place and its German description (the OSM tags of an import stay). */
export async function changePlace(uc: UseCase, id: string, input: PlaceInput): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findPlace(uc.tx, t, id);
  if (!before) throw notFound('place');
  const values = await valuesOf(uc, input, before);
  await updatePlace(uc.tx, t, id, values, uc.now);
  await saveDescription(uc, id, input.description);
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: id,
    before: summaryOf(before),
    after: summaryOf(values),
  });
}

/** Deletes a place with its texts. */
export async function removePlace(uc: UseCase, id: string): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findPlace(uc.tx, t, id);
  if (!before || !(await deletePlace(uc.tx, t, id))) throw notFound('place');
  uc.record({ action: 'delete', subjectType: SUBJECT, subjectId: id, before: summaryOf(before) });
}

/** Saves a place's description in another language, with the hash of the German text it was made from. */
export async function translatePlace(uc: UseCase, id: string, locale: string, description: string): Promise<void> {
  const t = useCaseTenant(uc);
  if (!(await findPlace(uc.tx, t, id))) throw notFound('place');
  const hash = placeTexts.translationHash(await placeTextsOf(uc.tx, t, [id]), SOURCE_LOCALE);
  // A translation needs its German source first.
  if (!hash) {
    const key = 'welcome.places.admin.noSource';
    throw new AppError('welcome.place.noSource', 422, key, {}, { description: { key } });
  }
  await upsertPlaceText(uc.tx, t, { placeId: id, locale, description, sourceHash: hash }, uc.now);
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: id,
    after: { locale, description: description !== '' },
  });
}

export interface ImportResult {
  created: number;
  updated: number;
  /** Skipped features: their position in the collection (from 1) and why. */
  skipped: { index: number; problem: ImportProblem }[];
}

/**
 * Imports a GeoJSON FeatureCollection of points with OSM tags: a feature with an OSM id the municipality already
 * has updates that place (its description stays), any other is added; unknown tags are kept in `osm_tags`.
 */
export async function importPlaces(uc: UseCase, features: readonly unknown[]): Promise<ImportResult> {
  const t = useCaseTenant(uc);
  const result: ImportResult = { created: 0, updated: 0, skipped: [] };
  for (const [i, feature] of features.entries()) {
    const read = fromFeature(feature);
    if (!read.ok || !importedValues.safeParse(read.values).success) {
      result.skipped.push({ index: i + 1, problem: read.ok ? 'welcome.places.import.badField' : read.problem });
      continue;
    }
    const existing = read.values.osmId ? await placeByOsmId(uc.tx, t, read.values.osmId) : null;
    if (existing) await updatePlace(uc.tx, t, existing, read.values, uc.now);
    const id = existing ?? (await insertPlace(uc.tx, t, read.values));
    result[existing ? 'updated' : 'created'] += 1;
    uc.record({
      action: existing ? 'update' : 'create',
      subjectType: SUBJECT,
      subjectId: id,
      after: summaryOf(read.values),
    });
  }
  if (result.created + result.updated === 0) uc.refuse(result);
  return result;
}
