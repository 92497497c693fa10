import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fromFloating, parseLocal } from '../../lib/calendar/index.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import type { FieldError } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { sendPage } from '../../platform/views/render.ts';
import { getQuartierBySlug, quartiereOf } from '../directory/index.ts';
import { typeChoices } from './event-types.ts';
import { type EventFilter, listDates, publicEvent } from './events.read.ts';
import { type ListQuery, listQuery } from './events.schema.ts';
import { EventListPage } from './views/event-list.tsx';
import { berlinDay, EventMonthPage, shiftMonth } from './views/event-month.tsx';
import { EventPage } from './views/event-page.tsx';
import { REGISTER_ROUTE } from './views/event-parts.tsx';

/** The instant a Berlin calendar day begins. */
export const dayBegins = (day: string) => fromFloating(parseLocal(`${day}T00:00`) ?? new Date(0), 'Europe/Berlin');

export const LIST_SIZE = 20;

/** The calendar day after "YYYY-MM-DD". */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The filter of a valid query (the Quartier by slug: an unknown one is the filter's error, not a 404). */
async function filterOf(
  db: Executor,
  t: Tenant,
  q: ListQuery,
  now: Date,
): Promise<{ filter: EventFilter; month: string | null } | { error: Record<string, FieldError> }> {
  let quartierId: string | undefined;
  if (q.quartier) {
    try {
      quartierId = (await getQuartierBySlug(db, t, q.quartier)).id;
    } catch {
      return { error: { quartier: { key: 'community.events.error.filter' } } };
    }
  }
  if (q.from && q.to && q.to < q.from) return { error: { to: { key: 'community.events.error.toBeforeFrom' } } };
  const month = q.view === 'month' ? (q.month ?? berlinDay(now).slice(0, 7)) : null;
  const from = month ? dayBegins(`${month}-01`) : q.from ? dayBegins(q.from) : dayBegins(berlinDay(now));
  const to = month ? dayBegins(`${shiftMonth(month, 1)}-01`) : q.to ? dayBegins(nextDay(q.to)) : null;
  const filter: EventFilter = {
    from,
    to,
    ...(q.type ? { type: q.type } : {}),
    ...(q.lang ? { lang: q.lang } : {}),
    ...(q.accessible ? { accessible: true } : {}),
    ...(q.family ? { family: true } : {}),
    ...(q.free ? { free: true } : {}),
    ...(quartierId ? { quartierId } : {}),
    ...(q.q ? { q: q.q } : {}),
  };
  return { filter, month };
}

/** The public calendar of a municipality: list and month view with filters, and each event's page. */
export const eventsPublicRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  app.get(
    '/:locale/m/:municipality/events',
    { config: { access: PUBLIC }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const form = parseForm(listQuery, req.query);
      const q = form.ok ? form.data : {};
      const [types, quartiere] = await Promise.all([typeChoices(db, t, req.t, req.locale), quartiereOf(db, t)]);
      const found = form.ok ? await filterOf(db, t, q, app.deps.now()) : { error: form.ok ? {} : form.errors };
      const errors = 'error' in found ? found.error : {};
      const page = q.page ?? 1;
      const month = 'filter' in found ? found.month : null;
      const slice = month ? null : { limit: LIST_SIZE, offset: (page - 1) * LIST_SIZE };
      const empty = { rows: [], total: 0, texts: [], rooms: [] };
      const data = 'filter' in found ? await listDates(db, t, found.filter, slice) : empty;
      const props = {
        tenant: t,
        state: { values: form.values, errors },
        types: types.choices,
        quartiere: quartiere.map((x): [string, string] => [x.slug, x.name]),
        rows: data.rows,
        texts: data.texts,
        rooms: data.rooms,
      };
      const status = Object.keys(errors).length > 0 ? 422 : 200;
      if (month || q.view === 'month') {
        const current = berlinDay(app.deps.now()).slice(0, 7);
        const m = month ?? current;
        // Paging goes from last month to the end of the planned year (dates exist that far).
        const range = { first: shiftMonth(current, -1), last: shiftMonth(current, 12) };
        return sendPage(req, reply, (ctx) => EventMonthPage({ ctx, ...props, month: m, range }), status);
      }
      const list = { total: data.total, page, pageSize: LIST_SIZE, baseUrl: app.deps.config.baseUrl };
      return sendPage(req, reply, (ctx) => EventListPage({ ctx, ...props, ...list }), status);
    },
  );

  app.get(
    '/:locale/m/:municipality/events/:id',
    { config: { access: PUBLIC }, schema: { params: municipalityIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const now = app.deps.now();
      const detail = await publicEvent(db, t, req.params.id, now);
      if (!detail) throw notFound('event');
      const types = await typeChoices(db, t, req.t, req.locale);
      const typeLabel = types.choices.find((x) => x.key === detail.event.typeKey)?.label ?? detail.event.typeKey;
      const canRegister = app.hasRoute({ method: 'GET', url: REGISTER_ROUTE });
      const url = `${app.deps.config.baseUrl}/${req.locale}/m/${t.slug}/events/${detail.event.id}`;
      return sendPage(req, reply, (ctx) =>
        EventPage({ ctx, tenant: t, detail, typeLabel, canRegister, now, url, baseUrl: app.deps.config.baseUrl }),
      );
    },
  );
};
