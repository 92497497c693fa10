import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../platform/http/access.ts';
import { municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { direction } from '../../platform/i18n/locales.ts';
import { sendPage } from '../../platform/views/render.ts';
import { offlineBundle } from './offline.bundle.ts';
import { publishedGuideTexts } from './guide.read.ts';
import { OfflinePage, offlineUrls } from './views/offline-page.tsx';

// Read once at start: two small browser scripts of this part (no build step; the budget is checked by a test).
const SW_SCRIPT = readFileSync(join(import.meta.dirname, 'offline.sw.js'), 'utf8');
const PAGE_SCRIPT = readFileSync(join(import.meta.dirname, 'offline.page.js'), 'utf8');

/** Offline reading: the opt-in page, the versioned bundle, the service worker and the page's script. */
export const offlineRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const route = { config: { access: PUBLIC }, schema: { params: municipalityParams } };
  const base = '/:locale/m/:municipality/guide';

  const bundleOf = async (req: FastifyRequest) => {
    const t = pageTenant(req);
    const texts = await publishedGuideTexts(db, t, req.locale);
    const tr = req.t;
    return offlineBundle(texts, {
      municipality: t.slug,
      locale: req.locale,
      dir: direction(req.locale),
      stylesheet: app.assets.url('app.css'),
      labels: {
        asOf: tr('welcome.offline.asOf', { date: '%DATE%' }),
        contents: tr('welcome.offline.contents'),
        offline: tr('welcome.offline.offline'),
      },
    });
  };

  app.get(`${base}/offline`, route, async (req, reply) => {
    const t = pageTenant(req);
    const bundle = await bundleOf(req);
    return sendPage(req, reply, (ctx) => OfflinePage({ ctx, tenant: t, bundle }));
  });

  app.get(`${base}/offline.json`, route, async (req, reply) => {
    const bundle = await bundleOf(req);
    return reply
      .header('cache-control', 'no-cache')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(bundle));
  });

  app.get(`${base}/sw.js`, route, async (req, reply) => {
    const t = pageTenant(req);
    // The worker lives beside the guide's pages and serves the guide itself (…/guide) as well as what lies below.
    return reply
      .header('service-worker-allowed', offlineUrls(req.locale, t.slug).scope)
      .header('cache-control', 'no-cache')
      .type('text/javascript; charset=utf-8')
      .send(SW_SCRIPT);
  });

  app.get(`${base}/offline.js`, route, async (_req, reply) =>
    reply.header('cache-control', 'public, max-age=3600').type('text/javascript; charset=utf-8').send(PAGE_SCRIPT),
  );
};
