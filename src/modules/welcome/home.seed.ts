import { tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { seedId } from '../../platform/modules/seed-context.ts';
import { hostOf } from '../../platform/http/consent.ts';
import { DEMO_WELCOME_PAGES } from './home.content.ts';
import { homeTexts, insertContact, saveWelcomePage, upsertHomeText } from './home.repository.ts';
import { bodyHtml } from './home.service.ts';
import type { WelcomePageSeed } from './welcome.content.ts';

/** Stores one welcome page: the video, the German words and their translations, the contact points. */
export async function seedWelcomePage(tx: Tx, municipalityId: string, w: WelcomePageSeed, now: Date): Promise<void> {
  const t = tenant(municipalityId);
  const videoUrl = w.videoUrl ?? null;
  await saveWelcomePage(tx, t, { videoUrl, videoHost: w.videoHost ?? (videoUrl ? hostOf(videoUrl) : null) }, now);
  const textOf = (locale: string, x: { headline: string; body: string; videoTitle?: string }) => ({
    locale,
    headline: x.headline,
    body: bodyHtml(x.body),
    videoTitle: x.videoTitle ?? null,
    sourceHash: null as string | null,
  });
  const source = textOf('de', w.texts.de);
  await upsertHomeText(tx, t, source, now);
  const hash = homeTexts.hashOf(source);
  for (const [locale, x] of Object.entries(w.texts)) {
    if (locale === 'de' || !x) continue;
    await upsertHomeText(tx, t, { ...textOf(locale, x), sourceHash: hash }, now);
  }
  for (const c of w.contacts) {
    await insertContact(tx, t, {
      name: c.name,
      phone: c.phone ?? null,
      email: c.email ?? null,
      street: c.street ?? null,
      postcode: c.postcode ?? null,
      city: c.city ?? null,
      openingHours: c.openingHours ?? null,
    });
  }
}

/** The demo's welcome pages (`DEMO_WELCOME_PAGES`). */
export const homeSeed: ManifestSeedStep = {
  name: 'welcome.home',
  order: 120,
  async run(tx, ctx) {
    for (const w of DEMO_WELCOME_PAGES) {
      await seedWelcomePage(tx, seedId(ctx, 'municipality', w.municipality), w, ctx.now);
    }
  },
};
