import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fetchPage } from '../../platform/db/paginate.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { localeParams } from '../../platform/http/params.ts';
import { sendPage } from '../../platform/views/render.ts';
import { adaptPlaces, listed } from './practice.listed.ts';
import { findPracticeBySlug, listPractices } from './practice.repository.ts';
import { practiceListQuery, practiceSlug } from './practice.schema.ts';
import { staffPracticeUrls } from './views/practice-parts.tsx';
import { PracticeListPage, PracticePage } from './views/practice-public.tsx';
import { CONTENT_EDITORS } from './welcome.policy.ts';
import { PRACTICE_TAGS } from './welcome.tables.ts';

export const PRACTICE_PAGE_SIZE = 10;

const slugParams = localeParams.extend({ slug: practiceSlug });

/** The words of a search: up to five, each at least two letters. */
export function wordsOf(q: string | undefined): string[] {
  return (q ?? '')
    .split(/\s+/)
    .filter((w) => w.length >= 2)
    .slice(0, 5);
}

/** The public library: the list (search, tag filter, pages) and one example. */
export const practicePublicRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const config = { access: PUBLIC };

  app.get('/:locale/practice', { config, schema: { params: localeParams } }, async (req, reply) => {
    const q = parseForm(practiceListQuery, req.query);
    const filter = q.ok ? q.data : { page: 1 };
    const tag = 'tag' in filter ? filter.tag : undefined;
    const query = 'q' in filter ? filter.q : undefined;
    // An unknown tag matches nothing, rather than silently showing everything.
    const unknownTag = !!tag && !(PRACTICE_TAGS as readonly string[]).includes(tag);
    const data = await fetchPage(filter.page, PRACTICE_PAGE_SIZE, async (slice) => {
      if (unknownTag) return { rows: [], total: 0 };
      const page = await listPractices(db, { status: 'published', tag, words: wordsOf(query) }, slice);
      return { rows: await listed(db, page.rows, req.locale), total: page.total };
    });
    return sendPage(req, reply, (ctx) => PracticeListPage({ ctx, data, filter: { q: query, tag } }));
  });

  app.get('/:locale/practice/:slug', { config, schema: { params: slugParams } }, async (req, reply) => {
    const row = await findPracticeBySlug(db, req.params.slug);
    if (row?.status !== 'published') throw notFound('practice');
    const [item] = await listed(db, [row], req.locale);
    if (!item) throw notFound('practice');
    const places = await adaptPlaces(db, req.user?.roles ?? [], CONTENT_EDITORS);
    const adaptLinks = places.map((m) => ({
      href: staffPracticeUrls(req.locale, m.slug).adapt(row.slug),
      name: m.name,
    }));
    return sendPage(req, reply, (ctx) => PracticePage({ ctx, item, adaptLinks }));
  });
};
