import { randomUUID } from 'node:crypto';
import type { Tx } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { photoFromSvg, type StoredImage } from '../../platform/media/image.ts';
import { type SeedContext, type SeedStep, seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { type DemoFlat, MEPPEN_FLATS } from './flats.seed.data.ts';
import { OSNABRUECK_FLATS } from './flats.seed.osnabrueck.ts';

const DEMO_FLATS: readonly DemoFlat[] = [...MEPPEN_FLATS, ...OSNABRUECK_FLATS];
import { textHash } from './flats.texts.ts';

const day = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

function flatRow(ctx: SeedContext, f: DemoFlat, id: string) {
  const e = f.energy;
  return {
    id,
    municipality_id: seedId(ctx, 'municipality', f.municipality),
    provider_id: seedId(ctx, 'provider', `${f.municipality}/${f.provider}`),
    quartier_id: f.quartier ? seedId(ctx, 'quartier', `${f.municipality}/${f.quartier}`) : null,
    status: f.status,
    street: f.street,
    postcode: f.postcode,
    city: f.city,
    lat: f.lat,
    lon: f.lon,
    rooms: f.rooms,
    area_m2: f.area,
    floor: f.floor,
    has_lift: f.lift ?? false,
    step_free: f.stepFree ?? false,
    wheelchair_accessible: f.wheelchair ?? false,
    cold_rent_cents: f.coldRent * 100,
    service_charges_cents: f.service * 100,
    heating_cents: f.heating * 100,
    deposit_cents: f.coldRent * 100 * 3,
    wbs_required: f.wbs ?? false,
    available_from: day(ctx.now, f.availableInDays),
    pets_allowed: f.pets ?? false,
    energy_certificate: e?.kind ?? null,
    energy_kwh: e?.kwh ?? null,
    energy_class: e?.class ?? null,
    heating_source: e?.source ?? null,
    building_year: e?.year ?? null,
  };
}

function textRows(ctx: SeedContext, f: DemoFlat, id: string) {
  const municipality_id = seedId(ctx, 'municipality', f.municipality);
  const hash = textHash(f.de);
  const rows = [{ municipality_id, flat_id: id, locale: 'de' as Locale, ...f.de, source_hash: null as string | null }];
  for (const [locale, text] of Object.entries(f.translations ?? {})) {
    rows.push({ municipality_id, flat_id: id, locale: locale as Locale, ...text, source_hash: hash });
  }
  return rows;
}

/**
 * A floor plan of the flat at Am Neuen Markt, drawn here (walls as lines, no text): two rooms, kitchen, bath,
 * hall and balcony. Made with the same encoder as uploads, so the demo has one photo to show and to remove.
 */
function floorPlan(): Promise<StoredImage> {
  const wall = 'stroke="#333" stroke-width="6" fill="none"';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="560" viewBox="0 0 800 560">
    <rect width="800" height="560" fill="#fff"/>
    <rect x="40" y="40" width="720" height="400" ${wall}/>
    <line x1="400" y1="40" x2="400" y2="440" ${wall}/>
    <line x1="400" y1="240" x2="760" y2="240" ${wall}/>
    <line x1="40" y1="300" x2="240" y2="300" ${wall}/>
    <line x1="240" y1="300" x2="240" y2="440" ${wall}/>
    <rect x="420" y="440" width="320" height="90" stroke="#333" stroke-width="4" fill="#eee"/>
  </svg>`;
  return photoFromSvg(svg);
}

/** Demo flats of Emsland Wohnbau (Meppen) and WIO (Osnabrück), with German texts and some translations. */
export const flatsSeed: SeedStep = {
  name: 'housing.flats',
  async run(tx: Tx, ctx: SeedContext) {
    const ids = seedIds(ctx, 'flat');
    const flats = DEMO_FLATS.map((f) => {
      const id = randomUUID();
      ids[`${f.municipality}/${f.key}`] = id;
      return { f, id };
    });
    await tx
      .insertInto('housing_flats')
      .values(flats.map(({ f, id }) => flatRow(ctx, f, id)))
      .execute();
    await tx
      .insertInto('housing_flat_texts')
      .values(flats.flatMap(({ f, id }) => textRows(ctx, f, id)))
      .execute();
    const plan = await floorPlan();
    await tx
      .insertInto('housing_flat_photos')
      .values({
        municipality_id: seedId(ctx, 'municipality', 'meppen'),
        flat_id: ids['meppen/am-neuen-markt']!,
        content_type: 'image/webp',
        data: plan.data,
        width: plan.width,
        height: plan.height,
        bytes: plan.data.byteLength,
        alt_text: 'Grundriss: Flur, Wohnzimmer, Schlafzimmer, Küche, Bad und Balkon zum Innenhof',
      })
      .execute();
  },
};
