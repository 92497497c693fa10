import { tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import { insertDemoAccounts } from '../../platform/identity/accounts.repository.ts';
import { insertGrants } from '../../platform/identity/grants.repository.ts';
import type { SeedContext } from '../../platform/modules/seed-context.ts';
import { demoEmail } from '../../seed/demo-accounts.ts';
import { titledHash } from '../../platform/i18n/content-texts.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { findRoom } from '../community/index.ts';
import { insertService, saveServiceText, setServiceRoom, upsertCounsellor } from './services.repository.ts';
import { DEMO_COUNSELLOR_ACCOUNTS, DEMO_SERVICES } from './services.seed.data.ts';

/** The accounts of the demo's further counsellors, through the platform's identity part (as the directory's step). */
async function counsellorAccounts(tx: Tx, ctx: SeedContext): Promise<void> {
  const created = await insertDemoAccounts(
    tx,
    DEMO_COUNSELLOR_ACCOUNTS.map((a) => ({
      email: demoEmail(a.key),
      displayName: a.displayName,
      passwordHash: ctx.passwordHash,
      locale: a.locale,
    })),
    ctx.now,
  );
  const users = seedIds(ctx, 'user');
  for (const [email, id] of created) users[email.split('@')[0]!] = id;
  await insertGrants(
    tx,
    DEMO_COUNSELLOR_ACCOUNTS.map((a) => ({
      userId: seedId(ctx, 'user', a.key),
      role: 'counsellor' as const,
      municipalityId: seedId(ctx, 'municipality', a.municipality),
      quartierId: null,
      providerId: seedId(ctx, 'provider', a.provider),
    })),
  );
}

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
    await counsellorAccounts(tx, ctx);
    const services = seedIds(ctx, 'counsellingService');
    const counsellors = seedIds(ctx, 'counsellor');
    for (const s of DEMO_SERVICES) {
      const t = tenant(seedId(ctx, 'municipality', s.key.split('/')[0]!));
      const id = await insertService(tx, t, {
        ...s.values,
        quartierId: s.quartier ? seedId(ctx, 'quartier', s.quartier) : null,
        providerId: s.provider ? (seedIds(ctx, 'provider')[s.provider] ?? null) : null,
        roomId: null, // rooms come later: see the places step
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

/**
 * The places step: the demo services that meet in a room get it, after the community module's rooms step (order
 * 300) has made the rooms. The room is checked through the community module's index (it must exist in the same
 * municipality); without the rooms step the services keep their addresses.
 */
export const servicePlacesSeed: ManifestSeedStep = {
  name: 'counselling.services.places',
  order: 310,
  async run(tx, ctx) {
    const rooms = seedIds(ctx, 'room');
    for (const s of DEMO_SERVICES) {
      const roomId = s.room ? rooms[s.room] : undefined;
      const serviceId = seedIds(ctx, 'counsellingService')[s.key];
      if (!roomId || !serviceId) continue;
      const t = tenant(seedId(ctx, 'municipality', s.key.split('/')[0]!));
      if (await findRoom(tx, t, roomId)) await setServiceRoom(tx, t, serviceId, roomId);
    }
  },
};
