import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { RuleKind } from './rules.tables.ts';
import './rules.tables.ts';

/** The only file with SQL for the rule tables. Versions are inserted, never updated or deleted. */

/** A DATE column as `YYYY-MM-DD`, whichever way the driver hands it over. */
export const day = (v: string | Date): string =>
  typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);

export interface RuleSetRow {
  id: string;
  kind: RuleKind;
  validFrom: string;
  figures: unknown;
  unsure: boolean;
  source: string;
  createdAt: Date;
}

const RULE_COLUMNS = ['id', 'kind', 'valid_from', 'figures', 'unsure', 'source', 'created_at'] as const;

function ruleRow(r: {
  id: string;
  kind: RuleKind;
  valid_from: string | Date;
  figures: unknown;
  unsure: boolean;
  source: string;
  created_at: Date;
}): RuleSetRow {
  const { valid_from, created_at, ...rest } = r;
  return { ...rest, validFrom: day(valid_from), createdAt: created_at };
}

/** Every version of a state rule table, newest first. */
export async function listRuleSets(db: Executor, kind: RuleKind): Promise<RuleSetRow[]> {
  const rows = await db
    .selectFrom('housing_rule_sets')
    .select(RULE_COLUMNS)
    .where('kind', '=', kind)
    .orderBy('valid_from', 'desc')
    .execute();
  return rows.map(ruleRow);
}

/** The version of each state rule table in force on a day (the latest that started on or before it). */
export async function ruleSetsInForce(db: Executor, onDate: string): Promise<RuleSetRow[]> {
  const rows = await db
    .selectFrom('housing_rule_sets')
    .select(RULE_COLUMNS)
    .distinctOn('kind')
    .where('valid_from', '<=', onDate)
    .orderBy('kind')
    .orderBy('valid_from', 'desc')
    .execute();
  return rows.map(ruleRow);
}

export interface NewRuleSet {
  kind: RuleKind;
  validFrom: string;
  figures: unknown;
  unsure: boolean;
  source: string;
}

/** Adds a version; null when this kind already has one starting that day. */
export async function insertRuleSet(db: Executor, v: NewRuleSet): Promise<string | null> {
  const row = await db
    .insertInto('housing_rule_sets')
    .values({
      kind: v.kind,
      valid_from: v.validFrom,
      figures: JSON.stringify(v.figures),
      unsure: v.unsure,
      source: v.source,
    })
    .onConflict((oc) => oc.columns(['kind', 'valid_from']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export interface RentLimitRow {
  id: string;
  validFrom: string;
  limits: unknown;
  example: boolean;
  officeName: string;
  officeAddress: string;
  officeEmail: string | null;
  officePhone: string | null;
  createdAt: Date;
}

const RENT_COLUMNS = [
  'id',
  'valid_from as validFrom',
  'limits',
  'example',
  'office_name as officeName',
  'office_address as officeAddress',
  'office_email as officeEmail',
  'office_phone as officePhone',
  'created_at as createdAt',
] as const;

/** Every version of the municipality's rent limits, newest first. */
export async function listRentLimits(db: Executor, t: Tenant): Promise<RentLimitRow[]> {
  const rows = await db
    .selectFrom('housing_rent_limits')
    .select(RENT_COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .orderBy('valid_from', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, validFrom: day(r.validFrom) }));
}

/** The municipality's rent limits in force on a day; null when it has entered none yet. */
export async function rentLimitsInForce(db: Executor, t: Tenant, onDate: string): Promise<RentLimitRow | null> {
  const r = await db
    .selectFrom('housing_rent_limits')
    .select(RENT_COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('valid_from', '<=', onDate)
    .orderBy('valid_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? { ...r, validFrom: day(r.validFrom) } : null;
}

export interface NewRentLimits {
  validFrom: string;
  limits: number[];
  example: boolean;
  officeName: string;
  officeAddress: string;
  officeEmail: string | null;
  officePhone: string | null;
}

/** Adds a version of the municipality's rent limits; null when one starts that day already. */
export async function insertRentLimits(db: Executor, t: Tenant, v: NewRentLimits): Promise<string | null> {
  const row = await db
    .insertInto('housing_rent_limits')
    .values({
      municipality_id: t.municipalityId,
      valid_from: v.validFrom,
      limits: JSON.stringify(v.limits),
      example: v.example,
      office_name: v.officeName,
      office_address: v.officeAddress,
      office_email: v.officeEmail,
      office_phone: v.officePhone,
    })
    .onConflict((oc) => oc.columns(['municipality_id', 'valid_from']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}
