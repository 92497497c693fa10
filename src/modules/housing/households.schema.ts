import { z } from 'zod';
import { isoDay, uuid } from '../../platform/http/params.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { RESIDENCE_CATEGORIES } from './eligibility.rules.ts';
import { AGE_GROUPS, type AgeGroup, ELIGIBILITY_OUTCOMES, MEMBER_ROLES, type MemberRole } from './housing.tables.ts';

/** Rows of the members table on the form (without JavaScript the form shows a fixed number of rows). */
export const MEMBER_ROWS = 10;

/**
 * Residence situations: the eligibility check's categories (RULES.md section 1). Only the category is kept, with
 * the date it is valid until; never a document, never anything about where a person comes from.
 */
export const PERMIT_CATEGORIES = RESIDENCE_CATEGORIES;

/** Income bands (annual household income after deductions, euros): a band is stored as its upper bound. */
export const INCOME_BANDS = {
  'up-to-15000': 15_000,
  'up-to-21250': 21_250,
  'up-to-28750': 28_750,
  'up-to-32500': 32_500,
  'up-to-43750': 43_750,
  'up-to-60000': 60_000,
} as const;
export type IncomeBand = keyof typeof INCOME_BANDS;

const PHONE = /^\+?[0-9 ()/-]{3,40}$/;
const checked = z.literal('on').optional();
const euros = (max: number) => z.coerce.number().min(0).max(max).optional();

export interface MemberInput {
  role: MemberRole;
  ageGroup: AgeGroup | null;
  firstName: string | null;
  disabled: boolean;
}

const memberShape = Object.fromEntries(
  Array.from({ length: MEMBER_ROWS }, (_, i) => [
    [`m${i + 1}Role`, z.enum(MEMBER_ROLES).optional()],
    [`m${i + 1}Age`, z.enum(AGE_GROUPS).optional()],
    [`m${i + 1}Name`, z.string().max(80).optional()],
    [`m${i + 1}Disabled`, checked],
  ]).flat(),
) as Record<string, z.ZodOptional<z.ZodType<string>>>;

/** The household's own fields: members, income, rent limit, needs, wishes, what it states about urgency. */
const profileShape = {
  singleParent: checked,
  annualIncome: z.coerce.number().int().min(0).max(1_000_000).optional(),
  incomeBand: z.enum(Object.keys(INCOME_BANDS) as [IncomeBand, ...IncomeBand[]]).optional(),
  onBenefits: checked,
  rentLimit: euros(10_000),
  needsStepFree: checked,
  needsWheelchair: checked,
  hasPets: checked,
  wishedQuartiere: z.union([uuid, z.array(uuid).max(50)]).optional(),
  nearLat: z.coerce.number().min(-90).max(90).optional(),
  nearLon: z.coerce.number().min(-180).max(180).optional(),
  nearMaxKm: z.coerce.number().min(0.1).max(500).optional(),
  urgencyReason: z.string().max(500).optional(),
  mustLeaveBy: isoDay('housing.households.error.date').optional(),
  permitCategory: z.enum(PERMIT_CATEGORIES).optional(),
  permitValidUntil: isoDay('housing.households.error.date').optional(),
  preferredLocale: z.enum(LOCALES),
  contactName: z.string().max(120).optional(),
  contactEmail: z.email().max(254).optional(),
  contactPhone: z.string().regex(PHONE, { error: 'housing.households.error.phone' }).optional(),
  // Carried from the eligibility check when the person came from there (`?from=check`).
  eligibilityOutcome: z.enum(ELIGIBILITY_OUTCOMES).optional(),
  eligibilityRuleVersion: z.string().max(300).optional(),
  ...memberShape,
};

type RawProfile = z.infer<z.ZodObject<typeof profileShape>> & Record<string, unknown>;

/** The members typed into the rows, in order; rows left empty are skipped. */
export function membersOf(raw: Record<string, unknown>): MemberInput[] {
  const out: MemberInput[] = [];
  for (let i = 1; i <= MEMBER_ROWS; i++) {
    const role = raw[`m${i}Role`] as MemberRole | undefined;
    if (!role) continue;
    out.push({
      role,
      ageGroup: role === 'unborn' ? null : ((raw[`m${i}Age`] as AgeGroup | undefined) ?? null),
      firstName: (raw[`m${i}Name`] as string | undefined) ?? null,
      disabled: raw[`m${i}Disabled`] === 'on',
    });
  }
  return out;
}

/** The profile as the service takes it. */
export interface HouseholdInput {
  members: MemberInput[];
  singleParent: boolean;
  annualIncome: number | null;
  onBenefits: boolean;
  rentLimitCents: number | null;
  /** Set by the service when the limit comes from the municipality's KdU table; otherwise from the form. */
  rentLimitSource?: 'kdu' | 'entered' | 'none';
  needsStepFree: boolean;
  needsWheelchair: boolean;
  hasPets: boolean;
  wishedQuartierIds: string[];
  near: { lat: number; lon: number; maxKm: number } | null;
  urgencyReason: string | null;
  mustLeaveBy: string | null;
  permitCategory: string | null;
  permitValidUntil: string | null;
  preferredLocale: (typeof LOCALES)[number];
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  eligibility: { outcome: (typeof ELIGIBILITY_OUTCOMES)[number]; ruleVersion: string } | null;
}

function toInput(v: RawProfile): HouseholdInput {
  const band = v.incomeBand ? INCOME_BANDS[v.incomeBand] : null;
  const wished = v.wishedQuartiere === undefined ? [] : [v.wishedQuartiere].flat();
  return {
    members: membersOf(v),
    singleParent: v.singleParent === 'on',
    annualIncome: v.annualIncome ?? band,
    onBenefits: v.onBenefits === 'on',
    rentLimitCents: v.rentLimit === undefined ? null : Math.round(v.rentLimit * 100),
    needsStepFree: v.needsStepFree === 'on' || v.needsWheelchair === 'on',
    needsWheelchair: v.needsWheelchair === 'on',
    hasPets: v.hasPets === 'on',
    wishedQuartierIds: [...new Set(wished)],
    near:
      v.nearLat !== undefined && v.nearLon !== undefined
        ? { lat: v.nearLat, lon: v.nearLon, maxKm: v.nearMaxKm ?? 5 }
        : null,
    urgencyReason: v.urgencyReason ?? null,
    mustLeaveBy: v.mustLeaveBy ?? null,
    permitCategory: v.permitCategory ?? null,
    permitValidUntil: v.permitValidUntil ?? null,
    preferredLocale: v.preferredLocale,
    contactName: v.contactName ?? null,
    contactEmail: v.contactEmail ?? null,
    contactPhone: v.contactPhone ?? null,
    eligibility:
      v.eligibilityOutcome && v.eligibilityRuleVersion
        ? { outcome: v.eligibilityOutcome, ruleVersion: v.eligibilityRuleVersion }
        : null,
  };
}

/** Checks that span fields: at least one adult, a place to be near given in full, not both income ways. */
function checkProfile(v: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const members = membersOf(v);
  if (!members.some((m) => m.role === 'adult')) {
    ctx.addIssue({ code: 'custom', path: ['m1Role'], message: 'housing.households.error.adultNeeded' });
  }
  for (let i = 1; i <= MEMBER_ROWS; i++) {
    const filled = v[`m${i}Age`] || v[`m${i}Name`] || v[`m${i}Disabled`];
    if (filled && !v[`m${i}Role`]) {
      ctx.addIssue({ code: 'custom', path: [`m${i}Role`], message: 'housing.households.error.roleNeeded' });
    }
  }
  if ((v.nearLat === undefined) !== (v.nearLon === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['nearLat'], message: 'housing.households.error.nearBoth' });
  }
  if (v.annualIncome !== undefined && v.incomeBand !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['incomeBand'], message: 'housing.households.error.incomeOnce' });
  }
}

/** The form of a household editing its own profile. */
export const householdForm = z
  .object(profileShape)
  .superRefine(checkProfile)
  .transform((v) => toInput(v as unknown as RawProfile));

/** A counsellor's form: the profile, when the household consented, and a way to reach it (e-mail or phone). */
export const counselledHouseholdForm = z
  .object({ ...profileShape, consentOn: isoDay('housing.households.error.date') })
  .superRefine((v, ctx) => {
    checkProfile(v, ctx);
    if (!v.contactEmail && !v.contactPhone) {
      ctx.addIssue({ code: 'custom', path: ['contactEmail'], message: 'housing.households.error.contactNeeded' });
    }
    if (!v.contactName) {
      ctx.addIssue({ code: 'custom', path: ['contactName'], message: 'validation.required' });
    }
  })
  .transform((v) => ({ ...toInput(v as unknown as RawProfile), consentOn: v.consentOn }));
export type CounselledHouseholdInput = z.infer<typeof counselledHouseholdForm>;

/** Urgency is set by the housing office or a counsellor, never by the household itself. */
export const urgencyForm = z.object({
  urgency: z.coerce.number().int().min(0).max(3),
  urgencyReason: z.string().max(500).optional(),
  mustLeaveBy: isoDay('housing.households.error.date').optional(),
  waitingSince: isoDay('housing.households.error.date').optional(),
});
export type UrgencyInput = z.infer<typeof urgencyForm>;

/**
 * What the eligibility check hands over in the query (`?from=check&adults=2&children=1…`): each value is checked,
 * and one that does not fit is left out rather than refused (the person sees and confirms the form anyway).
 */
const checkQuery = {
  adults: z.coerce.number().int().min(1).max(MEMBER_ROWS),
  children: z.coerce.number().int().min(0).max(MEMBER_ROWS),
  unborn: z.coerce.number().int().min(0).max(3),
  singleParent: z.enum(['yes', 'no', 'true', 'false', 'on']),
  disabledMembers: z.coerce.number().int().min(0).max(MEMBER_ROWS),
  annualIncome: z.coerce.number().int().min(0).max(1_000_000),
  benefits: z.enum(['yes', 'no', 'true', 'false', 'on']),
  permitValidUntil: isoDay('housing.households.error.date'),
  residence: z.enum(PERMIT_CATEGORIES),
  outcome: z.enum(ELIGIBILITY_OUTCOMES),
  ruleVersion: z.string().regex(/^[A-Za-z0-9 ._:;/-]{1,300}$/),
  rentLimit: z.coerce.number().min(0).max(10_000),
};

/** Form values prefilled from the check's answers (members as rows: adults first, then children, then unborn). */
export function prefillFromCheck(query: Record<string, unknown>): Record<string, string> {
  const q: Record<string, unknown> = {};
  for (const [k, schema] of Object.entries(checkQuery)) {
    const r = (schema as z.ZodType).safeParse(query[k]);
    if (r.success) q[k] = r.data;
  }
  const out: Record<string, string> = {};
  const adults = (q.adults as number | undefined) ?? 0;
  const children = (q.children as number | undefined) ?? 0;
  const unborn = (q.unborn as number | undefined) ?? 0;
  const roles = [
    ...Array<MemberRole>(adults).fill('adult'),
    ...Array<MemberRole>(children).fill('child'),
    ...Array<MemberRole>(unborn).fill('unborn'),
  ].slice(0, MEMBER_ROWS);
  let disabled = (q.disabledMembers as number | undefined) ?? 0;
  roles.forEach((role, i) => {
    out[`m${i + 1}Role`] = role;
    if (role !== 'unborn' && disabled > 0) {
      out[`m${i + 1}Disabled`] = 'on';
      disabled--;
    }
  });
  const yes = (v: unknown) => v === 'yes' || v === 'true' || v === 'on';
  if (yes(q.singleParent)) out.singleParent = 'on';
  if (yes(q.benefits)) out.onBenefits = 'on';
  if (q.permitValidUntil) out.permitValidUntil = String(q.permitValidUntil);
  if (q.annualIncome !== undefined) out.annualIncome = String(q.annualIncome);
  if (q.residence) out.permitCategory = String(q.residence);
  if (q.rentLimit !== undefined) out.rentLimit = String(q.rentLimit);
  if (q.outcome && q.ruleVersion) {
    out.eligibilityOutcome = String(q.outcome);
    out.eligibilityRuleVersion = String(q.ruleVersion);
  }
  return out;
}
