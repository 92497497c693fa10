/** The shapes of the rule figures the eligibility engine reads (pure types and constants, no I/O). */

// Residence situations the check asks about; never a country or a nationality.
export const RESIDENCE_CATEGORIES = [
  'free-movement',
  'settlement-permit',
  'humanitarian',
  'temporary-protection',
  'toleration-training',
  'asylum-seeker',
  'toleration',
  'other-permit',
] as const;
export type ResidenceCategory = (typeof RESIDENCE_CATEGORIES)[number];

/** How the state's matrix treats a residence situation. */
export const PERMIT_TREATMENTS = [
  'eligible',
  'case-by-case',
  'not-eligible',
  'not-subject',
  'protection-rate',
] as const;
export type PermitTreatment = (typeof PERMIT_TREATMENTS)[number];

export const PROTECTION_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type ProtectionAnswer = (typeof PROTECTION_ANSWERS)[number];

export interface WbsFigures {
  onePerson: number;
  twoPersons: number;
  perFurtherMember: number;
  perChild: number;
}

export interface DeductionFigures {
  taxPercent: number;
  healthPercent: number;
  pensionPercent: number;
  perDisabledMember: number;
  youngCouple: number;
}

export interface SpaceFigures {
  /** Living space for households of 1, 2, 3 and 4 persons. */
  sizes: number[];
  perFurtherPerson: number;
  singleParent: number;
  perDisabledMember: number;
  hardshipMax: number;
}

export interface PermitFigures {
  /** A permit must be valid at least this many months from the application (else: case by case). */
  minMonths: number;
  categories: Record<ResidenceCategory, PermitTreatment>;
}

export interface OfficeContact {
  name: string;
  address: string;
  email: string | null;
  phone: string | null;
}

/** One dated version of a rule table. */
export interface Versioned<F> {
  validFrom: string;
  unsure: boolean;
  source: string;
  figures: F;
}

export interface RentLimits {
  municipality: string;
  validFrom: string;
  /** Gross cold rent per month for 1 … 6 or more persons. */
  limits: number[];
  example: boolean;
  office: OfficeContact;
}

/** The rules in force on one day (for one municipality's rent limits, when one is named). */
export interface Rules {
  onDate: string;
  wbs: Versioned<WbsFigures>;
  deductions: Versioned<DeductionFigures>;
  space: Versioned<SpaceFigures>;
  permits: Versioned<PermitFigures>;
  kdu: RentLimits | null;
  ruleVersion: string;
}

/** The version string a decision records: each table's kind and the first day of the version used. */
export function ruleVersionOf(r: Omit<Rules, 'ruleVersion' | 'onDate'>): string {
  const parts = [
    `wbs:${r.wbs.validFrom}`,
    `deductions:${r.deductions.validFrom}`,
    `space:${r.space.validFrom}`,
    `permits:${r.permits.validFrom}`,
  ];
  if (r.kdu) parts.push(`kdu-${r.kdu.municipality}:${r.kdu.validFrom}`);
  return parts.join(';');
}
