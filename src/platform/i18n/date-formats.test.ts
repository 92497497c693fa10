import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

// Every date or time a person reads is built by `dateTimeFormat` in format.ts: the Gregorian calendar in the
// reader's language and digits, German local time by default. A formatter built anywhere else takes the locale's
// own default calendar (Farsi's is the Solar Hijri one), so this scan keeps them out of the sources. The files
// allowed here use a fixed English locale to take an instant apart into wall-clock numbers (time-zone arithmetic)
// and show nothing to a reader.

const SRC = join(import.meta.dirname, '..', '..');

const ALLOWED: Record<string, string> = {
  'platform/i18n/format.ts': 'the one place that builds user-facing date formats',
  'lib/calendar/zoned.ts': "wall-clock parts of an instant in a zone ('en-US')",
  'lib/calendar/ics-timezone.ts': "a zone's abbreviation for the iCalendar VTIMEZONE ('en-GB')",
  'modules/housing/viewings.service.ts': "the Berlin offset of a wall-clock time ('en-GB' parts)",
  'modules/mentoring/programmes.repository.ts': "the Berlin day of an instant as YYYY-MM-DD ('en-CA')",
  'modules/welcome/places.hours.ts': "wall-clock parts of an instant in Berlin ('en-CA')",
  'testing/counselling-slots-zone.ts': "the machine's own time zone, read from resolvedOptions()",
};

// A formatter built (with or without `new`), or a Date's (or number's) own locale formatting.
const FORMATTER = /\bIntl\.DateTimeFormat\s*\(|\.toLocale(?:Date|Time)?String\s*\(/;

/** Source files below a directory, tests excluded. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** `file:line` of each formatter built in a source text. */
function formattersIn(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (FORMATTER.test(line) ? [`${file}:${i + 1}`] : []));
}

test('no date or time formatter is built outside format.ts and the allowed time-zone arithmetic', () => {
  const found = new Map<string, string[]>();
  for (const path of sources(SRC)) {
    const file = relative(SRC, path).split('\\').join('/');
    const hits = formattersIn(file, readFileSync(path, 'utf8'));
    if (hits.length > 0) found.set(file, hits);
  }
  const outside = [...found].filter(([file]) => !(file in ALLOWED)).flatMap(([, hits]) => hits);
  assert.deepEqual(
    outside,
    [],
    `Use dateTimeFormat(locale, options) from src/platform/i18n/format.ts (Gregorian calendar, German time):\n${outside.join('\n')}`,
  );
  // An entry whose file no longer builds a formatter is taken out, so the list stays the list of exceptions.
  const stale = Object.keys(ALLOWED).filter((file) => !found.has(file));
  assert.deepEqual(stale, [], 'allowed files that build no formatter any more');
});

test('the scan finds formatters built with and without new, and Date locale strings, but not the helper', () => {
  const source = [
    "const a = new Intl.DateTimeFormat(ctx.locale, { month: 'long' });",
    'const b = Intl.DateTimeFormat(locale).format(d);',
    "const c = d.toLocaleDateString('fa');",
    "const e = d.toLocaleString('ar', { timeZone: 'Europe/Berlin' });",
    'const f = d.toLocaleTimeString(locale);',
    "const g = dateTimeFormat(ctx.locale, { month: 'long' });",
    'const h = new Map<string, Intl.DateTimeFormat>();',
    'const i: Intl.DateTimeFormatOptions = {};',
  ].join('\n');
  assert.deepEqual(formattersIn('x.ts', source), ['x.ts:1', 'x.ts:2', 'x.ts:3', 'x.ts:4', 'x.ts:5']);
});
