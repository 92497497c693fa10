import type {
  DeductionFigures,
  PermitTreatment,
  ProtectionAnswer,
  ResidenceCategory,
  Rules,
  SpaceFigures,
  WbsFigures,
} from './eligibility.rules.ts';

/**
 * The eligibility check as a pure function of the answers and the rules in force: no I/O, no clock (the rules
 * carry the day they apply to), so a decision can be recomputed and explained later from its rule version.
 */

export interface EligibilityInput {
  adults: number;
  children: number;
  /** Unborn children count as household members (§ 5 NWoFG). */
  unborn?: number;
  singleParent: boolean;
  /** Members with a degree of disability of at least 50. */
  disabledMembers: number;
  /** Annual household income in euros, after the deductions (see annualIncomeFrom). */
  annualIncome: number;
  residence: ResidenceCategory;
  /** Only for asylum seekers: is the protection rate of the country of origin above 50 %? Never the country. */
  protectionRateAbove50?: ProtectionAnswer;
  /** Last day of the residence permit (YYYY-MM-DD), when the person has one. */
  permitValidUntil?: string;
  /** Receives Bürgergeld or social assistance: the municipality's rent limit (KdU) binds. */
  benefits?: boolean;
}

export type Outcome = 'eligible' | 'not-eligible' | 'case-by-case';
export type Verdict = 'ok' | 'fail' | 'check' | 'info';
export type RuleName = 'income' | 'residence' | 'permit' | 'space' | 'rent';

/** One rule applied: a message key and the figures it names (money in euros, plain numbers, dates, labels). */
export interface Reason {
  rule: RuleName;
  verdict: Verdict;
  key: string;
  money?: Record<string, number>;
  numbers?: Record<string, number>;
  dates?: Record<string, string>;
  /** Values that are message keys themselves (a residence category's name). */
  labels?: Record<string, string>;
  /** The rule table behind it is marked unsure. */
  unsure: boolean;
}

export interface EligibilityResult {
  outcome: Outcome;
  householdSize: number;
  annualIncome: number;
  incomeLimit: number;
  spaceLimit: number;
  rentLimit: number | null;
  ruleVersion: string;
  reasons: Reason[];
}

const K = 'housing.check.reason.';

/** Household size: adults, children and unborn children. */
export function householdSize(i: Pick<EligibilityInput, 'adults' | 'children' | 'unborn'>): number {
  return i.adults + i.children + (i.unborn ?? 0);
}

/** WBS income limit: 1 person, 2 persons, + each further member, + each (born) child on top. */
export function incomeLimit(w: WbsFigures, size: number, children: number): number {
  const base = size <= 1 ? w.onePerson : w.twoPersons + (size - 2) * w.perFurtherMember;
  return base + children * w.perChild;
}

/** Living-space limit in m² before the hardship addition (which the office grants on request). */
export function spaceLimit(s: SpaceFigures, size: number, singleParent: boolean, disabled: number): number {
  const n = Math.max(1, size);
  const last = s.sizes.length;
  const base = n <= last ? (s.sizes[n - 1] ?? 0) : (s.sizes[last - 1] ?? 0) + (n - last) * s.perFurtherPerson;
  return base + (singleParent ? s.singleParent : 0) + disabled * s.perDisabledMember;
}

/** The municipality's rent limit for a household size (the last column serves 6 or more persons). */
export function rentLimitFor(limits: readonly number[], size: number): number | null {
  if (limits.length === 0) return null;
  return limits[Math.min(Math.max(1, size), limits.length) - 1] ?? null;
}

export interface IncomeAnswers {
  gross: number;
  maintenance: number;
  paysTax: boolean;
  paysHealth: boolean;
  paysPension: boolean;
  disabledMembers: number;
}

/** Annual income from gross income: flat-rate percentages for taxes and contributions paid, then allowances. */
export function annualIncomeFrom(a: IncomeAnswers, d: DeductionFigures): number {
  const percent =
    (a.paysTax ? d.taxPercent : 0) + (a.paysHealth ? d.healthPercent : 0) + (a.paysPension ? d.pensionPercent : 0);
  const afterFlat = a.gross * (1 - percent / 100);
  const income = afterFlat - a.disabledMembers * d.perDisabledMember - a.maintenance;
  return Math.max(0, Math.round(income));
}

/** The day `months` after an ISO day (clamped to the month's end, as a person would count). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function incomeReason(i: EligibilityInput, limit: number, size: number, r: Rules): Reason {
  const within = i.annualIncome <= limit;
  const key = i.annualIncome < limit ? 'incomeBelow' : within ? 'incomeAt' : 'incomeAbove';
  return {
    rule: 'income',
    verdict: within ? 'ok' : 'fail',
    key: `${K}${key}`,
    money: { income: i.annualIncome, limit, difference: Math.abs(limit - i.annualIncome) },
    numbers: { persons: size, children: i.children },
    unsure: r.wbs.unsure,
  };
}

const TREATMENT_VERDICT: Record<Exclude<PermitTreatment, 'protection-rate'>, [Verdict, string]> = {
  eligible: ['ok', 'residenceEligible'],
  'not-subject': ['ok', 'residenceNotSubject'],
  'case-by-case': ['check', 'residenceCaseByCase'],
  'not-eligible': ['fail', 'residenceNotEligible'],
};

const PROTECTION_VERDICT: Record<ProtectionAnswer, [Verdict, string]> = {
  yes: ['ok', 'protectionRateYes'],
  no: ['fail', 'protectionRateNo'],
  unknown: ['check', 'protectionRateUnknown'],
};

function residenceReasons(i: EligibilityInput, r: Rules): Reason[] {
  const treatment = r.permits.figures.categories[i.residence] ?? 'case-by-case';
  const [verdict, key] =
    treatment === 'protection-rate'
      ? PROTECTION_VERDICT[i.protectionRateAbove50 ?? 'unknown']
      : TREATMENT_VERDICT[treatment];
  const labels = { category: `housing.check.residence.${i.residence}` };
  const out: Reason[] = [{ rule: 'residence', verdict, key: `${K}${key}`, labels, unsure: r.permits.unsure }];
  // The one-year rule concerns residence permits; an asylum seeker's permission to stay is judged by the
  // protection rate instead, and citizens (German, EU) hold no permit.
  if (treatment === 'eligible' || treatment === 'case-by-case') out.push(permitReason(i, r));
  return out;
}

function permitReason(i: EligibilityInput, r: Rules): Reason {
  const months = r.permits.figures.minMonths;
  const base = { rule: 'permit' as const, numbers: { months }, unsure: r.permits.unsure };
  if (!i.permitValidUntil) return { ...base, verdict: 'info', key: `${K}permitUnknown` };
  const needed = addMonths(r.onDate, months);
  const dates = { until: i.permitValidUntil, needed };
  if (i.permitValidUntil < needed) return { ...base, verdict: 'check', key: `${K}permitShort`, dates };
  return { ...base, verdict: 'ok', key: `${K}permitLong`, dates };
}

function spaceReasons(i: EligibilityInput, size: number, limit: number, r: Rules): Reason[] {
  const s = r.space.figures;
  // Every space reason is information only; they differ by message and numbers.
  const info = (key: string, numbers: Record<string, number>): Reason => ({
    rule: 'space',
    verdict: 'info',
    key: `${K}${key}`,
    numbers,
    unsure: r.space.unsure,
  });
  const out: Reason[] = [info('space', { persons: size, m2: limit })];
  if (i.singleParent) out.push(info('spaceSingleParent', { m2: s.singleParent }));
  if (i.disabledMembers > 0)
    out.push(info('spaceDisability', { count: i.disabledMembers, m2: i.disabledMembers * s.perDisabledMember }));
  out.push(info('spaceHardship', { m2: s.hardshipMax }));
  return out;
}

function rentReasons(i: EligibilityInput, size: number, rent: number | null, r: Rules): Reason[] {
  if (!r.kdu || rent === null) return [{ rule: 'rent', verdict: 'info', key: `${K}rentUnknown`, unsure: false }];
  const out: Reason[] = [
    {
      rule: 'rent',
      verdict: 'info',
      key: `${K}rentLimit`,
      money: { rent },
      numbers: { persons: size },
      unsure: r.kdu.example,
    },
  ];
  if (i.benefits) out.push({ rule: 'rent', verdict: 'info', key: `${K}rentBenefits`, unsure: false });
  return out;
}

/** The check: income against the WBS limit, residence against the permit matrix, and the space and rent that fit. */
export function checkEligibility(input: EligibilityInput, rules: Rules): EligibilityResult {
  const size = householdSize(input);
  const income = incomeLimit(rules.wbs.figures, size, input.children);
  const space = spaceLimit(rules.space.figures, size, input.singleParent, input.disabledMembers);
  const rent = rules.kdu ? rentLimitFor(rules.kdu.limits, size) : null;
  const reasons = [
    incomeReason(input, income, size, rules),
    ...residenceReasons(input, rules),
    ...spaceReasons(input, size, space, rules),
    ...rentReasons(input, size, rent, rules),
  ];
  const outcome: Outcome = reasons.some((x) => x.verdict === 'fail')
    ? 'not-eligible'
    : reasons.some((x) => x.verdict === 'check')
      ? 'case-by-case'
      : 'eligible';
  return {
    outcome,
    householdSize: size,
    annualIncome: input.annualIncome,
    incomeLimit: income,
    spaceLimit: space,
    rentLimit: rent,
    ruleVersion: rules.ruleVersion,
    reasons,
  };
}
