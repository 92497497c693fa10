import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { matchingInputSchema } from './input.schema.ts';
import { matchRound } from './matching.engine.ts';
import type { Flat, Household } from './matching.types.ts';
import { makeFlat, makeHousehold } from './testing/round.fixtures.ts';

// Attributes protected by the AGG (§ 1) and common proxies for them. Age groups and accessibility needs
// stay in the model on purpose: they decide the number of rooms and which flats are usable at all.
const FORBIDDEN = [
  'nationality',
  'citizenship',
  'religion',
  'religiousAffiliation',
  'belief',
  'worldview',
  'ethnicity',
  'ethnicOrigin',
  'race',
  'countryOfOrigin',
  'countryOfBirth',
  'placeOfBirth',
  'birthPlace',
  'gender',
  'sex',
  'sexualOrientation',
  'sexualIdentity',
  'motherTongue',
  'nativeLanguage',
  'language',
  'firstName',
  'lastName',
  'surname',
  'familyName',
];

describe('protected attributes', () => {
  for (const field of ['nationality', 'religion', 'ethnicity', 'gender']) {
    test(`a household with "${field}" is a validation error naming the field`, () => {
      const household = { ...makeHousehold(), [field]: 'x' };
      const result = matchRound({ roundDate: '2025-06-01', households: [household], flats: [makeFlat()] });
      assert.equal(result.ok, false);
      if (!result.ok)
        assert.deepEqual(
          result.issues.map((issue) => issue.path),
          [`households[0].${field}`],
        );
    });
  }

  test('a protected attribute on a member or a flat is refused too', () => {
    const household = makeHousehold();
    const members = [{ ...household.members[0], countryOfOrigin: 'x' }];
    const result = matchRound({
      roundDate: '2025-06-01',
      households: [{ ...household, members }],
      flats: [{ ...makeFlat(), race: 'x' }],
    });
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.deepEqual(
        result.issues.map((issue) => issue.path),
        ['households[0].members[0].countryOfOrigin', 'flats[0].race'],
      );
    }
  });

  test('the static types have no such field (excess property checks)', () => {
    // @ts-expect-error nationality is not a field of Household
    const household: Household = { ...makeHousehold(), nationality: 'x' };
    // @ts-expect-error religion is not a field of Flat
    const flat: Flat = { ...makeFlat(), religion: 'x' };
    assert.ok(household && flat);
  });

  test('no field anywhere in the runtime schema is a protected attribute', () => {
    const keys = schemaKeys(matchingInputSchema);
    assert.ok(keys.has('urgency') && keys.has('maxDistanceM'), 'the walk must reach nested objects');
    const hits = [...keys].filter((key) => FORBIDDEN.some((word) => key.toLowerCase() === word.toLowerCase()));
    assert.deepEqual(hits, []);
  });

  test('no source file of the library uses a protected attribute as a property key', () => {
    const pattern = new RegExp(`(?:^|[\\s{,(])["']?(${FORBIDDEN.join('|')})["']?\\??\\s*:`, 'i');
    const offenders: string[] = [];
    let scanned = 0;
    // The whole library, sub-folders included (solver, rules, reports, cli and its examples, locales).
    for (const name of readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })) {
      if (name.endsWith('.test.ts') || !(name.endsWith('.ts') || name.endsWith('.json'))) continue;
      scanned++;
      readFileSync(join(import.meta.dirname, name), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (pattern.test(line)) offenders.push(`${name}:${index + 1}: ${line.trim()}`);
        });
    }
    assert.ok(scanned >= 20, `only ${scanned} files scanned`);
    assert.deepEqual(offenders, []);
    assert.ok(pattern.test('  nationality?: string;'), 'the pattern must catch a typed field');
    assert.ok(pattern.test('{ "religion": "x" }'), 'the pattern must catch a JSON key');
  });
});

/** All object keys reachable in a zod schema (objects, arrays, optionals, defaults, pipes). */
function schemaKeys(schema: z.ZodType, into = new Set<string>()): Set<string> {
  if (schema instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      into.add(key);
      schemaKeys(child, into);
    }
  } else if (schema instanceof z.ZodArray) {
    schemaKeys(schema.element as z.ZodType, into);
  } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    schemaKeys(schema.unwrap() as z.ZodType, into);
  } else if (schema instanceof z.ZodPipe) {
    schemaKeys(schema.in as z.ZodType, into);
  }
  return into;
}
