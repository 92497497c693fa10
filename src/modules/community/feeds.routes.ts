import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { locale, pageTenant, slug, uuid } from '../../platform/http/params.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { getQuartierBySlug } from '../directory/index.ts';
import type { FeedScope } from './feeds.repository.ts';
import { organiserName } from './feeds.repository.ts';
import { buildFeed } from './feeds.service.ts';

/** `?lang=`: the language of titles and descriptions (German when absent). */
export const feedQuery = z.object({ lang: locale.optional() });

const municipalityOnly = z.object({ municipality: slug });

/** The feed URLs of a municipality, for links and subscriptions (relative; prefix the site's address). */
export const feedPaths = {
  municipality: (m: string) => `/m/${m}/events.ics`,
  quartier: (m: string, q: string) => `/m/${m}/q/${q}/events.ics`,
  organiser: (m: string, id: string) => `/m/${m}/organisers/${id}/events.ics`,
  event: (m: string, id: string) => `/m/${m}/events/${id}/event.ics`,
};

interface Answer {
  scope: FeedScope;
  /** The calendar's name in the feed's language. */
  name: (t: (key: string, values?: Record<string, string>) => string) => string;
  /** The file name offered when the feed is downloaded. */
  file: string;
}

/**
 * The iCalendar feeds of a municipality's events (subscriptions for phones and calendar programs): all events, a
 * Quartier's, an organiser's, one series. Public, read-only, in the language asked for with `?lang=`.
 */
export const feedsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  async function send(req: FastifyRequest, reply: FastifyReply, lang: Locale | undefined, answer: Answer) {
    const m = pageTenant(req);
    const feedLocale = lang ?? 'de';
    const t = app.deps.messages.translator(feedLocale);
    const text = await buildFeed(db, {
      scope: answer.scope,
      locale: feedLocale,
      name: answer.name(t),
      baseUrl: app.deps.config.baseUrl,
      municipality: m,
      now: app.deps.now(),
    });
    if (text === null) throw notFound('event');
    // Calendar clients poll: an unchanged feed is answered with 304 and no body. The stamp (DTSTAMP) is the same
    // for all events of a feed and changes with every read, so it is left out of the tag.
    const etag = `"${createHash('sha256')
      .update(text.replace(/^DTSTAMP:.*$/gm, ''))
      .digest('base64url')
      .slice(0, 27)}"`;
    reply.header('etag', etag);
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${answer.file}"`)
      .header('cache-control', 'public, max-age=300')
      .send(text);
  }

  // In the API document too (text/calendar, RFC 5545), so that others find the feeds beside the JSON API.
  const options = <P extends z.ZodType>(params: P, summary: string) => ({
    config: { access: PUBLIC },
    schema: { tags: ['community'], summary, params, querystring: feedQuery },
  });

  app.get(
    '/m/:municipality/events.ics',
    options(municipalityOnly, 'iCalendar feed of all public events of a municipality'),
    async (req, reply) => {
      const m = pageTenant(req);
      return send(req, reply, req.query.lang, {
        scope: { kind: 'municipality' },
        name: (t) => t('community.feeds.calendar.municipality', { municipality: m.name }),
        file: `${m.slug}-events.ics`,
      });
    },
  );

  app.get(
    '/m/:municipality/q/:quartier/events.ics',
    options(municipalityOnly.extend({ quartier: slug }), 'iCalendar feed of the public events in a Quartier'),
    async (req, reply) => {
      const m = pageTenant(req);
      const q = await getQuartierBySlug(db, m, req.params.quartier);
      return send(req, reply, req.query.lang, {
        scope: { kind: 'quartier', quartierId: q.id },
        name: (t) => t('community.feeds.calendar.quartier', { quartier: q.name, municipality: m.name }),
        file: `${m.slug}-${q.slug}-events.ics`,
      });
    },
  );

  app.get(
    '/m/:municipality/organisers/:organiserId/events.ics',
    options(municipalityOnly.extend({ organiserId: uuid }), 'iCalendar feed of an organiser’s public events'),
    async (req, reply) => {
      const m = pageTenant(req);
      const organiser = await organiserName(db, m, req.params.organiserId);
      if (organiser === null) throw notFound('organiser');
      return send(req, reply, req.query.lang, {
        scope: { kind: 'organiser', organiserId: req.params.organiserId },
        name: (t) => t('community.feeds.calendar.organiser', { organiser, municipality: m.name }),
        file: `${m.slug}-organiser-events.ics`,
      });
    },
  );

  app.get(
    '/m/:municipality/events/:id/event.ics',
    options(municipalityOnly.extend({ id: uuid }), 'iCalendar file of one event series'),
    async (req, reply) => {
      const m = pageTenant(req);
      return send(req, reply, req.query.lang, {
        scope: { kind: 'event', eventId: req.params.id },
        // The series' own title names its calendar (see buildFeed).
        name: () => '',
        file: `${m.slug}-event-${req.params.id}.ics`,
      });
    },
  );
};
