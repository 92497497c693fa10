import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { CONSTRAINT_CODES, MATCHING_MODES, REASON_CODES } from './matching.types.ts';
import type { ScoreComponents } from './matching.types.ts';

const LOCALES = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr'] as const;
const COMPONENTS: (keyof ScoreComponents)[] = ['waiting', 'urgency', 'wish', 'distance', 'sizeFit'];

function catalog(locale: string): Record<string, string> {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'locales', `${locale}.json`), 'utf8')) as Record<
    string,
    string
  >;
}

const required = [
  ...REASON_CODES.map((code) => `matching.reason.${code}`),
  ...CONSTRAINT_CODES.map((code) => `matching.constraint.${code}`),
  ...COMPONENTS.map((component) => `matching.score.${component}`),
  'matching.flat.feasibleHouseholds',
  ...MATCHING_MODES.map((mode) => `matching.policy.${mode}`),
  ...MATCHING_MODES.map((mode) => `matching.proposal.${mode}`),
  'matching.compare.placedByUrgency',
  'matching.compare.totalScore',
  'matching.compare.justifiedEnvyPairs',
];

test('every reason, constraint and score component has a message, and all seven locales have the same keys', () => {
  const german = Object.keys(catalog('de')).sort();
  assert.deepEqual(german, [...required].sort());
  for (const locale of LOCALES) assert.deepEqual(Object.keys(catalog(locale)).sort(), german, locale);
});

test('every message renders in its locale with the numbers an explanation carries', () => {
  const values = {
    flats: 3,
    detail: '…',
    feasibleFlats: 4,
    higherPriority: 3,
    lowerPriority: 1,
    gap: 2,
    points: 17,
    count: 5,
    pointsBelowBest: 12,
    level: 3,
    placed: 40,
    households: 41,
    pairs: 7,
  };
  for (const locale of LOCALES) {
    const messages = catalog(locale);
    for (const key of required) {
      const text = String(new IntlMessageFormat(messages[key]!, locale).format(values));
      assert.ok(text.length > 0 && !text.includes('{'), `${locale} ${key}: ${text}`);
      if (locale !== 'de' && locale !== 'en')
        assert.notEqual(text, catalog('en')[key], `${locale} ${key} untranslated`);
    }
  }
});
