import type { Kysely } from 'kysely';
import { tenant } from '../../platform/db/tenant.ts';
import type { Database } from '../../platform/db/types.ts';
import { insertGuidePage, saveGuideText } from './guide.repository.ts';
import { contentHash } from './guide.segments.ts';
import type { Topic } from './welcome.tables.ts';

/** A text of a test page: the translation's source version (1 = the first German text) and its machine mark. */
export interface FixtureText {
  title: string;
  body: string;
  from?: number;
  machine?: boolean;
}

/**
 * A guide page for tests (not for the demo): its German texts in order (version 1, 2, …) and translations made
 * from the German version `from` (default: the last), written through the repository like the seed does.
 */
export async function fixtureGuidePage(
  db: Kysely<Database>,
  municipalityId: string,
  p: {
    slug: string;
    status?: 'draft' | 'review' | 'published';
    topic?: Topic;
    parentId?: string | null;
    lastCheckedOn?: string | null;
    de: readonly { title: string; body: string }[];
    translations?: Readonly<Record<string, FixtureText>>;
  },
): Promise<string> {
  const t = tenant(municipalityId);
  return db.transaction().execute(async (tx) => {
    const values = {
      parentId: p.parentId ?? null,
      slug: p.slug,
      topic: p.topic ?? 'arrival',
      position: 0,
      lastCheckedOn: p.lastCheckedOn ?? null,
    };
    const id = await insertGuidePage(tx, t, values, p.status ?? 'published');
    const base = { pageId: id, sourceHash: null, sourceVersion: null, machine: false, userId: null };
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
    const pending = Object.entries(p.translations ?? {});
    for (const [i, de] of p.de.entries()) {
      await saveGuideText(tx, t, { ...base, locale: 'de', ...de, now: day(i + 1) });
      for (const [locale, tr] of pending.filter(([, x]) => (x.from ?? p.de.length) === i + 1)) {
        const source = { sourceHash: contentHash(de.title, de.body), sourceVersion: i + 1 };
        await saveGuideText(tx, t, {
          ...base,
          ...source,
          locale,
          ...tr,
          machine: tr.machine ?? false,
          now: day(i + 1),
        });
      }
    }
    return id;
  });
}
