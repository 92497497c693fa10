import { z } from 'zod';
import { isoDay } from '../../platform/http/params.ts';
import { PERMIT_TREATMENTS, RESIDENCE_CATEGORIES } from './eligibility.rules.ts';

/** Schemas of the rule figures (as stored) and of the staff forms that add a version. */

const euros = z.coerce.number().int().min(0).max(1_000_000);
const percent = z.coerce.number().int().min(0).max(50);
const m2 = z.coerce.number().int().min(0).max(500);
const rent = z.coerce.number().min(0).max(10_000);

export const wbsFigures = z.object({
  onePerson: euros,
  twoPersons: euros,
  perFurtherMember: euros,
  perChild: euros,
});

export const deductionFigures = z.object({
  taxPercent: percent,
  healthPercent: percent,
  pensionPercent: percent,
  perDisabledMember: euros,
  youngCouple: euros,
});

export const spaceFigures = z.object({
  sizes: z.array(m2).length(4),
  perFurtherPerson: m2,
  singleParent: m2,
  perDisabledMember: m2,
  hardshipMax: m2,
});

const treatment = z.enum(PERMIT_TREATMENTS);
export const permitFigures = z.object({
  minMonths: z.coerce.number().int().min(0).max(60),
  categories: z.object(
    Object.fromEntries(RESIDENCE_CATEGORIES.map((c) => [c, treatment])) as Record<
      (typeof RESIDENCE_CATEGORIES)[number],
      typeof treatment
    >,
  ),
});

export const rentLimits = z.array(rent).length(6);

const version = {
  validFrom: isoDay('housing.rules.validFrom.invalid'),
  unsure: z.literal('yes').optional(),
  source: z.string().max(500).optional(),
};

/** The form of each state rule kind: its figures as flat fields, plus the version's date, mark and source. */
export const wbsForm = z.object({ ...version, ...wbsFigures.shape });
export const deductionsForm = z.object({ ...version, ...deductionFigures.shape });
export const spaceForm = z.object({
  ...version,
  size1: m2,
  size2: m2,
  size3: m2,
  size4: m2,
  perFurtherPerson: m2,
  singleParent: m2,
  perDisabledMember: m2,
  hardshipMax: m2,
});
export const permitsForm = z.object({
  ...version,
  minMonths: permitFigures.shape.minMonths,
  ...Object.fromEntries(RESIDENCE_CATEGORIES.map((c) => [c, treatment])),
});

export const rentLimitsForm = z.object({
  validFrom: isoDay('housing.rules.validFrom.invalid'),
  rent1: rent,
  rent2: rent,
  rent3: rent,
  rent4: rent,
  rent5: rent,
  rent6: rent,
  example: z.literal('yes').optional(),
  officeName: z.string().min(1).max(200),
  officeAddress: z.string().max(300).optional(),
  officeEmail: z.email().max(254).optional(),
  officePhone: z.string().min(3).max(40).optional(),
});
export type RentLimitsInput = z.infer<typeof rentLimitsForm>;
