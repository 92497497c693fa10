import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateTimeFormat, formatDate } from './format.ts';
import { LOCALES } from './locales.ts';

const NOV_19 = new Date('2026-11-19T10:00:00Z');

test('a Farsi date is the Gregorian date of the German letter, in Persian digits', () => {
  const text = formatDate('fa', NOV_19);
  assert.match(text, /۱۹/);
  assert.match(text, /نوامبر/, 'the Farsi name of November');
  assert.match(text, /۲۰۲۶/);
  // The Solar Hijri date would be 28 Aban 1405.
  assert.doesNotMatch(text, /۱۴۰۵|آبان/);
  assert.doesNotMatch(formatDate('fa', NOV_19, true), /۱۴۰۵|آبان/);
});

test('every locale formats in the Gregorian calendar, whatever its own default', () => {
  for (const l of LOCALES) {
    const f = dateTimeFormat(l, { year: 'numeric', month: 'numeric', day: 'numeric' });
    assert.equal(f.resolvedOptions().calendar, 'gregory', l);
    const year = f.formatToParts(NOV_19).find((p) => p.type === 'year')!.value;
    assert.equal(toLatin(year), '2026', `${l}: ${year}`);
  }
  // A calendar asked for in the options is not taken either.
  assert.equal(dateTimeFormat('de', { calendar: 'persian' }).resolvedOptions().calendar, 'gregory');
});

test('German local time unless the options name another zone', () => {
  // 23:30 UTC on 31 December is already the next day and year in Berlin.
  const late = new Date('2026-12-31T23:30:00Z');
  assert.equal(dateTimeFormat('de', { dateStyle: 'short' }).format(late), '01.01.27');
  assert.equal(dateTimeFormat('de', { dateStyle: 'short', timeZone: 'UTC' }).format(late), '31.12.26');
  assert.equal(dateTimeFormat('de', { timeStyle: 'short' }).format(NOV_19), '11:00');
});

test('formatters are built once per locale and options', () => {
  const a = dateTimeFormat('fa', { month: 'long', timeZone: 'UTC' });
  assert.equal(dateTimeFormat('fa', { month: 'long', timeZone: 'UTC' }), a);
  assert.notEqual(dateTimeFormat('ar', { month: 'long', timeZone: 'UTC' }), a);
});

/** Persian and Arabic-Indic digits as Latin ones. */
function toLatin(s: string): string {
  return s
    .replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))
    .replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));
}
