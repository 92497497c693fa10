import type { z } from 'zod';
import { AppError } from '../../platform/http/app-error.ts';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import { tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import {
  RESIDENCE_CATEGORIES,
  type RentLimits,
  type Rules,
  ruleVersionOf,
  type Versioned,
} from './eligibility.rules.ts';
import {
  day,
  insertRentLimits,
  insertRuleSet,
  listRuleSets,
  type RentLimitRow,
  type RuleSetRow,
  rentLimitsInForce,
  ruleSetsInForce,
} from './rules.repository.ts';
import {
  deductionFigures,
  deductionsForm,
  permitFigures,
  permitsForm,
  type RentLimitsInput,
  rentLimits,
  spaceFigures,
  spaceForm,
  wbsFigures,
  wbsForm,
} from './rules.schema.ts';
import { RULE_KINDS, type RuleKind } from './rules.tables.ts';

const FIGURES = { wbs: wbsFigures, deductions: deductionFigures, space: spaceFigures, permits: permitFigures } as const;
export const RULE_FORMS = { wbs: wbsForm, deductions: deductionsForm, space: spaceForm, permits: permitsForm } as const;
export type RuleFormInput<K extends RuleKind> = z.infer<(typeof RULE_FORMS)[K]>;

function versioned<K extends RuleKind>(kind: K, row: RuleSetRow | undefined): Versioned<z.infer<(typeof FIGURES)[K]>> {
  if (!row) throw new Error(`no ${kind} rules in force`);
  const figures = FIGURES[kind].parse(row.figures) as z.infer<(typeof FIGURES)[K]>;
  return { validFrom: row.validFrom, unsure: row.unsure, source: row.source, figures };
}

/** A stored rent-limit version as the engine reads it. */
export function rentLimitsOf(slug: string, row: RentLimitRow): RentLimits {
  return {
    municipality: slug,
    validFrom: row.validFrom,
    limits: rentLimits.parse(row.limits),
    example: row.example,
    office: { name: row.officeName, address: row.officeAddress, email: row.officeEmail, phone: row.officePhone },
  };
}

/**
 * The rules in force on a day: the state's tables and, for a municipality, its rent limits, with the version
 * string a decision records (`wbs:2025-02-01;…;kdu-meppen:2025-01-01`).
 */
export async function rulesInForce(db: Executor, municipalityId: string | null, date: string | Date): Promise<Rules> {
  const onDate = day(date);
  const rows = await ruleSetsInForce(db, onDate);
  // A day before a table's first recorded version takes that first version: the project keeps history from
  // the versions it knows, and says which one it used in the version string.
  for (const k of RULE_KINDS)
    if (!rows.some((r) => r.kind === k)) {
      const first = (await listRuleSets(db, k)).at(-1);
      if (first) rows.push(first);
    }
  const of = (k: RuleKind) => rows.find((r) => r.kind === k);
  let kdu: RentLimits | null = null;
  if (municipalityId) {
    const row = await rentLimitsInForce(db, tenant(municipalityId), onDate);
    const m = row && (await listMunicipalities(db)).find((x) => x.id === municipalityId);
    if (row && m) kdu = rentLimitsOf(m.slug, row);
  }
  const parts = {
    wbs: versioned('wbs', of('wbs')),
    deductions: versioned('deductions', of('deductions')),
    space: versioned('space', of('space')),
    permits: versioned('permits', of('permits')),
    kdu,
  };
  return { onDate, ...parts, ruleVersion: ruleVersionOf(parts) };
}

/** The figures of a state rule form, in the shape they are stored. */
function figuresFrom(kind: RuleKind, d: Record<string, unknown>): unknown {
  if (kind === 'space') {
    const { size1, size2, size3, size4, ...rest } = d;
    return FIGURES.space.parse({ ...rest, sizes: [size1, size2, size3, size4] });
  }
  if (kind === 'permits') {
    const categories = Object.fromEntries(RESIDENCE_CATEGORIES.map((c) => [c, d[c]]));
    return FIGURES.permits.parse({ minMonths: d.minMonths, categories });
  }
  return FIGURES[kind].parse(d);
}

const takenDay = () =>
  new AppError(
    'housing.rules.taken',
    422,
    'housing.rules.validFrom.taken',
    {},
    {
      validFrom: { key: 'housing.rules.validFrom.taken' },
    },
  );

/** Adds a version of a state rule table (state administrators); the earlier versions stay as they were. */
export async function addRuleVersion<K extends RuleKind>(
  uc: UseCase,
  kind: K,
  input: RuleFormInput<K>,
): Promise<string> {
  const { validFrom, unsure, source, ...rest } = input as { validFrom: string; unsure?: 'yes'; source?: string };
  const figures = figuresFrom(kind, rest);
  const v = { kind, validFrom, figures, unsure: unsure === 'yes', source: source ?? '' };
  const id = await insertRuleSet(uc.tx, v);
  if (!id) throw takenDay();
  const after = { kind, validFrom, unsure: v.unsure, ...flatFigures(figures) };
  uc.record({ action: 'create', subjectType: 'housing.rule_set', subjectId: id, after });
  return id;
}

// The audit summary holds numbers and codes only: the figures flattened to one level.
function flatFigures(f: unknown): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number' || typeof v === 'string') out[path] = v;
    else if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, `${path}.${i + 1}`);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(f, '');
  return out;
}

/** Adds a version of the municipality's rent limits (KdU) with its housing office contact. */
export async function addRentLimits(uc: UseCase, input: RentLimitsInput): Promise<string> {
  const limits = [input.rent1, input.rent2, input.rent3, input.rent4, input.rent5, input.rent6];
  const id = await insertRentLimits(uc.tx, useCaseTenant(uc), {
    validFrom: input.validFrom,
    limits,
    example: input.example === 'yes',
    officeName: input.officeName,
    officeAddress: input.officeAddress ?? '',
    officeEmail: input.officeEmail ?? null,
    officePhone: input.officePhone ?? null,
  });
  if (!id) throw takenDay();
  const after = { validFrom: input.validFrom, example: input.example === 'yes', ...flatFigures({ rent: limits }) };
  uc.record({ action: 'create', subjectType: 'housing.rule_set', subjectId: id, after });
  return id;
}

/** A stored version as the values of its form (to start a new version from the current one). */
export function ruleFormValues(row: RuleSetRow | undefined): Record<string, string> {
  if (!row) return {};
  const f = row.figures as Record<string, unknown>;
  const out: Record<string, string> = { source: row.source, ...(row.unsure ? { unsure: 'yes' } : {}) };
  for (const [k, v] of Object.entries(f)) {
    if (k === 'sizes' && Array.isArray(v)) for (const [i, x] of v.entries()) out[`size${i + 1}`] = String(x);
    else if (k === 'categories' && v && typeof v === 'object')
      for (const [c, x] of Object.entries(v)) out[c] = String(x);
    else out[k] = String(v);
  }
  return out;
}

/** A stored rent-limit version as form values. */
export function rentFormValues(row: RentLimitRow | undefined): Record<string, string> {
  if (!row) return {};
  const limits = rentLimits.safeParse(row.limits);
  const out: Record<string, string> = {
    officeName: row.officeName,
    officeAddress: row.officeAddress,
    officeEmail: row.officeEmail ?? '',
    officePhone: row.officePhone ?? '',
    ...(row.example ? { example: 'yes' } : {}),
  };
  if (limits.success) for (const [i, x] of limits.data.entries()) out[`rent${i + 1}`] = String(x);
  return out;
}
