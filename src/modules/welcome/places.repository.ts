import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { contentTexts, sourceHash } from '../../platform/i18n/content-texts.ts';

/** A place as the part reads and writes it. */
export interface Place {
  id: string;
  kind: string;
  name: string;
  quartierId: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  openingHours: string | null;
  byAppointment: boolean;
  languages: string[];
  wheelchair: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** OSM tags of an import that no field holds; given back on export. */
  osmTags: Record<string, string>;
  osmId: string | null;
}

export type PlaceValues = Omit<Place, 'id'>;

/** A place's description in one language (German source; translations with the source's hash). */
export interface PlaceText {
  placeId: string;
  locale: string;
  description: string;
  sourceHash: string | null;
}

export const placeTexts = contentTexts<PlaceText>({ hash: (s) => sourceHash(s.description) });

const COLUMNS = [
  'id',
  'kind',
  'name',
  'quartier_id as quartierId',
  'street',
  'postcode',
  'city',
  'lat',
  'lon',
  'opening_hours as openingHours',
  'by_appointment as byAppointment',
  'languages',
  'wheelchair',
  'phone',
  'email',
  'website',
  'osm_tags as osmTags',
  'osm_id as osmId',
] as const;

// PGlite and pg hand back jsonb already parsed; a string (an older driver) is parsed here.
function placeOf(r: Omit<Place, 'osmTags'> & { osmTags: unknown }): Place {
  const tags = typeof r.osmTags === 'string' ? JSON.parse(r.osmTags) : r.osmTags;
  return {
    ...r,
    lat: r.lat === null ? null : Number(r.lat),
    lon: r.lon === null ? null : Number(r.lon),
    osmTags: tags ?? {},
  };
}

/** Every place of the tenant, by name (a municipality has tens, not thousands). */
export async function listPlaces(
  db: Executor,
  t: Tenant,
  f: { kind?: string; language?: string; wheelchair?: boolean } = {},
) {
  let q = db.selectFrom('welcome_places').select(COLUMNS).where('municipality_id', '=', t.municipalityId);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.language) q = q.where(sql<boolean>`${f.language} = any(languages)`);
  if (f.wheelchair) q = q.where('wheelchair', '=', 'yes');
  const rows = await q.orderBy('name').orderBy('id').limit(1000).execute();
  return rows.map(placeOf);
}

/** One place of the tenant, or null. */
export async function findPlace(db: Executor, t: Tenant, id: string): Promise<Place | null> {
  const row = await db
    .selectFrom('welcome_places')
    .select(COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? placeOf(row) : null;
}

/** The languages spoken at any of the tenant's places (the filter's choices). */
export async function spokenLanguages(db: Executor, t: Tenant): Promise<string[]> {
  const rows = await sql<{ l: string }>`
    select distinct unnest(languages) as l from welcome_places where municipality_id = ${t.municipalityId} order by 1`.execute(
    db,
  );
  return rows.rows.map((r) => r.l);
}

function columnsOf(v: PlaceValues) {
  return {
    kind: v.kind,
    name: v.name,
    quartier_id: v.quartierId,
    street: v.street,
    postcode: v.postcode,
    city: v.city,
    lat: v.lat,
    lon: v.lon,
    opening_hours: v.openingHours,
    by_appointment: v.byAppointment,
    languages: v.languages,
    wheelchair: v.wheelchair,
    phone: v.phone,
    email: v.email,
    website: v.website,
    osm_tags: JSON.stringify(v.osmTags),
    osm_id: v.osmId,
  };
}

export async function insertPlace(db: Executor, t: Tenant, v: PlaceValues): Promise<string> {
  const row = await db
    .insertInto('welcome_places')
    .values({ municipality_id: t.municipalityId, ...columnsOf(v) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a place; false when the tenant has no such place. */
export async function updatePlace(db: Executor, t: Tenant, id: string, v: PlaceValues, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('welcome_places')
    .set({ ...columnsOf(v), updated_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Deletes a place (its texts go with it); false when the tenant has no such place. */
export async function deletePlace(db: Executor, t: Tenant, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('welcome_places')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The place with this OSM id, for an import that updates rather than doubles. */
export async function placeByOsmId(db: Executor, t: Tenant, osmId: string): Promise<string | null> {
  const row = await db
    .selectFrom('welcome_places')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('osm_id', '=', osmId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The texts of the given places. */
export async function placeTextsOf(db: Executor, t: Tenant, ids: readonly string[]): Promise<PlaceText[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('welcome_place_texts')
    .select(['place_id as placeId', 'locale', 'description', 'source_hash as sourceHash'])
    .where('municipality_id', '=', t.municipalityId)
    .where('place_id', 'in', ids)
    .execute();
}

/** Writes (or, with an empty description, removes) a place's text in one language. */
export async function upsertPlaceText(db: Executor, t: Tenant, text: PlaceText, now: Date): Promise<void> {
  const key = { municipality_id: t.municipalityId, place_id: text.placeId, locale: text.locale };
  if (text.description === '') {
    await db
      .deleteFrom('welcome_place_texts')
      .where('municipality_id', '=', key.municipality_id)
      .where('place_id', '=', key.place_id)
      .where('locale', '=', key.locale)
      .execute();
    return;
  }
  await db
    .insertInto('welcome_place_texts')
    .values({ ...key, description: text.description, source_hash: text.sourceHash, updated_at: now })
    .onConflict((oc) =>
      oc
        .columns(['municipality_id', 'place_id', 'locale'])
        .doUpdateSet({ description: text.description, source_hash: text.sourceHash, updated_at: now }),
    )
    .execute();
}
