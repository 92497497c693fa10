import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { seedIds } from '../../platform/modules/seed-context.ts';
import type { Executor } from '../../platform/db/types.ts';
import { DEMO_PRACTICES } from './practice.content.ts';
import { insertPractice, setPracticeStatus, upsertPracticeText } from './practice.repository.ts';
import { PRACTICE_SOURCE, practiceTexts } from './practice.texts.ts';
import type { PracticeSeed } from './welcome.content.ts';

/** Stores examples of the library's shape (the demo's, or a test's own), German first; returns their ids by slug. */
export async function seedPractices(
  db: Executor,
  examples: readonly PracticeSeed[],
  origins: Readonly<Record<string, string>>,
  now: Date,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const p of examples) {
    const id = await insertPractice(
      db,
      {
        slug: p.slug,
        originMunicipalityId: p.origin ? (origins[p.origin] ?? null) : null,
        providerName: p.providerName ?? null,
        placeName: p.placeName,
        tags: p.tags,
        contactName: p.contactName ?? null,
        contactEmail: p.contactEmail ?? null,
        website: p.website ?? null,
        startedYear: p.startedYear ?? null,
      },
      null,
    );
    if (p.status === 'published') await setPracticeStatus(db, id, 'published', null, now);
    const source = { practiceId: id, locale: PRACTICE_SOURCE, ...p.texts.de, sourceHash: null };
    for (const [locale, text] of Object.entries(p.texts)) {
      if (!text) continue;
      const sourceHash = locale === PRACTICE_SOURCE ? null : practiceTexts.hashOf(source);
      await upsertPracticeText(db, { practiceId: id, locale, ...text, sourceHash }, now);
    }
    ids[p.slug] = id;
  }
  return ids;
}

/** The library's demo examples (`DEMO_PRACTICES`); records `practice` ids by slug. */
export const practiceSeed: ManifestSeedStep = {
  name: 'welcome.practice',
  order: 120,
  async run(tx, ctx) {
    const ids = await seedPractices(tx, DEMO_PRACTICES, seedIds(ctx, 'municipality'), ctx.now);
    Object.assign(seedIds(ctx, 'practice'), ids);
  },
};
