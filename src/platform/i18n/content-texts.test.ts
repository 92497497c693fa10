import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { contentTexts, sourceHash, titledHash, titledTexts } from './content-texts.ts';

interface Titled {
  locale: string;
  title: string;
  description: string;
  sourceHash: string | null;
}

const titled = contentTexts<Titled>({ hash: (s) => sourceHash(s.title, s.description) });
// A kind that keeps an empty description as "no text", as the room descriptions do.
const described = contentTexts<Titled>({
  hash: (s) => sourceHash(s.description),
  written: (x) => x.description !== '',
});

const de = { locale: 'de', title: 'Sprachcafé', description: 'Jeden Dienstag.', sourceHash: null };
const madeFromDe = sourceHash('Sprachcafé', 'Jeden Dienstag.');
const en = { locale: 'en', title: 'Language café', description: 'Every Tuesday.', sourceHash: madeFromDe };
const ar = { locale: 'ar', title: 'مقهى اللغة', description: 'كل ثلاثاء.', sourceHash: sourceHash('old', 'text') };

describe('sourceHash', () => {
  it('is the SHA-256 of one text, as stored hashes of one field were made', () => {
    assert.equal(sourceHash('abc'), createHash('sha256').update('abc', 'utf8').digest('hex'));
  });
  it('keeps the fields apart', () => {
    assert.notEqual(sourceHash('ab', 'c'), sourceHash('a', 'bc'));
    assert.equal(sourceHash('a', 'b'), sourceHash('a\u0000b'));
  });
});

describe('shownIn', () => {
  it('shows the source in its own language', () => {
    const s = titled.shownIn([de, en], 'de', 'de');
    assert.deepEqual([s?.title, s?.lang, s?.missing, s?.outdated], ['Sprachcafé', 'de', false, false]);
  });
  it('shows a current translation', () => {
    const s = titled.shownIn([de, en], 'de', 'en');
    assert.deepEqual([s?.title, s?.lang, s?.missing, s?.outdated], ['Language café', 'en', false, false]);
  });
  it('falls back to the source, saying that the translation is missing', () => {
    const s = titled.shownIn([de, en], 'de', 'fa');
    assert.deepEqual([s?.title, s?.lang, s?.missing, s?.outdated], ['Sprachcafé', 'de', true, false]);
  });
  it('marks a translation of an older source as outdated', () => {
    const s = titled.shownIn([de, ar], 'de', 'ar');
    assert.deepEqual([s?.lang, s?.missing, s?.outdated], ['ar', false, true]);
  });
  it('marks a translation without a hash (a former source) as outdated', () => {
    const s = titled.shownIn([de, { ...en, sourceHash: null }], 'de', 'en');
    assert.equal(s?.outdated, true);
  });
  it('is outdated once the source changes', () => {
    const changed = { ...de, description: 'Jeden Mittwoch.' };
    assert.equal(titled.shownIn([changed, en], 'de', 'en')?.outdated, true);
  });
  it('gives nothing without a source or a translation', () => {
    assert.equal(titled.shownIn([], 'de', 'en'), null);
    assert.equal(described.shownIn([{ ...de, description: '' }], 'de', 'de'), null);
  });
  it('passes over a row that is not written', () => {
    const emptyEn = { ...en, description: '' };
    const s = described.shownIn([de, emptyEn], 'de', 'en');
    assert.deepEqual([s?.lang, s?.missing], ['de', true]);
  });
  it('keeps the module row (its own fields too)', () => {
    const rows = [{ ...de, eventId: 'e1' }];
    const k = contentTexts<(typeof rows)[number]>({ hash: (s) => sourceHash(s.title) });
    assert.equal(k.shownIn(rows, 'de', 'en')?.eventId, 'e1');
  });
});

describe('states and hashes', () => {
  it('gives each language but the source its state, in the order of the locales', () => {
    assert.deepEqual(titled.states([de, en, ar], 'de'), [
      ['en', 'current'],
      ['ar', 'outdated'],
      ['fa', 'missing'],
      ['uk', 'missing'],
      ['ru', 'missing'],
      ['tr', 'missing'],
    ]);
  });
  it('counts an unwritten row as missing', () => {
    assert.equal(described.stateOf([de, { ...en, description: '' }], 'de', 'en'), 'missing');
  });
  it('records the hash of the current source for a new translation', () => {
    assert.equal(titled.translationHash([de, ar], 'de'), madeFromDe);
    assert.equal(titled.hashOf(de), madeFromDe);
    assert.equal(titled.translationHash([en], 'de'), null);
    assert.equal(described.translationHash([de], 'de'), sourceHash('Jeden Dienstag.'));
  });
  it('hashes a title and description together, as the common kind does', () => {
    assert.equal(titledHash(de), madeFromDe);
    const common = titledTexts<Titled>();
    assert.deepEqual(common.states([de, en, ar], 'de'), titled.states([de, en, ar], 'de'));
    assert.equal(common.translationHash([de], 'de'), madeFromDe);
  });
});
