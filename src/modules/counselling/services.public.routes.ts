import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { sendPage } from '../../platform/views/render.ts';
import { quartiereOf } from '../directory/index.ts';
import { LANGUAGES, TOPICS } from './counselling.tables.ts';
import { listed, publicService, slotsByDay, upcomingSlots } from './services.read.ts';
import { listServices } from './services.repository.ts';
import { serviceListQuery } from './services.schema.ts';
import { ServicePage, ServicesListPage } from './views/services-public.tsx';

/** The booking page of a service (appointments part). */
export const BOOK_PAGE = '/:locale/m/:municipality/counselling/:id/book';

const known = (list: readonly string[], v: string | undefined) => !v || list.includes(v);

/** The public pages of services: the list with its filters, and one service with its next free slots. */
export const servicesPublicRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const config = { access: PUBLIC };

  app.get(
    '/:locale/m/:municipality/counselling',
    { config, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const q = parseForm(serviceListQuery, req.query);
      const filter = q.ok ? q.data : {};
      const quartiere = await quartiereOf(db, t);
      const chosen = filter.quartier ? quartiere.find((x) => x.slug === filter.quartier) : undefined;
      // An unknown filter value matches nothing, rather than silently showing everything.
      const unknown =
        !known(TOPICS, filter.topic) || !known(LANGUAGES, filter.language) || (!!filter.quartier && !chosen);
      const rows = unknown
        ? []
        : await listServices(db, t, { activeOnly: true, ...filter, quartierId: chosen?.id, ids: undefined });
      const services = await listed(db, t, rows, { locale: req.locale, now: app.deps.now() });
      const names = new Map(quartiere.map((x) => [x.id, x.name]));
      const props = {
        tenant: t,
        services,
        filter,
        quartiere: quartiere.map((x) => ({ slug: x.slug, name: x.name })),
        quartierOf: (id: string | null) => (id ? names.get(id) : undefined),
      };
      return sendPage(req, reply, (ctx) => ServicesListPage({ ctx, ...props }));
    },
  );

  app.get(
    '/:locale/m/:municipality/counselling/:id',
    { config, schema: { params: municipalityIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const now = app.deps.now();
      const item = await publicService(db, t, req.params.id, { locale: req.locale, now });
      if (!item) throw notFound('service');
      const [slots, quartiere] = await Promise.all([upcomingSlots(db, t, item.service, now), quartiereOf(db, t)]);
      const quartier = quartiere.find((x) => x.id === item.service.quartierId)?.name;
      const days = slotsByDay(slots, 'Europe/Berlin');
      // The booking pages are the appointments part's: the links appear once that page exists.
      const bookable = app.hasRoute({ method: 'GET', url: BOOK_PAGE });
      return sendPage(req, reply, (ctx) => ServicePage({ ctx, tenant: t, item, quartier, days, bookable }));
    },
  );
};
