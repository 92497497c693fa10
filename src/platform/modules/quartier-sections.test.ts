import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { composeManifest, type ModuleManifest, type QuartierQuery } from './manifest.ts';
import { loadQuartierSections } from './quartier-sections.ts';

const query: QuartierQuery = {
  db: {} as Kysely<Database>,
  municipality: { id: 'm', slug: 'meppen', name: 'Meppen' },
  quartier: { id: 'q', slug: 'esterfeld', name: 'Esterfeld' },
  locale: 'de',
  t: (key) => key,
  user: null,
  now: new Date('2026-05-11T08:00:00Z'),
  baseUrl: 'https://zuhause.example',
  hasPage: () => true,
};

describe('Quartier page sections', () => {
  it('are collected from every manifest and its parts, in order, those with nothing to show left out', async () => {
    const seen: string[] = [];
    const a: ModuleManifest = {
      name: 'a',
      quartierSections: [
        { id: 'a-late', order: 50, load: async (q) => `late ${q.quartier.slug}` },
        { id: 'a-empty', order: 1, load: async () => null },
      ],
    };
    const b = composeManifest('b', new URL('file:///nowhere/'), [
      {
        quartierSections: [
          {
            id: 'b-first',
            order: 10,
            load: async (q) => {
              seen.push(q.locale);
              return 'first';
            },
          },
        ],
      },
      { quartierSections: [{ id: 'b-default', load: async () => 'default order' }] },
    ]);
    const loaded = await loadQuartierSections([a, b, { name: 'none' }], query);
    assert.deepEqual(
      loaded.map((s) => [s.id, s.content]),
      [
        ['b-first', 'first'],
        ['a-late', 'late esterfeld'],
        ['b-default', 'default order'],
      ],
    );
    assert.deepEqual(seen, ['de']);
  });
});
