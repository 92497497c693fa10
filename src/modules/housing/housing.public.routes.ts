import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { PAGE_SIZE, pageSlice } from '../../platform/views/components/pagination.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { quartiereOf } from '../directory/index.ts';
import { flatFit } from './flat-fit.ts';
import { fitNeedsOf } from './flats.household.ts';
import { findFlat, listFlats } from './flats.read.ts';
import type { FlatFilter } from './flats.repository.ts';
import { type SearchQuery, searchQuery } from './flats.schema.ts';
import { FlatPage } from './views/flat-page.tsx';
import { FlatsSearchPage } from './views/flats-search.tsx';

/** The application part's page for a flat. */
export const APPLY_ROUTE = '/:locale/m/:municipality/flats/:id/apply';

/** The search's filters as the repository takes them (rent typed in whole euros). */
export function filterOf(q: SearchQuery): FlatFilter {
  return {
    ...(q.quartier ? { quartierId: q.quartier } : {}),
    ...(q.rooms !== undefined ? { minRooms: q.rooms } : {}),
    ...(q.maxRent !== undefined ? { maxRentCents: q.maxRent * 100 } : {}),
    ...(q.stepFree ? { stepFree: true } : {}),
    ...(q.wheelchair ? { wheelchair: true } : {}),
    ...(q.wbs === 'required' || q.wbs === 'free' ? { wbs: q.wbs } : {}),
  };
}

/** The public flat search of a municipality and a flat's page. */
export const flatsPublicRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  app.get(
    '/:locale/m/:municipality/flats',
    { config: { access: PUBLIC }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const form = parseForm(searchQuery, req.query);
      const q = form.ok ? form.data : {};
      const page = q.page ?? 1;
      const quartiere = (await quartiereOf(db, t)).map((x): [string, string] => [x.id, x.name]);
      // Filters that do not parse search nothing: the form comes back with what was typed and what is wrong.
      const { rows, total } = form.ok ? await listFlats(db, t, filterOf(q), pageSlice(page)) : { rows: [], total: 0 };
      const state = { values: form.values, errors: form.ok ? {} : form.errors };
      const props = { tenant: t, rows, total, page, pageSize: PAGE_SIZE, state, quartiere };
      return sendPage(req, reply, (ctx) => FlatsSearchPage({ ctx, ...props }), form.ok ? 200 : 422);
    },
  );

  app.get(
    '/:locale/m/:municipality/flats/:id',
    { config: { access: PUBLIC }, schema: { params: municipalityIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const f = await findFlat(db, t, req.params.id);
      if (!f) throw notFound('flat');
      const needs = req.user ? await fitNeedsOf(db, t, req.user.id, app.deps.now()) : null;
      const fit = needs ? flatFit(f, needs) : null;
      // The apply page belongs to the application part; link to it once it is there.
      const canApply = app.hasRoute({ method: 'GET', url: APPLY_ROUTE });
      return sendPage(req, reply, (ctx) => FlatPage({ ctx, tenant: t, f, fit, canApply }));
    },
  );
};
