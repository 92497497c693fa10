import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { findHardCodedText, scanViews } from '../../testing/jsx-text.ts';
import { LOCALE_NAMES } from './locales.ts';

// No user-facing string in code: every word a person reads comes from a catalog, so that it exists in all
// seven languages. Language names in themselves (the language switcher) are the one exception.

const SRC = join(import.meta.dirname, '..', '..');
const AUTONYMS = new Set(Object.values(LOCALE_NAMES));

test('no view has hard-coded text between JSX tags or in read attributes', () => {
  const found = scanViews(SRC, AUTONYMS);
  const lines = found.map((f) => `${relative(SRC, f.file)}:${f.line}: "${f.text}"`);
  assert.deepEqual(lines, [], `Put these texts into a catalog and use t():\n${lines.join('\n')}`);
});

test('the scan finds text between tags and in alt/aria-label, but not expressions, code, addresses or autonyms', () => {
  const source = `
    export const A = ({ t, n }: { t: (k: string) => string; n: number }) => (
      <div class="kern-body" data-x="ignored">
        <h1>{t('x.title')}</h1>
        <p>Willkommen {n} mal</p>
        <img src="/a.png" alt="Ein Bild" />
        <button aria-label={'Schließen'}>×</button>
        <a href="/x">{' '}{t('x.link')}</a>
        <span lang="ar">العربية</span>
        <a href="/api/openapi.json">/api/openapi.json</a>
        <code>https://example.org/x</code>
        {n > 1 ? 'Code, not JSX text' : null}
      </div>
    );`;
  const found = findHardCodedText('a.tsx', source, new Set(['العربية']));
  assert.deepEqual(
    found.map((f) => [f.line, f.text]),
    [
      [5, 'Willkommen'],
      [5, 'mal'],
      [6, 'Ein Bild'],
      [7, 'Schließen'],
    ],
  );
});
