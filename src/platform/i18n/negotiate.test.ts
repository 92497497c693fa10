import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { direction, isLocale, LOCALES } from './locales.ts';
import { localeFromPath, negotiate } from './negotiate.ts';

test('negotiate honours q-values and order, maps regional tags and Dari, falls back', () => {
  assert.equal(negotiate('uk-UA,uk;q=0.9', 'de'), 'uk');
  assert.equal(negotiate('en;q=0.3, ar;q=0.8', 'de'), 'ar');
  assert.equal(negotiate('fr, en', 'de'), 'en');
  assert.equal(negotiate('prs', 'de'), 'fa');
  assert.equal(negotiate('fa-AF;q=1', 'de'), 'fa');
  assert.equal(negotiate('TR-tr', 'de'), 'tr');
  assert.equal(negotiate('ja', 'en'), 'en');
  assert.equal(negotiate(undefined, 'de'), 'de');
  assert.equal(negotiate('ru;q=0, en', 'de'), 'en');
  assert.equal(negotiate('*', 'de'), 'de');
});

test('negotiate returns one of our locales for any header', () => {
  fc.assert(
    fc.property(fc.string(), (header) => {
      assert.ok(isLocale(negotiate(header, 'de')));
    }),
  );
});

test('localeFromPath reads only a leading locale segment', () => {
  assert.equal(localeFromPath('/ar/m/meppen'), 'ar');
  assert.equal(localeFromPath('/fa'), 'fa');
  assert.equal(localeFromPath('/assets/app.css'), undefined);
  assert.equal(localeFromPath('/'), undefined);
  assert.equal(localeFromPath('/dex/'), undefined);
});

test('Arabic and Farsi are right-to-left, the others left-to-right', () => {
  assert.deepEqual(
    LOCALES.filter((l) => direction(l) === 'rtl'),
    ['ar', 'fa'],
  );
});
