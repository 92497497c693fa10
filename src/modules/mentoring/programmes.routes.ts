import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Executor } from '../../platform/db/types.ts';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { decide, PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { municipalityParams, pageTenant, slug } from '../../platform/http/params.ts';
import { sendPage } from '../../platform/views/render.ts';
import { cyclesOf, findProgramme, isProgrammeStaff, listProgrammes, programmesStaffedBy } from './core.repository.ts';
import { ADMINISTER_PROGRAMMES, RUN_PROGRAMMES } from './mentoring.policy.ts';
import { berlinDay, programmeTexts, statusCounts, takenPlaces } from './programmes.repository.ts';
import { ProgrammeAdminPage } from './views/programme-admin.tsx';
import { ProgrammeListPage } from './views/programme-list.tsx';
import { ProgrammePage } from './views/programme-page.tsx';

export const programmeParams = municipalityParams.extend({ programme: slug });

/** A programme by the slug in the URL, with its text in the reader's language; 404 when the tenant has none. */
export async function programmeOf(db: Executor, t: PageTenant, key: string, locale: string) {
  const programme = await findProgramme(db, t, key);
  if (!programme) throw notFound('mentoring.programme');
  const text = (await programmeTexts(db, t, [programme.id], locale)).get(programme.id);
  return {
    programme,
    title: text?.title ?? programme.slug,
    aim: text?.aim ?? '',
    textLocale: text?.lang ?? 'de',
    /** Why the text is not in the reader's language as it stands: the translation is missing or outdated. */
    shown: { missing: text?.missing ?? false, outdated: text?.outdated ?? false },
  };
}

/** The public programme pages and the staff's overview of the programmes they run. */
export const programmesRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  app.get(
    '/:locale/m/:municipality/mentoring',
    { config: { access: PUBLIC }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const programmes = (await listProgrammes(db, t)).filter((p) => p.active);
      const texts = await programmeTexts(
        db,
        t,
        programmes.map((p) => p.id),
        req.locale,
      );
      const cycles = new Map(
        await Promise.all(programmes.map(async (p) => [p.id, await cyclesOf(db, t, p.id)] as const)),
      );
      const today = berlinDay(app.deps.now());
      return sendPage(req, reply, (ctx) => ProgrammeListPage({ ctx, tenant: t, programmes, texts, cycles, today }));
    },
  );

  app.get(
    '/:locale/m/:municipality/mentoring/:programme',
    { config: { access: PUBLIC }, schema: { params: programmeParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const p = await programmeOf(db, t, req.params.programme, req.locale);
      if (!p.programme.active) throw notFound('mentoring.programme');
      const cycles = await cyclesOf(db, t, p.programme.id);
      const taken = new Map(
        await Promise.all(cycles.map(async (c) => [c.id, await takenPlaces(db, t, c.id)] as const)),
      );
      const today = berlinDay(app.deps.now());
      return sendPage(req, reply, (ctx) => ProgrammePage({ ctx, tenant: t, p, cycles, taken, today }));
    },
  );

  app.get(
    '/:locale/m/:municipality/admin/mentoring',
    { config: { access: RUN_PROGRAMMES }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const programmes = await programmesStaffedBy(db, t, req.user!.id);
      const texts = await programmeTexts(
        db,
        t,
        programmes.map((p) => p.id),
        req.locale,
      );
      const cycles = new Map(
        await Promise.all(programmes.map(async (p) => [p.id, await cyclesOf(db, t, p.id)] as const)),
      );
      const counts = await statusCounts(
        db,
        t,
        [...cycles.values()].flat().map((c) => c.id),
      );
      const administers = decide(ADMINISTER_PROGRAMMES, req.user, t.municipalityId) === 'allow';
      return sendPage(req, reply, (ctx) =>
        ProgrammeAdminPage({ ctx, tenant: t, programmes, texts, cycles, counts, administers }),
      );
    },
  );
};

/** The programme of a staff URL, only for its own staff (everyone else: 404, as if it did not exist). */
export async function staffProgrammeOf(db: Executor, t: PageTenant, key: string, userId: string, locale: string) {
  const p = await programmeOf(db, t, key, locale);
  if (!(await isProgrammeStaff(db, t, p.programme.id, userId))) throw notFound('mentoring.programme');
  return p;
}
