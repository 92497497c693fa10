/**
 * Runtime validation of the engine's input model (zod v4, strict objects).
 *
 * Every object is strict: unknown fields are rejected, so attributes protected by
 * the AGG (nationality, religion, ethnic origin, …) cannot enter the engine even
 * by accident. Money and areas allow at most two decimals and are turned into
 * integer cents / centi-m² before any arithmetic.
 */
import { z } from 'zod';
import { isCalendarDate } from './rules/calendar.date.ts';

const MAX_ENTITIES = 100_000;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'expected a real calendar date');

const identifier = z.string().min(1).max(100);
const placeName = z.string().min(1).max(200);

/** At most two decimals, so Math.round(x * 100) is exact and gaps can be reported in cents. */
const twoDecimals = (value: number): boolean => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
const money = z.number().min(0).max(1_000_000).refine(twoDecimals, 'at most two decimals');
const area = z.number().positive().max(100_000).refine(twoDecimals, 'at most two decimals');

const location = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

const memberSchema = z.strictObject({
  role: z.enum(['applicant', 'partner', 'child', 'relative', 'other']),
  ageGroup: z.enum(['0-5', '6-17', '18-64', '65+']),
});

const areaWishSchema = z.strictObject({
  municipality: placeName,
  quartier: placeName.optional(),
  weight: z.int().min(1).max(10),
});

const placeWishSchema = z.strictObject({
  location,
  maxDistanceM: z.int().min(1).max(500_000),
});

/** A waiting household; deliberately without any protected attribute. */
export const householdSchema = z.strictObject({
  id: identifier,
  members: z.array(memberSchema).min(1).max(30),
  spaceLimitM2: area,
  rentLimit: money,
  wbs: z.boolean(),
  accessibility: z.enum(['none', 'stepFree', 'wheelchair']),
  pets: z.int().min(0).max(20),
  earliestMoveIn: isoDate,
  waitingSince: isoDate,
  urgency: z.int().min(0).max(3),
  wishes: z.strictObject({
    areas: z.array(areaWishSchema).max(20),
    places: z.array(placeWishSchema).max(3),
  }),
});

/** A free flat offered in the round. */
export const flatSchema = z.strictObject({
  id: identifier,
  areaM2: area,
  rooms: z.int().min(1).max(30),
  warmRent: money,
  wbsRequired: z.boolean(),
  stepFree: z.boolean(),
  wheelchairAccessible: z.boolean(),
  petsAllowed: z.boolean(),
  availableFrom: isoDate,
  municipality: placeName,
  quartier: placeName.optional(),
  location,
});

const weight = z.int().min(0).max(10_000);

/** Score weights; omitted ones take the documented defaults. */
export const weightsSchema = z.strictObject({
  waitingPerMonth: weight,
  waitingCapMonths: z.int().min(0).max(1_200),
  urgencyPerLevel: weight,
  wishPerPoint: weight,
  distancePerPlace: weight,
  sizeFit: weight,
});

/** Hard-constraint parameters; omitted ones take the documented defaults. */
export const rulesSchema = z.strictObject({
  maxPersonsPerRoom: z.int().min(1).max(10),
  moveInToleranceDays: z.int().min(0).max(3_650),
});

/** Complete input of one matching round. */
export const matchingInputSchema = z
  .strictObject({
    roundDate: isoDate,
    households: z.array(householdSchema).max(MAX_ENTITIES),
    flats: z.array(flatSchema).max(MAX_ENTITIES),
    weights: weightsSchema.partial().optional(),
    rules: rulesSchema.partial().optional(),
  })
  .superRefine((input, context) => {
    reportDuplicateIds(input.households, 'households', context);
    reportDuplicateIds(input.flats, 'flats', context);
    input.households.forEach((household, index) => {
      if (household.waitingSince > input.roundDate) {
        context.addIssue({
          code: 'custom',
          path: ['households', index, 'waitingSince'],
          message: 'must not be after roundDate',
        });
      }
    });
  });

function reportDuplicateIds(items: readonly { id: string }[], field: string, context: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [field, index, 'id'], message: 'duplicate id' });
    seen.add(item.id);
  });
}
