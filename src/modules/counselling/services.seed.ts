import { tenant } from '../../platform/db/tenant.ts';
import { titledHash } from '../../platform/i18n/content-texts.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { insertService, saveServiceText, upsertCounsellor } from './services.repository.ts';
import { DEMO_SERVICES } from './services.seed.data.ts';

/**
 * The demo's counselling services (Osnabrück's AWO migration counselling and Caritas youth migration service,
 * Meppen's Quartier office hours and Caritas migration counselling) with texts in de, en, ar, fa, uk, and their
 * counsellors linked to the demo accounts. Records `counsellingService` ids by `municipality/key` and
 * `counsellor` ids by `municipality/key/account` (e.g. `meppen/caritas-migration/beratung.meppen`) for the hours,
 * appointments and day steps.
 */
export const servicesSeed: ManifestSeedStep = {
  name: 'counselling.services',
  order: 110,
  async run(tx, ctx) {
    const services = seedIds(ctx, 'counsellingService');
    const counsellors = seedIds(ctx, 'counsellor');
    for (const s of DEMO_SERVICES) {
      const t = tenant(seedId(ctx, 'municipality', s.key.split('/')[0]!));
      const id = await insertService(tx, t, {
        ...s.values,
        quartierId: s.quartier ? seedId(ctx, 'quartier', s.quartier) : null,
        providerId: s.provider ? (seedIds(ctx, 'provider')[s.provider] ?? null) : null,
        roomId: s.room ? (seedIds(ctx, 'room')[s.room] ?? null) : null,
        sourceLocale: 'de',
      });
      services[s.key] = id;
      const source = s.texts.de!;
      for (const [locale, text] of Object.entries(s.texts)) {
        const sourceHash = locale === 'de' ? null : titledHash(source);
        await saveServiceText(tx, t, { serviceId: id, locale, ...text, sourceHash, now: ctx.now });
      }
      for (const c of s.counsellors) {
        const userId = seedId(ctx, 'user', c.account);
        counsellors[`${s.key}/${c.account}`] = await upsertCounsellor(tx, t, { serviceId: id, userId, ...c });
      }
    }
  },
};
