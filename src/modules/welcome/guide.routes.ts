import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { sendPage } from '../../platform/views/render.ts';
import { readerGuidePage, readerGuideTree } from './guide.read.ts';
import { GUIDE_SLUG } from './guide.schema.ts';
import { GuidePlainPage, GuidePrintPage, GuideReaderPage, GuideTreePage } from './views/guide-public.tsx';

const slugParams = municipalityParams.extend({ slug: z.string().regex(GUIDE_SLUG) });

/** The readers' pages of the guide: the tree, a page, its print view and its Leichte Sprache text. Published only. */
export const guidePublicRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const config = { access: PUBLIC };
  const one = { config, schema: { params: slugParams } };

  app.get('/:locale/m/:municipality/guide', { config, schema: { params: municipalityParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const trees = await readerGuideTree(db, t, req.locale);
    return sendPage(req, reply, (ctx) => GuideTreePage({ ctx, tenant: t, trees }));
  });

  app.get('/:locale/m/:municipality/guide/:slug', one, async (req, reply) => {
    const t = pageTenant(req);
    const found = await readerGuidePage(db, t, req.params.slug, req.locale);
    if (!found) throw notFound('guide_page');
    return sendPage(req, reply, (ctx) => GuideReaderPage({ ctx, tenant: t, ...found }));
  });

  app.get('/:locale/m/:municipality/guide/:slug/print', one, async (req, reply) => {
    const t = pageTenant(req);
    const found = await readerGuidePage(db, t, req.params.slug, req.locale);
    if (!found) throw notFound('guide_page');
    return sendPage(req, reply, (ctx) => GuidePrintPage({ ctx, tenant: t, ...found }));
  });

  // Leichte Sprache is German: the page exists under /de/ only, and only where the text was written.
  app.get('/:locale/m/:municipality/guide/:slug/leichte-sprache', one, async (req, reply) => {
    const t = pageTenant(req);
    if (req.params.locale !== 'de') throw notFound('guide_page');
    const found = await readerGuidePage(db, t, req.params.slug, 'de');
    if (!found?.plain) throw notFound('guide_page');
    const text = found.plain;
    return sendPage(req, reply, (ctx) => GuidePlainPage({ ctx, tenant: t, page: found.page, text }));
  });
};
