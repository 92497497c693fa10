import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contentHash } from './guide.segments.ts';
import type { GuideText, GuideVersion } from './guide.repository.ts';
import { languageStatus, matchesState, sourceChanges } from './translations.state.ts';

const A = { title: 'Kita', body: '<p>Anmeldung im Rathaus.</p><ul><li>Pass</li><li>Meldebescheinigung</li></ul>' };
const B = { title: 'Kita', body: '<p>Anmeldung im Familienbüro.</p><ul><li>Pass</li><li>Meldebescheinigung</li></ul>' };
const day = (d: number) => new Date(Date.UTC(2026, 11, d, 8));

function text(locale: string, t: { title: string; body: string }, extra: Partial<GuideText> = {}): GuideText {
  return {
    pageId: 'p',
    locale,
    ...t,
    version: 1,
    sourceHash: null,
    sourceVersion: null,
    machine: false,
    reviewedBy: null,
    reviewedAt: null,
    updatedAt: day(1),
    ...extra,
  };
}
const version = (v: number, t: { title: string; body: string }, d: number): GuideVersion => ({
  pageId: 'p',
  locale: 'de',
  version: v,
  ...t,
  machine: false,
  savedBy: null,
  savedAt: day(d),
});

describe('translation states', () => {
  test('outdated since the first German version whose content differs; a re-save of the same words is not it', () => {
    const de = text('de', B, { version: 4, updatedAt: day(9) });
    const en = text(
      'en',
      { title: 'Daycare', body: '<p>x</p>' },
      { sourceHash: contentHash(A.title, A.body), sourceVersion: 1 },
    );
    // Version 2 is A in other markup, 3 the change, 4 the same words as 3.
    const marked = { title: A.title, body: A.body.replace('Rathaus', '<strong>Rathaus</strong>') };
    const versions = [version(2, marked, 3), version(3, B, 5), version(4, B, 9)];
    const s = languageStatus([de, en], versions, 'en');
    assert.equal(s.state, 'outdated');
    assert.deepEqual(s.outdatedSince, day(5));
    assert.equal(languageStatus([de, en], versions, 'fa').state, 'missing');
    const current = text(
      'uk',
      { title: 'Садок', body: '' },
      { sourceHash: contentHash(B.title, B.body), machine: true },
    );
    const u = languageStatus([de, current], versions, 'uk');
    assert.deepEqual([u.state, u.machine, u.outdatedSince], ['current', true, null]);
    assert.ok(matchesState(u, 'machine') && matchesState(u, 'current') && !matchesState(u, 'outdated'));
  });

  test('the changed lines: the changed paragraph removed and added, the rest kept', () => {
    const lines = sourceChanges(A, B);
    assert.deepEqual(
      lines.filter((l) => l.kind !== 'same'),
      [
        { kind: 'removed', text: 'Anmeldung im Rathaus.' },
        { kind: 'added', text: 'Anmeldung im Familienbüro.' },
      ],
    );
    assert.deepEqual(
      lines.filter((l) => l.kind === 'same').map((l) => l.text),
      ['Kita', 'Pass', 'Meldebescheinigung'],
    );
  });
});
