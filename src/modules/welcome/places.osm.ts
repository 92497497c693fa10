import type { PlaceKind } from './welcome.tables.ts';
import type { Place, PlaceValues } from './places.repository.ts';

/**
 * Places as OpenStreetMap tags, both ways: the GeoJSON export carries OSM-compatible tags (`amenity`, `office`,
 * `healthcare`, `opening_hours`, `wheelchair`, `phone`, `website`, `addr:*`, `language:<code>=yes`), and an
 * import reads them back into fields. Every tag no field holds is kept in `osm_tags` and given back on export, so
 * that an import followed by an export loses nothing.
 */

/** The tags that say what a place is, per kind; the first kind whose tags all match wins on import. */
const KIND_TAGS: readonly [PlaceKind, Readonly<Record<string, string>>][] = [
  ['tafel', { amenity: 'social_facility', social_facility: 'food_bank' }],
  ['counselling', { amenity: 'social_facility', social_facility: 'outreach' }],
  ['language_school', { amenity: 'language_school' }],
  ['kita', { amenity: 'kindergarten' }],
  ['school', { amenity: 'school' }],
  ['doctor', { amenity: 'doctors', healthcare: 'doctor' }],
  ['doctor', { healthcare: 'doctor' }],
  ['doctor', { amenity: 'doctors' }],
  ['community_centre', { amenity: 'community_centre' }],
  ['authority', { office: 'government' }],
  ['library', { amenity: 'library' }],
  ['sport', { leisure: 'sports_centre' }],
  ['religious', { amenity: 'place_of_worship' }],
];

/** OSM's tag for "only by appointment". */
const APPOINTMENT: [string, string] = ['reservation', 'required'];
const LANGUAGE_TAG = /^language:([a-z]{2,3})$/;
const OSM_ID = /^(node|way|relation)\/[0-9]{1,20}$/;
const HOUSE_NUMBER = /^(.*\S)\s+(\d+\s?[a-zA-Z]?(?:[-/]\d+[a-zA-Z]?)?)$/;

/** The OSM tags of a place: kind, fields, then the kept tags (a field wins over a kept tag of the same key). */
export function tagsOf(p: Place): Record<string, string> {
  const tags: Record<string, string> = { ...p.osmTags };
  const kind = KIND_TAGS.find(([k]) => k === p.kind);
  if (kind) Object.assign(tags, kind[1]);
  const set = (k: string, v: string | null | undefined) => {
    if (v) tags[k] = v;
  };
  set('name', p.name);
  if (p.street) {
    const m = HOUSE_NUMBER.exec(p.street);
    set('addr:street', m ? m[1] : p.street);
    set('addr:housenumber', m?.[2]);
  }
  set('addr:postcode', p.postcode);
  set('addr:city', p.city);
  set('opening_hours', p.openingHours);
  if (p.byAppointment) tags[APPOINTMENT[0]] = APPOINTMENT[1];
  set('wheelchair', p.wheelchair);
  set('phone', p.phone);
  set('email', p.email);
  set('website', p.website);
  for (const l of p.languages) tags[`language:${l}`] = 'yes';
  return tags;
}

/** The GeoJSON of the places with coordinates: a FeatureCollection of points with OSM tags as properties. */
export function featureCollection(places: readonly Place[], href: (id: string) => string) {
  return {
    type: 'FeatureCollection' as const,
    features: places
      .filter((p) => p.lat !== null && p.lon !== null)
      .map((p) => ({
        type: 'Feature' as const,
        id: p.osmId ?? p.id,
        geometry: { type: 'Point' as const, coordinates: [p.lon!, p.lat!] },
        properties: { ...tagsOf(p), 'zuhause:url': href(p.id) },
      })),
  };
}

/** Why an imported feature was not taken: a message key of the places catalog. */
export type ImportProblem =
  | 'welcome.places.import.noPoint'
  | 'welcome.places.import.noName'
  | 'welcome.places.import.badField';

export type Imported = { ok: true; values: PlaceValues } | { ok: false; problem: ImportProblem };

const take = (tags: Record<string, string>, ...keys: string[]): string | null => {
  for (const k of keys) {
    const v = tags[k];
    if (v !== undefined) {
      delete tags[k];
      return v;
    }
  }
  return null;
};

function kindOf(tags: Record<string, string>): PlaceKind {
  const hit = KIND_TAGS.find(([, t]) => Object.entries(t).every(([k, v]) => tags[k] === v));
  if (!hit) return 'other';
  for (const k of Object.keys(hit[1])) delete tags[k];
  return hit[0];
}

/** The fields of one GeoJSON feature (a point with OSM tags), the remaining tags kept. */
export function fromFeature(feature: unknown): Imported {
  const f = feature as { id?: unknown; geometry?: { type?: unknown; coordinates?: unknown }; properties?: unknown };
  const coords = f?.geometry?.type === 'Point' ? f.geometry.coordinates : null;
  if (!Array.isArray(coords) || typeof coords[0] !== 'number' || typeof coords[1] !== 'number')
    return { ok: false, problem: 'welcome.places.import.noPoint' };
  const tags: Record<string, string> = {};
  const props = f.properties && typeof f.properties === 'object' ? (f.properties as Record<string, unknown>) : {};
  for (const [k, v] of Object.entries(props))
    if ((typeof v === 'string' || typeof v === 'number') && k !== 'zuhause:url') tags[k] = String(v);
  const name = take(tags, 'name');
  if (!name) return { ok: false, problem: 'welcome.places.import.noName' };
  const kind = kindOf(tags);
  const streetName = take(tags, 'addr:street');
  const number = take(tags, 'addr:housenumber');
  const languages = Object.keys(tags).flatMap((k) => {
    const m = LANGUAGE_TAG.exec(k);
    if (!m || tags[k] !== 'yes') return [];
    delete tags[k];
    return [m[1]!];
  });
  const appointment = tags[APPOINTMENT[0]] === APPOINTMENT[1];
  if (appointment) delete tags[APPOINTMENT[0]];
  const wheelchair = ['yes', 'limited', 'no'].includes(tags.wheelchair ?? '') ? take(tags, 'wheelchair') : null;
  const id = typeof f.id === 'string' && OSM_ID.test(f.id) ? f.id : null;
  const values: PlaceValues = {
    kind,
    name,
    quartierId: null,
    street: streetName ? [streetName, number].filter(Boolean).join(' ') : null,
    postcode: take(tags, 'addr:postcode'),
    city: take(tags, 'addr:city'),
    lat: coords[1],
    lon: coords[0],
    openingHours: take(tags, 'opening_hours'),
    byAppointment: appointment,
    languages,
    wheelchair,
    phone: take(tags, 'phone', 'contact:phone'),
    email: take(tags, 'email', 'contact:email'),
    website: take(tags, 'website', 'contact:website'),
    osmTags: tags,
    osmId: id,
  };
  if (streetName === null && number !== null) values.osmTags['addr:housenumber'] = number;
  return { ok: true, values };
}
