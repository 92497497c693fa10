import { tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import { sourceHash } from '../../platform/i18n/content-texts.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { type SeedContext, seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { DEMO_PLACES } from './places.content.ts';
import { insertPlace, upsertPlaceText } from './places.repository.ts';
import type { PlaceSeed } from './welcome.content.ts';

/** Stores places of one municipality with their descriptions; returns their ids by key. */
export async function seedPlaces(
  tx: Tx,
  ctx: SeedContext,
  municipality: string,
  places: readonly PlaceSeed[],
): Promise<Record<string, string>> {
  const t = tenant(seedId(ctx, 'municipality', municipality));
  const ids: Record<string, string> = {};
  for (const p of places) {
    const id = await insertPlace(tx, t, {
      kind: p.kind,
      name: p.name,
      quartierId: p.quartier ? seedId(ctx, 'quartier', `${municipality}/${p.quartier}`) : null,
      street: p.street ?? null,
      postcode: p.postcode ?? null,
      city: p.city,
      lat: p.lat,
      lon: p.lon,
      openingHours: p.openingHours ?? null,
      byAppointment: p.byAppointment ?? false,
      languages: [...p.languages],
      wheelchair: p.wheelchair ?? null,
      phone: p.phone ?? null,
      email: p.email ?? null,
      website: p.website ?? null,
      osmTags: { ...(p.osmTags ?? {}) },
      osmId: null,
    });
    ids[p.key] = id;
    const hash = sourceHash(p.description.de);
    for (const [locale, description] of Object.entries(p.description)) {
      if (!description) continue;
      const text = { placeId: id, locale, description, sourceHash: locale === 'de' ? null : hash };
      await upsertPlaceText(tx, t, text, ctx.now);
    }
  }
  return ids;
}

/** The demo's places (`DEMO_PLACES`), recorded as `place` ids by `municipality/key`. */
export const placesSeed: ManifestSeedStep = {
  name: 'welcome.places',
  order: 120,
  async run(tx, ctx) {
    const recorded = seedIds(ctx, 'place');
    for (const [municipality, places] of Object.entries(DEMO_PLACES)) {
      const ids = await seedPlaces(tx, ctx, municipality, places);
      for (const [key, id] of Object.entries(ids)) recorded[`${municipality}/${key}`] = id;
    }
  },
};
