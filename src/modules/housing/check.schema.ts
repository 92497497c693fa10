import { z } from 'zod';
import { isoDay, slug } from '../../platform/http/params.ts';
import { PROTECTION_ANSWERS, RESIDENCE_CATEGORIES } from './eligibility.rules.ts';

/**
 * The eligibility check's input: the three steps of the public form (each validated again when its answers come
 * back as hidden fields) and the JSON API's body. No field can hold a name, a country or a nationality.
 */

const count = (max: number) => z.coerce.number().int().min(0).max(max);
const euros = z.coerce.number().min(0).max(10_000_000);
const yes = z.literal('yes').optional();

export const householdStep = z
  .object({
    adults: z.coerce.number().int().min(1).max(20),
    children: count(20),
    unborn: count(5).optional(),
    singleParent: yes,
    disabledMembers: count(40).optional(),
  })
  .superRefine((v, ctx) => {
    const size = v.adults + v.children + (v.unborn ?? 0);
    if ((v.disabledMembers ?? 0) > size)
      ctx.addIssue({ code: 'custom', path: ['disabledMembers'], message: 'housing.check.disabled.tooMany' });
    if (v.singleParent && (v.adults !== 1 || v.children + (v.unborn ?? 0) === 0))
      ctx.addIssue({ code: 'custom', path: ['singleParent'], message: 'housing.check.singleParent.invalid' });
  });

export const incomeStep = z.object({
  grossIncome: euros,
  paysTax: yes,
  paysHealth: yes,
  paysPension: yes,
  maintenance: euros.optional(),
  benefits: z.enum(['yes', 'no'], { error: 'housing.check.benefits.required' }),
});

export const residenceStep = z
  .object({
    residence: z.enum(RESIDENCE_CATEGORIES, { error: 'housing.check.residence.required' }),
    permitValidUntil: isoDay('housing.check.permitValidUntil.invalid').optional(),
    protectionRateAbove50: z.enum(PROTECTION_ANSWERS).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.residence === 'asylum-seeker' && !v.protectionRateAbove50)
      ctx.addIssue({
        code: 'custom',
        path: ['protectionRateAbove50'],
        message: 'housing.check.protectionRate.required',
      });
  });

export const CHECK_STEPS = [householdStep, incomeStep, residenceStep] as const;
export type HouseholdAnswers = z.infer<typeof householdStep>;
export type IncomeAnswersForm = z.infer<typeof incomeStep>;
export type ResidenceAnswers = z.infer<typeof residenceStep>;

/** The field names of each step, in order: what the next step carries along as hidden fields. */
export const STEP_FIELDS: readonly (readonly string[])[] = [
  ['adults', 'children', 'unborn', 'singleParent', 'disabledMembers'],
  ['grossIncome', 'paysTax', 'paysHealth', 'paysPension', 'maintenance', 'benefits'],
  ['residence', 'permitValidUntil', 'protectionRateAbove50'],
];

/** `POST /api/v1/housing/eligibility`. */
export const eligibilityRequest = z
  .object({
    adults: z.number().int().min(1).max(20),
    children: z.number().int().min(0).max(20),
    unborn: z.number().int().min(0).max(5).optional(),
    singleParent: z.boolean(),
    disabledMembers: z.number().int().min(0).max(40),
    annualIncome: z.number().min(0).max(10_000_000).describe('Annual household income in euros after deductions'),
    residence: z.enum(RESIDENCE_CATEGORIES),
    protectionRateAbove50: z
      .enum(PROTECTION_ANSWERS)
      .optional()
      .describe('Asylum seekers only: is the protection rate of the country of origin above 50 %? Never the country.'),
    permitValidUntil: z.iso.date().optional().describe('Last day of the residence permit'),
    benefits: z.boolean().optional().describe('Receives Bürgergeld or social assistance'),
    municipality: slug.optional().describe('Slug of the municipality whose rent limits (KdU) apply'),
  })
  .superRefine((v, ctx) => {
    if (v.disabledMembers > v.adults + v.children + (v.unborn ?? 0))
      ctx.addIssue({ code: 'custom', path: ['disabledMembers'], message: 'housing.check.disabled.tooMany' });
    if (v.singleParent && (v.adults !== 1 || v.children + (v.unborn ?? 0) === 0))
      ctx.addIssue({ code: 'custom', path: ['singleParent'], message: 'housing.check.singleParent.invalid' });
  })
  .meta({ id: 'EligibilityRequest' });
export type EligibilityRequest = z.infer<typeof eligibilityRequest>;

const reason = z.object({
  rule: z.enum(['income', 'residence', 'permit', 'space', 'rent']),
  verdict: z.enum(['ok', 'fail', 'check', 'info']),
  code: z.string().describe('Stable code of the reason'),
  text: z.string().describe('The reason in words, in the language asked for (Accept-Language)'),
  unsure: z.boolean().describe('The rule table behind it is marked as not certain'),
});

export const eligibilityResponse = z
  .object({
    outcome: z.enum(['eligible', 'not-eligible', 'case-by-case']),
    householdSize: z.number().int(),
    incomeLimit: z.number().describe('Euros per year'),
    spaceLimit: z.number().describe('m²'),
    rentLimit: z
      .number()
      .nullable()
      .describe('Euros per month gross cold rent, when the municipality has entered limits'),
    ruleVersion: z.string(),
    reasons: z.array(reason),
  })
  .meta({ id: 'EligibilityResult' });

export const validationProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  requestId: z.string(),
  fields: z.record(z.string(), z.object({ code: z.string(), message: z.string() })),
});
