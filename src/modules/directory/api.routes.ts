import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import {
  boundaryFeature,
  boundaryParams,
  municipalityDetail,
  municipalityList,
  municipalityParams,
  problem,
} from './api.schema.ts';
import { allMunicipalities, municipalityOverview } from './municipalities.service.ts';
import { sourceHash } from './translations.service.ts';

const TAGS = ['directory'];

/** The options of a public API route that reads one thing by its path, and answers 404 when it is not there. */
function publicLookup<P, R>(summary: string, params: P, ok: R) {
  return {
    config: { access: PUBLIC },
    schema: { tags: TAGS, summary, params, response: { 200: ok, 404: problem } },
  };
}

/** The directory's public JSON API: municipalities with their Quartiere and providers, Quartier boundaries. */
export const apiRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/api/v1/municipalities';

  app.get(
    base,
    {
      config: { access: PUBLIC },
      schema: { tags: TAGS, summary: 'All municipalities', response: { 200: municipalityList } },
    },
    async () => {
      const rows = await allMunicipalities(db);
      return { items: rows.map(({ slug, ags, name, district }) => ({ slug, ags, name, district })) };
    },
  );

  app.get(
    `${base}/:municipality`,
    publicLookup('One municipality with its Quartiere and providers', municipalityParams, municipalityDetail),
    async (req) => {
      const o = await municipalityOverview(db, req.params.municipality);
      if (!o) throw notFound('municipality');
      const { slug, ags, name, district } = o.municipality;
      return {
        slug,
        ags,
        name,
        district,
        quartiere: o.quartiere.map((q) => ({
          slug: q.slug,
          name: q.name,
          areaDescription: q.areaDescription,
          approxResidents: q.approxResidents,
          sourceLocale: q.sourceLocale,
          translations: o.translations
            .filter((tr) => tr.quartierId === q.id)
            .map((tr) => ({
              locale: tr.locale,
              areaDescription: tr.areaDescription,
              outdated: tr.sourceHash !== sourceHash(q.areaDescription),
            })),
          boundaryUrl: q.boundary ? `${base}/${slug}/quartiere/${q.slug}/boundary` : null,
        })),
        providers: o.providers.map(({ name, kind, email, phone, website }) => ({ name, kind, email, phone, website })),
      };
    },
  );

  app.get(
    `${base}/:municipality/quartiere/:quartier/boundary`,
    publicLookup('The boundary of a Quartier as a GeoJSON Feature (RFC 7946)', boundaryParams, boundaryFeature),
    async (req, reply) => {
      const o = await municipalityOverview(db, req.params.municipality);
      const q = o?.quartiere.find((x) => x.slug === req.params.quartier);
      if (!o || !q?.boundary) throw notFound('quartier');
      reply.type('application/geo+json; charset=utf-8');
      return {
        type: 'Feature' as const,
        properties: { municipality: o.municipality.slug, slug: q.slug, name: q.name },
        geometry: q.boundary,
      };
    },
  );
};
