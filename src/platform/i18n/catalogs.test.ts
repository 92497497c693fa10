import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { catalogDirsOnDisk, keyProblems, messageProblems, readCatalogFile } from '../../testing/catalog-check.ts';
import { LOCALES } from './locales.ts';
import { readCatalog } from './messages.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dirs = catalogDirsOnDisk();

test('there are catalog directories: the platform and the modules', () => {
  assert.ok(dirs.length >= 2, `only ${dirs.length} catalog directories found`);
});

for (const dir of dirs) {
  const name = relative(ROOT, dir);
  test(`${name}: all seven locales, each with exactly the German keys`, () => {
    assert.deepEqual(keyProblems(dir), []);
  });
  test(`${name}: every message parses; arguments and plurals match German`, () => {
    assert.deepEqual(messageProblems(dir), []);
  });
}

test('a message key is defined in only one catalog directory', () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const dir of dirs) {
    const de = readCatalogFile(dir, 'de');
    if (typeof de === 'string') continue;
    for (const key of Object.keys(de)) {
      const first = seen.get(key);
      if (first) twice.push(`${key} (${relative(ROOT, first)} and ${relative(ROOT, dir)})`);
      else seen.set(key, dir);
    }
  }
  assert.deepEqual(twice, []);
});

test('the checks name missing, extra and broken messages and lost plurals', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'zh-catalog-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const good = { 'x.a': 'A', 'x.n': '{n, plural, one {# Ding} other {# Dinge}}' };
  for (const l of LOCALES) writeFileSync(join(dir, `${l}.json`), JSON.stringify(good));
  assert.deepEqual(keyProblems(dir), []);
  assert.deepEqual(messageProblems(dir), []);

  writeFileSync(join(dir, 'en.json'), JSON.stringify({ 'x.a': 'A', 'x.extra': 'E' }));
  writeFileSync(join(dir, 'fa.json'), JSON.stringify({ 'x.a': '{broken', 'x.n': '{n} چیز' }));
  writeFileSync(join(dir, 'ar.json'), JSON.stringify({ 'x.a': '{who}', 'x.n': '{n, plural, one {#} few {#}}' }));
  writeFileSync(join(dir, 'tr.json'), JSON.stringify({ 'x.a': 'A', 'x.n': '{n, plural, few {#} other {#}}' }));
  const keys = keyProblems(dir);
  assert.ok(keys.includes('en.json misses x.n'), keys.join('\n'));
  assert.ok(keys.includes('en.json has extra x.extra'), keys.join('\n'));
  const messages = messageProblems(dir);
  const expected = [
    /^fa x\.a: does not parse/,
    /^fa x\.n: German has plural \{n\}, this has none/,
    /^ar x\.a: argument \{who\} is not in German/,
    /^ar x\.n: does not parse \(MISSING_OTHER_CLAUSE\)/,
    /^tr x\.n: plural \{n\} has few, not tr/,
  ];
  for (const re of expected)
    assert.ok(
      messages.some((m) => re.test(m)),
      `${re} not in:\n${messages.join('\n')}`,
    );
});

test('a catalog may be split into parts (<locale>.<part>.json); every locale needs every part’s keys', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'zh-catalog-parts-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const l of LOCALES) {
    writeFileSync(join(dir, `${l}.json`), JSON.stringify({ 'x.a': 'A' }));
    writeFileSync(join(dir, `${l}.flats.json`), JSON.stringify({ 'x.flat': 'F' }));
  }
  assert.deepEqual(keyProblems(dir), []);
  assert.deepEqual(Object.keys(readCatalog('uk', [dir])).sort(), ['x.a', 'x.flat']);
  rmSync(join(dir, 'en.flats.json'));
  assert.deepEqual(keyProblems(dir), ['en.json misses x.flat']);
  writeFileSync(join(dir, 'de.more.json'), JSON.stringify({ 'x.a': 'again' }));
  assert.match(String(readCatalogFile(dir, 'de')), /x\.a is defined in two parts/);
  assert.throws(() => readCatalog('de', [dir]), /x\.a is defined twice/);
});
