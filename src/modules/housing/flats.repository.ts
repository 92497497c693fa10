import type { PageOf, PageSlice } from '../../platform/db/paginate.ts';
import { paginate } from '../../platform/db/paginate.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { EnergyClass, FlatStatus, FlatTable } from './housing.tables.ts';
import './photos.tables.ts';

/** A flat as the services see it: numbers as numbers, days as `YYYY-MM-DD`, money in cents. */
export interface FlatRow {
  id: string;
  providerId: string;
  quartierId: string | null;
  status: FlatStatus;
  street: string;
  postcode: string;
  city: string;
  lat: number | null;
  lon: number | null;
  rooms: number;
  areaM2: number;
  floor: number;
  hasLift: boolean;
  stepFree: boolean;
  wheelchairAccessible: boolean;
  coldRentCents: number;
  serviceChargesCents: number;
  heatingCents: number;
  depositCents: number;
  wbsRequired: boolean;
  availableFrom: string;
  petsAllowed: boolean;
  energyCertificate: 'demand' | 'consumption' | null;
  energyKwh: number | null;
  energyClass: EnergyClass | null;
  heatingSource: string | null;
  buildingYear: number | null;
  sourceLocale: Locale;
  updatedAt: Date;
}

/** What a create or a change writes (everything but the id, status and times). */
export type FlatValues = Omit<FlatRow, 'id' | 'status' | 'updatedAt'>;

type Stored = { [K in keyof FlatTable]: FlatTable[K] extends { __select__: infer S } ? S : FlatTable[K] };

const day = (d: string | Date): string => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

function toRow(r: Stored): FlatRow {
  return {
    id: r.id,
    providerId: r.provider_id,
    quartierId: r.quartier_id,
    status: r.status,
    street: r.street,
    postcode: r.postcode,
    city: r.city,
    lat: r.lat,
    lon: r.lon,
    rooms: Number(r.rooms),
    areaM2: Number(r.area_m2),
    floor: r.floor,
    hasLift: r.has_lift,
    stepFree: r.step_free,
    wheelchairAccessible: r.wheelchair_accessible,
    coldRentCents: r.cold_rent_cents,
    serviceChargesCents: r.service_charges_cents,
    heatingCents: r.heating_cents,
    depositCents: r.deposit_cents,
    wbsRequired: r.wbs_required,
    availableFrom: day(r.available_from),
    petsAllowed: r.pets_allowed,
    energyCertificate: r.energy_certificate,
    energyKwh: num(r.energy_kwh),
    energyClass: r.energy_class,
    heatingSource: r.heating_source,
    buildingYear: r.building_year,
    sourceLocale: r.source_locale,
    updatedAt: r.updated_at,
  };
}

function columns(v: FlatValues) {
  return {
    provider_id: v.providerId,
    quartier_id: v.quartierId,
    street: v.street,
    postcode: v.postcode,
    city: v.city,
    lat: v.lat,
    lon: v.lon,
    rooms: v.rooms,
    area_m2: v.areaM2,
    floor: v.floor,
    has_lift: v.hasLift,
    step_free: v.stepFree,
    wheelchair_accessible: v.wheelchairAccessible,
    cold_rent_cents: v.coldRentCents,
    service_charges_cents: v.serviceChargesCents,
    heating_cents: v.heatingCents,
    deposit_cents: v.depositCents,
    wbs_required: v.wbsRequired,
    available_from: v.availableFrom,
    pets_allowed: v.petsAllowed,
    energy_certificate: v.energyCertificate,
    energy_kwh: v.energyKwh,
    energy_class: v.energyClass,
    heating_source: v.heatingSource,
    building_year: v.buildingYear,
    source_locale: v.sourceLocale,
  };
}

function flats(db: Executor, t: Tenant) {
  return db.selectFrom('housing_flats').where('municipality_id', '=', t.municipalityId);
}

/** One flat of the tenant (of one of `providerIds` when given: a landlord's own), or undefined. */
export async function findFlatRow(
  db: Executor,
  t: Tenant,
  id: string,
  providerIds?: readonly string[],
): Promise<FlatRow | undefined> {
  let q = flats(db, t).selectAll().where('id', '=', id);
  if (providerIds) q = providerIds.length === 0 ? q.where('id', 'is', null) : q.where('provider_id', 'in', providerIds);
  const r = await q.executeTakeFirst();
  return r ? toRow(r) : undefined;
}

/** The tenant's flats for staff (of `providerIds` only, when given), newest change first. */
export async function staffFlatRows(
  db: Executor,
  t: Tenant,
  providerIds: readonly string[] | null,
  status: FlatStatus | undefined,
  page: PageSlice,
): Promise<PageOf<FlatRow>> {
  let q = flats(db, t);
  if (providerIds) q = providerIds.length === 0 ? q.where('id', 'is', null) : q.where('provider_id', 'in', providerIds);
  if (status) q = q.where('status', '=', status);
  const { rows, total } = await paginate(q, page, (x) => x.selectAll().orderBy('updated_at', 'desc').orderBy('id'));
  return { rows: rows.map(toRow), total };
}

/** What the public search filters by (all optional). */
export interface FlatFilter {
  quartierId?: string;
  minRooms?: number;
  maxRentCents?: number;
  stepFree?: boolean;
  wheelchair?: boolean;
  wbs?: 'required' | 'free';
}

/** Published flats of the tenant that fit the filter, soonest available first. */
export async function publishedFlatRows(
  db: Executor,
  t: Tenant,
  f: FlatFilter,
  page: PageSlice,
): Promise<PageOf<FlatRow>> {
  let q = flats(db, t).where('status', '=', 'published');
  if (f.quartierId) q = q.where('quartier_id', '=', f.quartierId);
  if (f.minRooms !== undefined) q = q.where('rooms', '>=', f.minRooms);
  if (f.maxRentCents !== undefined) {
    // The warm rent: what a household pays each month.
    q = q.where((eb) =>
      eb(eb('cold_rent_cents', '+', eb('service_charges_cents', '+', eb.ref('heating_cents'))), '<=', f.maxRentCents!),
    );
  }
  if (f.stepFree) q = q.where('step_free', '=', true);
  if (f.wheelchair) q = q.where('wheelchair_accessible', '=', true);
  if (f.wbs) q = q.where('wbs_required', '=', f.wbs === 'required');
  const { rows, total } = await paginate(q, page, (x) => x.selectAll().orderBy('available_from').orderBy('id'));
  return { rows: rows.map(toRow), total };
}

export async function insertFlat(db: Executor, t: Tenant, v: FlatValues): Promise<string> {
  const row = await db
    .insertInto('housing_flats')
    .values({ municipality_id: t.municipalityId, ...columns(v) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateFlat(db: Executor, t: Tenant, id: string, v: FlatValues, now: Date): Promise<void> {
  await db
    .updateTable('housing_flats')
    .set({ ...columns(v), updated_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

export async function updateFlatStatus(db: Executor, t: Tenant, id: string, status: FlatStatus, now: Date) {
  await db
    .updateTable('housing_flats')
    .set({ status, updated_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** How many of the providers' flats are drafts. */
export async function draftCount(db: Executor, t: Tenant, providerIds: readonly string[] | null): Promise<number> {
  let q = flats(db, t).where('status', '=', 'draft');
  if (providerIds) q = providerIds.length === 0 ? q.where('id', 'is', null) : q.where('provider_id', 'in', providerIds);
  const r = await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
