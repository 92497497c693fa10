import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { allowConsentedHosts, hasConsent } from '../../platform/http/consent.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { sendPage } from '../../platform/views/render.ts';
import { quartiereOf } from '../directory/index.ts';
import { stateAt, weekFrom } from './places.hours.ts';
import { featureCollection } from './places.osm.ts';
import { findPlace, listPlaces, placeTexts, placeTextsOf, spokenLanguages } from './places.repository.ts';
import { type PlaceFilter, placeFilter } from './places.schema.ts';
import { type ListedPlace, PlacesListPage } from './views/places-list.tsx';
import { PlacePage } from './views/places-page.tsx';
import { PLACE_KINDS, SOURCE_LOCALE } from './welcome.tables.ts';

const LANGUAGE = /^[a-z]{2,3}$/;

/** The places matching the filter, each with its state now and its description in the reader's language. */
async function listed(db: Executor, t: PageTenant, f: PlaceFilter, locale: Locale, now: Date): Promise<ListedPlace[]> {
  // An unknown filter value matches nothing, rather than silently showing everything.
  if ((f.kind && !(PLACE_KINDS as readonly string[]).includes(f.kind)) || (f.language && !LANGUAGE.test(f.language)))
    return [];
  const rows = await listPlaces(db, t, { kind: f.kind, language: f.language, wheelchair: f.wheelchair === 'on' });
  const texts = await placeTextsOf(
    db,
    t,
    rows.map((r) => r.id),
  );
  const out = rows.map((place) => ({
    place,
    state: place.openingHours ? stateAt(place.openingHours, place, now) : null,
    description:
      placeTexts.shownIn(
        texts.filter((x) => x.placeId === place.id),
        SOURCE_LOCALE,
        locale,
      )?.description ?? null,
  }));
  return f.open === 'on' ? out.filter((x) => x.state?.state === 'open') : out;
}

/** The public pages of places: the list, the map (after consent), one place, and the GeoJSON export. */
export const placesRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const tiles = app.deps.config.mapTiles;
  const config = { access: PUBLIC };
  const filterOf = (query: unknown): PlaceFilter => {
    const q = parseForm(placeFilter, query);
    return q.ok ? q.data : {};
  };

  app.get('/:locale/m/:municipality/places', { config, schema: { params: municipalityParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const filter = filterOf(req.query);
    const [places, languages] = await Promise.all([
      listed(db, t, filter, req.locale, app.deps.now()),
      spokenLanguages(db, t),
    ]);
    return sendPage(req, reply, (ctx) => PlacesListPage({ ctx, tenant: t, places, filter, languages }));
  });

  app.get(
    '/:locale/m/:municipality/places/map',
    {
      config,
      schema: { params: municipalityParams },
      // The tile server may serve images only to readers who agreed to it.
      onRequest: allowConsentedHosts('img-src', () => [tiles.host], tiles.url.includes('{s}.')),
    },
    async (req, reply) => {
      const t = pageTenant(req);
      const filter = filterOf(req.query);
      const [places, languages] = await Promise.all([
        listed(db, t, filter, req.locale, app.deps.now()),
        spokenLanguages(db, t),
      ]);
      const map = {
        host: tiles.host,
        given: hasConsent(req, tiles.host),
        tiles: tiles.url,
        attribution: tiles.attribution,
        back: req.url,
      };
      return sendPage(req, reply, (ctx) => PlacesListPage({ ctx, tenant: t, places, filter, languages, map }));
    },
  );

  app.get(
    '/:locale/m/:municipality/places.geojson',
    { config, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const places = await listPlaces(db, t);
      const base = `${app.deps.config.baseUrl}/${req.locale}/m/${t.slug}/places`;
      const body = featureCollection(places, (id) => `${base}/${id}`);
      return reply
        .header('content-type', 'application/geo+json; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(JSON.stringify(body));
    },
  );

  app.get(
    '/:locale/m/:municipality/places/:id',
    { config, schema: { params: municipalityIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const place = await findPlace(db, t, req.params.id);
      if (!place) throw notFound('place');
      const now = app.deps.now();
      const [texts, quartiere] = await Promise.all([placeTextsOf(db, t, [place.id]), quartiereOf(db, t)]);
      const props = {
        tenant: t,
        place,
        text: placeTexts.shownIn(texts, SOURCE_LOCALE, req.locale),
        state: place.openingHours ? stateAt(place.openingHours, place, now) : null,
        week: place.openingHours ? weekFrom(place.openingHours, place, now) : null,
        quartier: quartiere.find((q) => q.id === place.quartierId)?.name,
      };
      return sendPage(req, reply, (ctx) => PlacePage({ ctx, ...props }));
    },
  );
};
