import type { Tx } from '../../platform/db/types.ts';
import { type Tenant, tenant } from '../../platform/db/tenant.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { type SeedContext, seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { DEMO_GUIDES } from './guide.content.ts';
import { insertGuidePage, saveGuideText } from './guide.repository.ts';
import { contentHash } from './guide.segments.ts';
import type { GuidePageSeed, GuideTextSeed, TranslationLocale } from './welcome.content.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

const DAY = 86_400_000;

/** Parents before their children (a parent named but not given is left out: the page becomes top-level). */
function parentsFirst(pages: readonly GuidePageSeed[]): GuidePageSeed[] {
  const out: GuidePageSeed[] = [];
  const slugs = new Set(pages.map((p) => p.slug));
  let left = [...pages];
  while (left.length > 0) {
    const ready = left.filter((p) => !p.parent || !slugs.has(p.parent) || out.some((o) => o.slug === p.parent));
    if (ready.length === 0) throw new Error(`demo guide: a parent cycle among ${left.map((p) => p.slug).join(', ')}`);
    out.push(...ready);
    left = left.filter((p) => !ready.includes(p));
  }
  return out;
}

/**
 * Stores one page: its German text as version 1 (or `earlierDe` as 1 and `de` as 2, a month apart), the outdated
 * translations from version 1 and the others from the current German text, each with its source's hash.
 */
async function seedPage(tx: Tx, t: Tenant, ids: Record<string, string>, p: GuidePageSeed, now: Date) {
  const parentId = p.parent ? (ids[p.parent] ?? null) : null;
  const values = { parentId, slug: p.slug, topic: p.topic, position: p.position, lastCheckedOn: p.lastCheckedOn };
  const id = await insertGuidePage(tx, t, values, 'published', now);
  ids[p.slug] = id;
  const save = (locale: string, text: GuideTextSeed, source: GuideTextSeed | null, version: number | null, at: Date) =>
    saveGuideText(tx, t, {
      pageId: id,
      locale,
      ...text,
      sourceHash: source ? contentHash(source.title, source.body) : null,
      sourceVersion: source ? version : null,
      machine: (p.machine ?? []).includes(locale as TranslationLocale),
      userId: null,
      now: at,
    });
  const outdated = new Set(p.earlierDe ? (p.outdated ?? []) : []);
  const entries = Object.entries(p.translations) as [TranslationLocale, GuideTextSeed][];
  if (p.earlierDe) {
    const then = new Date(now.getTime() - 60 * DAY);
    await save(SOURCE_LOCALE, p.earlierDe, null, null, then);
    for (const [l, text] of entries.filter(([l]) => outdated.has(l))) await save(l, text, p.earlierDe, 1, then);
  }
  const changed = new Date(now.getTime() - 14 * DAY);
  const { version } = await save(SOURCE_LOCALE, p.de, null, null, changed);
  for (const [l, text] of entries.filter(([l]) => !outdated.has(l))) await save(l, text, p.de, version, changed);
  return id;
}

/** Stores guides given by municipality slug, all pages published. Records `guidePage` ids by `municipality/slug`. */
export async function seedGuides(tx: Tx, ctx: SeedContext, guides: Readonly<Record<string, readonly GuidePageSeed[]>>) {
  const recorded = seedIds(ctx, 'guidePage');
  for (const [m, pages] of Object.entries(guides)) {
    const t = tenant(seedId(ctx, 'municipality', m));
    const ids: Record<string, string> = {};
    for (const p of parentsFirst(pages)) recorded[`${m}/${p.slug}`] = await seedPage(tx, t, ids, p, ctx.now);
  }
}

/** The demo guides (`DEMO_GUIDES`); after the directory's step (municipalities), before steps that translate or search them. */
export const guideSeed: ManifestSeedStep = {
  name: 'welcome.guide',
  order: 500,
  run: (tx, ctx) => seedGuides(tx, ctx, DEMO_GUIDES),
};
