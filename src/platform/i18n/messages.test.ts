import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { appMessages } from '../../testing/app.ts';
import { LOCALES } from './locales.ts';
import { type Catalog, Messages } from './messages.ts';

// A plain argument ({taken}) holding a number is shown in the locale's digits and grouping, like the `#` of a
// plural in the same sentence; plural, select and {n, number} still get the value itself.

/** Messages from one catalog per locale (German's for a locale not given). */
function messages(t: { after: (fn: () => void) => void }, byLocale: Partial<Record<string, Catalog>>): Messages {
  const dir = mkdtempSync(join(tmpdir(), 'zh-messages-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const l of LOCALES) writeFileSync(join(dir, `${l}.json`), JSON.stringify(byLocale[l] ?? byLocale.de ?? {}));
  return new Messages([dir]);
}

test('a plain number argument in Farsi has Persian digits, as the plural’s # beside it', (t) => {
  const m = messages(t, {
    de: { 'x.taken': '{taken} von {places} Plätzen belegt, {count, plural, one {# Aktivität} other {# Aktivitäten}}' },
    fa: { 'x.taken': '{taken} از {places} جا پر شده، {count, plural, one {# فعالیت} other {# فعالیت}}' },
  });
  assert.equal(m.format('fa', 'x.taken', { taken: 5, places: 12, count: 3 }), '۵ از ۱۲ جا پر شده، ۳ فعالیت');
  assert.equal(m.format('de', 'x.taken', { taken: 5, places: 12, count: 1 }), '5 von 12 Plätzen belegt, 1 Aktivität');
});

test('German groups thousands and writes a decimal comma in a plain argument; strings stay as they are', (t) => {
  const m = messages(t, { de: { 'x.n': '{n} Einträge in {cycle}' } });
  assert.equal(m.format('de', 'x.n', { n: 1234, cycle: '2027' }), '1.234 Einträge in 2027');
  assert.equal(m.format('de', 'x.n', { n: 12.5, cycle: 'Frühjahr 2027' }), '12,5 Einträge in Frühjahr 2027');
  assert.equal(m.format('en', 'x.n', { n: 1234, cycle: '2027' }), '1,234 Einträge in 2027');
  // A text made of digits is a text: a year or a postcode passed as a string keeps its form in every language.
  assert.equal(m.format('fa', 'x.n', { n: '10000', cycle: '2027' }), '10000 Einträge in 2027');
});

test('one argument used plainly and as a plural: the plural still chooses by the value', (t) => {
  const m = messages(t, {
    de: { 'x.left': '{n, plural, one {Noch ein Platz} other {Noch # Plätze}} ({n} frei)' },
    ar: {
      'x.left':
        '{n, plural, zero {لا أماكن} one {مكان واحد} two {مكانان} few {# أماكن} many {# مكانًا} other {# مكان}} ({n})',
    },
  });
  assert.equal(m.format('de', 'x.left', { n: 1 }), 'Noch ein Platz (1 frei)');
  assert.equal(m.format('de', 'x.left', { n: 1500 }), 'Noch 1.500 Plätze (1.500 frei)');
  const ar = new Intl.NumberFormat('ar');
  assert.equal(m.format('ar', 'x.left', { n: 2 }), `مكانان (${ar.format(2)})`);
  assert.equal(m.format('ar', 'x.left', { n: 11 }), `${ar.format(11)} مكانًا (${ar.format(11)})`);
});

test('plain arguments inside plural and select branches are shown in the locale’s digits too', (t) => {
  const m = messages(t, {
    de: { 'x.nested': '{kind, select, seats {{n, plural, one {ein Sitz} other {{n} Sitze (von {max})}}} other {{n}}}' },
  });
  const fa = (values: Record<string, string | number>) => m.format('fa', 'x.nested', values);
  assert.equal(fa({ kind: 'seats', n: 1, max: 40 }), 'ein Sitz');
  assert.equal(fa({ kind: 'seats', n: 25, max: 40 }), '۲۵ Sitze (von ۴۰)');
  assert.equal(fa({ kind: 'other', n: 7 }), '۷');
  // {n, number} formats as before.
  const n = messages(t, { de: { 'x.num': '{n, number} / {n}' } });
  assert.equal(n.format('fa', 'x.num', { n: 1234 }), '۱٬۲۳۴ / ۱٬۲۳۴');
});

test('a message without values is formatted once; a missing value is still an error naming it', (t) => {
  const m = messages(t, { de: { 'x.plain': 'Hallo', 'x.arg': 'Hallo {name}' } });
  assert.equal(m.format('fa', 'x.plain'), 'Hallo');
  assert.equal(m.format('fa', 'x.plain'), 'Hallo');
  assert.throws(() => m.format('de', 'x.arg', {}), /name/);
  assert.equal(m.format('de', 'x.arg', { name: 'Amina' }), 'Hallo Amina');
});

test('the real catalog: a programme’s places in Farsi are all in Persian digits', () => {
  const text = appMessages().format('fa', 'mentoring.programmes.placesTaken', { taken: 5, places: 12 });
  assert.match(text, /۵/);
  assert.match(text, /۱۲/);
  assert.doesNotMatch(text, /[0-9]/, text);
});
