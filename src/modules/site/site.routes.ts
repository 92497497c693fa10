import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { AccessibilityPage } from './views/accessibility-page.tsx';
import { HomePage } from './views/home-page.tsx';
import { PlainLanguagePage } from './views/plain-language-page.tsx';
import { PrivacyPage } from './views/privacy-page.tsx';

/** True when the `:locale` of the URL is one of ours (the request context has then taken it as the locale). */
export function knownLocale(req: FastifyRequest): boolean {
  return req.locale === (req.params as { locale?: string }).locale;
}

/** Portal pages. `/` answers in the negotiated language; `/:locale/` in the chosen one. */
export const siteRoutes: FastifyPluginAsync = async (app) => {
  const home = async (req: FastifyRequest, reply: FastifyReply) => {
    const municipalities = await listMunicipalities(app.deps.db);
    return sendPage(req, reply, (ctx) => HomePage({ ctx, municipalities }));
  };
  app.get('/', { config: { access: PUBLIC } }, home);
  app.get('/:locale', { config: { access: PUBLIC } }, async (req, reply) => {
    if (!knownLocale(req)) return reply.callNotFound();
    return home(req, reply);
  });

  const page = (path: string, view: Page) =>
    app.get(`/:locale/${path}`, { config: { access: PUBLIC } }, async (req, reply) => {
      if (!knownLocale(req)) return reply.callNotFound();
      return sendPage(req, reply, view);
    });
  page('accessibility', (ctx) => AccessibilityPage({ ctx, baseUrl: app.deps.config.baseUrl }));
  const retention = {
    feedbackDays: app.deps.config.feedbackRetentionDays,
    auditDays: app.deps.config.auditRetentionDays,
  };
  page('privacy', (ctx) => PrivacyPage({ ctx, retention }));

  // Leichte Sprache is German only; every locale's footer links here.
  app.get('/de/leichte-sprache', { config: { access: PUBLIC } }, async (req, reply) =>
    sendPage(req, reply, (ctx) => PlainLanguagePage({ ctx })),
  );
};
