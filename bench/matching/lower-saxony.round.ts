/**
 * A synthetic but realistic allocation round in Lower Saxony: real municipalities
 * and coordinates, household sizes, WBS space limits and rent limits of the
 * order used by Lower Saxon job centres, a flat stock of mostly 2–3 rooms.
 * Seeded and deterministic. No person-related data, real or invented.
 */
import type { Flat, Household, MatchingInput } from '../../src/lib/matching/index.ts';
import { seededRandom } from './instances.generator.ts';

interface Municipality {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** Relative share of households and flats. */
  readonly share: number;
  readonly quartiere: readonly string[];
}

const DISTRICTS = ['Mitte', 'Nord', 'Süd', 'Ost', 'West'];
const MUNICIPALITIES: readonly Municipality[] = [
  {
    name: 'Hannover',
    lat: 52.3759,
    lon: 9.732,
    share: 30,
    quartiere: ['Linden-Nord', 'List', 'Vahrenwald', 'Südstadt', 'Mühlenberg', 'Sahlkamp'],
  },
  { name: 'Braunschweig', lat: 52.2689, lon: 10.5268, share: 14, quartiere: DISTRICTS },
  { name: 'Oldenburg', lat: 53.1435, lon: 8.2146, share: 9, quartiere: DISTRICTS },
  { name: 'Osnabrück', lat: 52.2799, lon: 8.0472, share: 9, quartiere: DISTRICTS },
  { name: 'Wolfsburg', lat: 52.4227, lon: 10.7865, share: 7, quartiere: DISTRICTS },
  { name: 'Göttingen', lat: 51.5413, lon: 9.9158, share: 7, quartiere: DISTRICTS },
  { name: 'Salzgitter', lat: 52.1503, lon: 10.3593, share: 6, quartiere: DISTRICTS },
  { name: 'Hildesheim', lat: 52.1508, lon: 9.9511, share: 6, quartiere: DISTRICTS },
  { name: 'Celle', lat: 52.6226, lon: 10.0805, share: 4, quartiere: DISTRICTS },
  { name: 'Lüneburg', lat: 53.2464, lon: 10.4115, share: 4, quartiere: DISTRICTS },
  { name: 'Garbsen', lat: 52.4183, lon: 9.5981, share: 2, quartiere: DISTRICTS },
  { name: 'Peine', lat: 52.3203, lon: 10.2336, share: 2, quartiere: DISTRICTS },
];

const ROUND_DATE = '2025-09-01';
/** WBS space limits in m² by household size (Lower Saxony: 50 m² for one person, +10–15 per person). */
const SPACE_LIMIT = [0, 50, 60, 75, 85, 95, 105, 115];
/** Warm rent limits in euros by household size, of the order of Lower Saxon KdU guidelines. */
const RENT_LIMIT = [0, 560, 680, 810, 930, 1060, 1180, 1300];

type Random = () => number;

function weighted<T>(random: Random, items: readonly T[], weightOf: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let point = random() * total;
  for (const item of items) {
    point -= weightOf(item);
    if (point < 0) return item;
  }
  return items[items.length - 1]!;
}

function dateAfter(random: Random, base: string, maxDays: number, sign = 1): string {
  const time = Date.parse(`${base}T00:00:00Z`) + sign * Math.floor(random() * maxDays) * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function near(random: Random, town: Municipality, km: number): { lat: number; lon: number } {
  return { lat: town.lat + (random() - 0.5) * (km / 55), lon: town.lon + (random() - 0.5) * (km / 35) };
}

function members(random: Random): Household['members'] {
  const size = weighted(random, [1, 2, 3, 4, 5, 6, 7], (s) => [35, 20, 18, 15, 8, 3, 1][s - 1]!);
  const list: Household['members'] = [{ role: 'applicant', ageGroup: random() < 0.1 ? '65+' : '18-64' }];
  const couple = size > 1 && random() < 0.6;
  if (couple) list.push({ role: 'partner', ageGroup: '18-64' });
  while (list.length < size) {
    const child = random() < 0.85;
    list.push(
      child ? { role: 'child', ageGroup: random() < 0.4 ? '0-5' : '6-17' } : { role: 'relative', ageGroup: '65+' },
    );
  }
  return list;
}

function household(random: Random, index: number, towns: readonly Municipality[]): Household {
  const town = weighted(random, towns, (m) => m.share);
  const people = members(random);
  const size = Math.min(people.length, 7);
  const neighbour = weighted(random, towns, (m) => m.share);
  const areas = [
    { municipality: town.name, quartier: town.quartiere[Math.floor(random() * town.quartiere.length)], weight: 10 },
  ];
  if (random() < 0.5) areas.push({ municipality: town.name, quartier: undefined, weight: 6 });
  if (random() < 0.3) areas.push({ municipality: neighbour.name, quartier: undefined, weight: 3 });
  const places =
    random() < 0.6 ? [{ location: near(random, town, 8), maxDistanceM: 3_000 + Math.floor(random() * 12_000) }] : [];
  return {
    id: `NDS-H-${String(index).padStart(5, '0')}`,
    members: people,
    spaceLimitM2: SPACE_LIMIT[size]!,
    rentLimit: RENT_LIMIT[size]! + Math.floor(random() * 60),
    wbs: random() < 0.75,
    accessibility: weighted(
      random,
      ['none', 'stepFree', 'wheelchair'] as const,
      (a) => ({ none: 85, stepFree: 10, wheelchair: 5 })[a],
    ),
    pets: random() < 0.1 ? 1 : 0,
    earliestMoveIn: dateAfter(random, ROUND_DATE, 120),
    // Waiting times skew short: many recent applications, a long tail up to six years.
    waitingSince: dateAfter(random, ROUND_DATE, Math.floor(72 * 30.4 * random() * random()) + 1, -1),
    urgency: weighted(random, [0, 1, 2, 3], (u) => [70, 18, 9, 3][u]!),
    wishes: {
      areas: areas.map((area) =>
        area.quartier === undefined ? { municipality: area.municipality, weight: area.weight } : area,
      ),
      places,
    },
  };
}

function flat(random: Random, index: number, towns: readonly Municipality[]): Flat {
  const town = weighted(random, towns, (m) => m.share);
  const rooms = weighted(random, [1, 2, 3, 4, 5], (r) => [15, 35, 30, 15, 5][r - 1]!);
  const areaM2 = 22 + 17 * rooms + Math.floor(random() * 14);
  const wheelchair = random() < 0.06;
  return {
    id: `NDS-W-${String(index).padStart(5, '0')}`,
    areaM2,
    rooms,
    warmRent: Math.round(areaM2 * (8.5 + random() * 4) + 90),
    wbsRequired: random() < 0.45,
    stepFree: wheelchair || random() < 0.25,
    wheelchairAccessible: wheelchair,
    petsAllowed: random() < 0.4,
    availableFrom: dateAfter(random, ROUND_DATE, 100),
    municipality: town.name,
    quartier: town.quartiere[Math.floor(random() * town.quartiere.length)]!,
    location: near(random, town, 10),
  };
}

/** A Lower Saxony round with the given numbers of households and flats, optionally in one municipality only. */
export function lowerSaxonyRound(households: number, flats: number, seed: number, only?: string): MatchingInput {
  const random = seededRandom(seed);
  const towns = only === undefined ? MUNICIPALITIES : MUNICIPALITIES.filter((town) => town.name === only);
  return {
    roundDate: ROUND_DATE,
    households: Array.from({ length: households }, (_, index) => household(random, index, towns)),
    flats: Array.from({ length: flats }, (_, index) => flat(random, index, towns)),
  };
}
