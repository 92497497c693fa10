import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../platform/http/access.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { sendPage } from '../../platform/views/render.ts';
import { searchQuery } from './search.schema.ts';
import { search } from './search.service.ts';
import { SearchPage } from './views/search-page.tsx';

/** The search page of a municipality: one GET form, its results ranked and paginated; bad input is a 422 page. */
export const searchRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  app.get(
    '/:locale/m/:municipality/search',
    { config: { access: PUBLIC }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const tenant = pageTenant(req);
      const form = parseForm(searchQuery, req.query);
      const state = { values: form.values, errors: form.ok ? {} : form.errors };
      if (!form.ok) return sendPage(req, reply, (ctx) => SearchPage({ ctx, tenant, state, results: null }), 422);
      const query = form.data.q ?? '';
      const results = query
        ? await search(db, app.manifests, {
            tenant,
            locale: req.locale,
            query,
            page: form.data.page ?? 1,
            now: app.deps.now(),
          })
        : null;
      return sendPage(req, reply, (ctx) => SearchPage({ ctx, tenant, state, results, query }));
    },
  );
};
