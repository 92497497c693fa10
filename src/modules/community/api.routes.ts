import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fromFloating, parseLocal, toFloating } from '../../lib/calendar/index.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { pageTenant, slug } from '../../platform/http/params.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { pageSlice } from '../../platform/views/components/pagination.tsx';
import { quartiereOf } from '../directory/index.ts';
import { eventsApiQuery, occurrenceList, type occurrenceSchema, problem } from './api.schema.ts';
import { eventTexts, type OccurrenceRow, occurrencesBetween } from './feeds.repository.ts';
import { feedPaths } from './feeds.routes.ts';
import { eventUrl, textIn } from './feeds.service.ts';

const ZONE = 'Europe/Berlin';
/** Days a request may span at most (a year and a day: a whole year from any day). */
export const MAX_RANGE_DAYS = 366;
const DEFAULT_RANGE_DAYS = 30;
const API_PAGE_SIZE = 100;

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** The instant a German day begins. */
const dayStart = (day: string) => fromFloating(parseLocal(`${day}T00:00`)!, ZONE);

function invalid(field: string, key: string): AppError {
  return new AppError('validation', 422, 'error.badRequest', {}, { [field]: { key } });
}

type Item = z.infer<typeof occurrenceSchema>;
type Quartiere = Map<string, { slug: string; name: string }>;

function toItem(
  o: OccurrenceRow,
  text: ReturnType<typeof textIn>,
  at: { baseUrl: string; lang: Locale; municipality: string; quartiere: Quartiere },
): Item {
  const quartierId = o.quartierId ?? o.roomQuartierId;
  return {
    id: o.occurrenceId,
    eventId: o.id,
    uid: o.uid,
    url: eventUrl(at.baseUrl, at.lang, at.municipality, o.id),
    icsUrl: `${at.baseUrl}${feedPaths.event(at.municipality, o.id)}?lang=${at.lang}`,
    type: o.typeKey,
    title: text?.title ?? '',
    description: text?.description ?? '',
    lang: text?.lang ?? o.sourceLocale,
    translated: text?.translated ?? false,
    startsAt: o.startsAt.toISOString(),
    endsAt: o.endsAt.toISOString(),
    originalStart: o.originalStart.toISOString(),
    timeZone: o.timeZone,
    status: o.status === 'cancelled' ? 'cancelled' : o.occurrenceStatus,
    moved: o.startsAt.getTime() !== o.originalStart.getTime(),
    place: {
      room: o.roomName,
      address: o.roomName ? `${o.roomStreet}, ${o.roomPostcode} ${o.roomCity}` : (o.address ?? ''),
    },
    quartier: (quartierId && at.quartiere.get(quartierId)) || null,
    organiser: o.organiserName,
    languages: o.languages,
    accessibility: {
      wheelchairAccessible: o.wheelchairAccessible,
      stepFree: o.stepFree,
      signLanguage: o.signLanguage,
      hearingLoop: o.hearingLoop,
    },
    familyFriendly: o.familyFriendly,
    childcare: o.childcare,
    costCents: o.costCents,
    registration: o.registration,
    places: o.places,
    placesLeft: o.places === null ? null : Math.max(0, o.places - o.confirmedCount),
  };
}

/** The public events API: the dates of a municipality's events in a range of days, texts in one language. */
export const eventsApiRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  app.get(
    '/api/v1/municipalities/:municipality/events',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['community'],
        summary:
          'Dates of public events of a municipality: from, to (days YYYY-MM-DD in German local time, both included; ' +
          `default today and 30 days on; at most ${MAX_RANGE_DAYS} days), type (event type key), quartier (slug), ` +
          'lang (language of titles and descriptions, default de), page (100 per page)',
        params: z.object({ municipality: slug }),
        response: { 200: occurrenceList, 404: problem, 422: problem },
      },
    },
    async (req) => {
      const t = pageTenant(req);
      const form = parseForm(eventsApiQuery, req.query);
      if (!form.ok) throw new AppError('validation', 422, 'error.badRequest', {}, form.errors);
      const q = form.data;
      const lang: Locale = q.lang ?? 'de';
      const from = q.from ?? toFloating(app.deps.now(), ZONE).toISOString().slice(0, 10);
      const to = q.to ?? addDays(from, DEFAULT_RANGE_DAYS - 1);
      if (to < from) throw invalid('to', 'community.feeds.api.toBeforeFrom');
      if (Date.parse(to) - Date.parse(from) >= MAX_RANGE_DAYS * 86_400_000) {
        throw invalid('to', 'community.feeds.api.rangeTooLong');
      }
      const all = await quartiereOf(db, t);
      const quartiere: Quartiere = new Map(all.map((x) => [x.id, { slug: x.slug, name: x.name }]));
      const quartier = q.quartier === undefined ? undefined : all.find((x) => x.slug === q.quartier);
      if (q.quartier !== undefined && !quartier) throw invalid('quartier', 'community.feeds.api.quartierUnknown');
      const filter = {
        from: dayStart(from),
        to: dayStart(addDays(to, 1)),
        ...(q.type ? { typeKey: q.type } : {}),
        ...(quartier ? { quartierId: quartier.id } : {}),
      };
      const { rows, total } = await occurrencesBetween(db, t, filter, pageSlice(q.page, API_PAGE_SIZE));
      const texts = await eventTexts(db, t, [...new Set(rows.map((r) => r.id))]);
      const at = { baseUrl: app.deps.config.baseUrl, lang, municipality: t.slug, quartiere };
      const items = rows.map((o) => toItem(o, textIn(texts, o.id, lang, o.sourceLocale), at));
      return { from, to, lang, items, total, page: q.page, pageSize: API_PAGE_SIZE };
    },
  );
};
