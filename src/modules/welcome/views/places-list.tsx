import type { PageTenant } from '../../../platform/db/tenant.ts';
import { ConsentPlaceholder } from '../../../platform/views/components/consent.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { StateNow } from '../places.hours.ts';
import type { Place } from '../places.repository.ts';
import type { PlaceFilter } from '../places.schema.ts';
import { PLACE_KINDS } from '../welcome.tables.ts';
import { OpenState, placeUrls, spokenName } from './places-parts.tsx';

/** A place in the list with what its card shows. */
export interface ListedPlace {
  place: Place;
  state: StateNow | null;
  description: string | null;
}

/** The map of the map page: shown only after consent to the tile server (else the placeholder). */
export interface MapView {
  host: string;
  given: boolean;
  tiles: string;
  attribution: string;
  /** The page to come back to after the consent form. */
  back: string;
}

function Select(p: { id: string; label: string; all: string; value?: string; options: [string, string][] }) {
  return (
    <div class="kern-form-input">
      <label class="kern-label" for={`f-${p.id}`}>
        {p.label}
      </label>
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id={`f-${p.id}`} name={p.id}>
          <option value="">{p.all}</option>
          {p.options.map(([v, l]) => (
            <option value={v} selected={v === p.value}>
              {l}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function Tick(p: { id: string; label: string; on: boolean }) {
  return (
    <div class="kern-form-check">
      <input class="kern-form-check__checkbox" type="checkbox" id={`f-${p.id}`} name={p.id} checked={p.on} />
      <label class="kern-label" for={`f-${p.id}`}>
        {p.label}
      </label>
    </div>
  );
}

/** The filters as a GET form: they work without JavaScript. */
function Filters(p: { ctx: ViewContext; action: string; filter: PlaceFilter; languages: readonly string[] }) {
  const { ctx, filter } = p;
  const { t } = ctx;
  return (
    <form method="get" action={p.action} class="z-filter" aria-label={t('welcome.places.filter.label')}>
      <Select
        id="kind"
        label={t('welcome.places.field.kind')}
        all={t('welcome.places.filter.allKinds')}
        value={filter.kind}
        options={PLACE_KINDS.map((k) => [k, t(`welcome.placeKind.${k}`)])}
      />
      <Select
        id="language"
        label={t('welcome.places.filter.language')}
        all={t('welcome.places.filter.allLanguages')}
        value={filter.language}
        options={p.languages.map((l) => [l, spokenName(ctx, l)])}
      />
      <Tick id="open" label={t('welcome.places.filter.open')} on={filter.open === 'on'} />
      <Tick id="wheelchair" label={t('welcome.places.filter.wheelchair')} on={filter.wheelchair === 'on'} />
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{t('welcome.places.filter.apply')}</span>
      </button>
    </form>
  );
}

function Cards({ ctx, slug, places }: { ctx: ViewContext; slug: string; places: readonly ListedPlace[] }) {
  const urls = placeUrls(ctx, slug);
  if (places.length === 0) return <p class="kern-body z-empty">{ctx.t('welcome.places.empty')}</p>;
  return (
    <ul class="z-cards">
      {places.map(({ place, state, description }) => (
        <li class="z-card">
          <h2 class="kern-heading-small">
            <a class="kern-link" href={urls.place(place.id)}>
              {place.name}
            </a>
          </h2>
          <p class="kern-body">
            {ctx.t(`welcome.placeKind.${place.kind}`)}
            {place.street && ` · ${place.street}`}
          </p>
          <OpenState ctx={ctx} state={state} byAppointment={place.byAppointment} />
          {description && <p class="kern-body">{description}</p>}
        </li>
      ))}
    </ul>
  );
}

/** The map box and its data: drawn by `map.js` with Leaflet, both from our own assets, after consent only. */
function PlacesMap({
  ctx,
  slug,
  map,
  places,
}: {
  ctx: ViewContext;
  slug: string;
  map: MapView;
  places: readonly ListedPlace[];
}) {
  const urls = placeUrls(ctx, slug);
  const points = places
    .filter(({ place }) => place.lat !== null && place.lon !== null)
    .map(({ place }) => ({ lat: place.lat, lon: place.lon, name: place.name, href: urls.place(place.id) }));
  // JSON in a data block is not run; `<` is escaped so that no name can close the block.
  const json = JSON.stringify(points).replace(/</g, '\\u003c');
  return (
    <ConsentPlaceholder
      ctx={ctx}
      host={map.host}
      what={ctx.t('welcome.places.map.what')}
      given={map.given}
      back={map.back}
      id="places-map"
    >
      <link rel="stylesheet" href={ctx.asset('map.css')} />
      <section
        id="z-map"
        class="z-map"
        data-tiles={map.tiles}
        data-attribution={map.attribution}
        aria-label={ctx.t('welcome.places.map.label')}
      />
      <script type="application/json" id="z-map-points" dangerouslySetInnerHTML={{ __html: json }} />
      <script src={ctx.asset('leaflet.js')} defer />
      <script src={ctx.asset('map.js')} defer />
    </ConsentPlaceholder>
  );
}

/** The municipality's places with filters (kind, language, open now, wheelchair); on the map page with the map. */
export function PlacesListPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  places: readonly ListedPlace[];
  filter: PlaceFilter;
  languages: readonly string[];
  map?: MapView;
}) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const urls = placeUrls(ctx, tenant.slug);
  const heading = t(p.map ? 'welcome.places.map.title' : 'welcome.places.title', { municipality: tenant.name });
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="kern-heading-large">{heading}</h1>
      <p class="kern-body">{t('welcome.places.intro')}</p>
      <p class="kern-body">
        {p.map ? (
          <a class="kern-link" href={urls.list}>
            {t('welcome.places.toList')}
          </a>
        ) : (
          <a class="kern-link" href={urls.map}>
            {t('welcome.places.toMap')}
          </a>
        )}
        {' · '}
        <a class="kern-link" href={urls.geojson} type="application/geo+json">
          {t('welcome.places.geojson')}
        </a>
      </p>
      {p.map && <PlacesMap ctx={ctx} slug={tenant.slug} map={p.map} places={p.places} />}
      <Filters ctx={ctx} action={p.map ? urls.map : urls.list} filter={p.filter} languages={p.languages} />
      <p class="kern-body" aria-live="polite">
        {t('welcome.places.count', { count: p.places.length })}
      </p>
      <Cards ctx={ctx} slug={tenant.slug} places={p.places} />
    </Layout>
  );
}
