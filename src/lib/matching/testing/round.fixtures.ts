/**
 * Test support (no production code imports it): builders for households and
 * flats with sensible defaults, and seeded random rounds for property tests.
 * Kept free of test libraries so fast-check only drives the seeds.
 */
import type { Flat, Household, MatchingInput } from '../matching.types.ts';

/** Deterministic 32-bit PRNG (mulberry32) returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A single adult household that fits `makeFlat()` unless overridden. */
export function makeHousehold(overrides: Partial<Household> = {}): Household {
  return {
    id: 'H-1',
    members: [{ role: 'applicant', ageGroup: '18-64' }],
    spaceLimitM2: 50,
    rentLimit: 600,
    wbs: true,
    accessibility: 'none',
    pets: 0,
    earliestMoveIn: '2025-06-01',
    waitingSince: '2024-06-01',
    urgency: 0,
    wishes: { areas: [], places: [] },
    ...overrides,
  };
}

/** A two-room flat in Hannover-Linden that `makeHousehold()` can take. */
export function makeFlat(overrides: Partial<Flat> = {}): Flat {
  return {
    id: 'F-1',
    areaM2: 45,
    rooms: 2,
    warmRent: 550,
    wbsRequired: false,
    stepFree: false,
    wheelchairAccessible: false,
    petsAllowed: false,
    availableFrom: '2025-06-01',
    municipality: 'Hannover',
    quartier: 'Linden',
    location: { lat: 52.37, lon: 9.73 },
    ...overrides,
  };
}

const MUNICIPALITIES = ['Hannover', 'Celle', 'Peine'] as const;
const AGE_GROUPS = ['0-5', '6-17', '18-64', '65+'] as const;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function randomDate(random: () => number, fromYear: number, years: number): string {
  const day = Math.floor(random() * 365 * years);
  return new Date(Date.UTC(fromYear, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

function randomHousehold(random: () => number, index: number): Household {
  const size = 1 + Math.floor(random() * 4);
  const members: Household['members'] = [{ role: 'applicant', ageGroup: '18-64' }];
  for (let m = 1; m < size; m++) members.push({ role: 'child', ageGroup: pick(random, AGE_GROUPS) });
  return makeHousehold({
    id: `H-${String(index).padStart(4, '0')}`,
    members,
    spaceLimitM2: 40 + 15 * size + Math.floor(random() * 10),
    rentLimit: 350 + 120 * size + Math.floor(random() * 200),
    wbs: random() < 0.7,
    accessibility: random() < 0.8 ? 'none' : random() < 0.5 ? 'stepFree' : 'wheelchair',
    pets: random() < 0.15 ? 1 : 0,
    earliestMoveIn: randomDate(random, 2025, 1),
    // Coarse dates make equal waiting times (and so score ties) common.
    waitingSince: `20${pick(random, ['21', '22', '23', '24'])}-0${1 + Math.floor(random() * 3)}-01`,
    urgency: Math.floor(random() * 4),
    wishes: {
      areas:
        random() < 0.6 ? [{ municipality: pick(random, MUNICIPALITIES), weight: 1 + Math.floor(random() * 10) }] : [],
      places:
        random() < 0.4
          ? [{ location: { lat: 52.3 + random() * 0.2, lon: 9.6 + random() * 0.3 }, maxDistanceM: 10_000 }]
          : [],
    },
  });
}

function randomFlat(random: () => number, index: number): Flat {
  const rooms = 1 + Math.floor(random() * 4);
  return makeFlat({
    id: `F-${String(index).padStart(4, '0')}`,
    areaM2: 25 + 18 * rooms + Math.floor(random() * 20),
    rooms,
    warmRent: 300 + 150 * rooms + Math.floor(random() * 250),
    wbsRequired: random() < 0.5,
    stepFree: random() < 0.4,
    wheelchairAccessible: random() < 0.15,
    petsAllowed: random() < 0.5,
    availableFrom: randomDate(random, 2025, 1),
    municipality: pick(random, MUNICIPALITIES),
    location: { lat: 52.3 + random() * 0.2, lon: 9.6 + random() * 0.3 },
  });
}

/** A random but valid round; the same seed always gives the same round. */
export function randomRound(seed: number, households: number, flats: number): MatchingInput {
  const random = seededRandom(seed);
  return {
    roundDate: '2025-06-01',
    households: Array.from({ length: households }, (_, index) => randomHousehold(random, index)),
    flats: Array.from({ length: flats }, (_, index) => randomFlat(random, index)),
  };
}

/**
 * The priority order of a round's households, for test oracles: whether `x` comes before `y` (higher urgency,
 * then longer waiting, then id).
 */
export function priorityBefore(households: readonly Household[]): (x: string, y: string) => boolean {
  const byId = new Map(households.map((h) => [h.id, h]));
  return (x, y) => {
    const a = byId.get(x)!;
    const b = byId.get(y)!;
    if (a.urgency !== b.urgency) return a.urgency > b.urgency;
    if (a.waitingSince !== b.waitingSince) return a.waitingSince < b.waitingSince;
    return x < y;
  };
}
