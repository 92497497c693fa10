import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/types.ts';
import { seedPractices } from './practice.seed.ts';
import type { PracticeSeed } from './welcome.content.ts';

/** Two examples of the library's shape for tests (not the demo's content): one published, one waiting. */
export const PRACTICE_FIXTURES: readonly PracticeSeed[] = [
  {
    slug: 'test-nachbarschaftsgarten',
    origin: 'meppen',
    placeName: 'Meppen-Esterfeld',
    tags: ['encounter', 'village'],
    contactName: 'Testperson',
    contactEmail: 'garten@example.test',
    startedYear: 2021,
    status: 'published',
    texts: {
      de: {
        title: 'Testgarten der Nachbarschaft',
        what: 'Alteingesessene und Neuzugezogene bewirtschaften gemeinsam einen Garten.\n\nJeden Samstag wird zusammen gegossen.',
        forWhom: 'Familien im Quartier',
        results: 'Zwölf Beete, dreißig Familien.',
      },
      en: {
        title: 'Test neighbourhood garden',
        what: 'Long-time residents and newcomers tend a garden together.',
        forWhom: 'Families in the Quartier',
        results: 'Twelve beds, thirty families.',
      },
    },
  },
  {
    slug: 'test-sprachpaten',
    origin: 'osnabrueck',
    placeName: 'Osnabrück',
    tags: ['language'],
    status: 'submitted',
    texts: {
      de: {
        title: 'Testsprachpaten',
        what: 'Ehrenamtliche üben Deutsch mit Neuzugezogenen.',
        forWhom: '',
        results: '',
      },
    },
  },
];

/** Stores the fixtures (by municipality slug of the database); returns their ids by slug. */
export async function practiceFixtures(db: Kysely<Database>, now = new Date()): Promise<Record<string, string>> {
  const ms = await db.selectFrom('municipalities').select(['id', 'slug']).execute();
  const origins = Object.fromEntries(ms.map((m) => [m.slug, m.id]));
  return seedPractices(db, PRACTICE_FIXTURES, origins, now);
}
