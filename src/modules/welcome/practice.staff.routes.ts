import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { decide } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { listed } from './practice.listed.ts';
import { findPracticeBySlug, listPractices, practiceTexts } from './practice.repository.ts';
import { adaptForm, practiceForm, practiceSlug } from './practice.schema.ts';
import { adaptPractice, submitPractice } from './practice.service.ts';
import { PRACTICE_SOURCE } from './practice.texts.ts';
import { practiceUrls, staffPracticeUrls } from './views/practice-parts.tsx';
import { AdaptPage, PracticeSubmitPage, StaffPracticePage } from './views/practice-staff.tsx';
import { EDIT_CONTENT, SUBMIT_PRACTICE } from './welcome.policy.ts';

/** A published example to adapt, with its texts; 404 for an unknown or unpublished one. */
async function published(db: Parameters<typeof findPracticeBySlug>[0], slug: string) {
  const row = await findPracticeBySlug(db, slug);
  if (row?.status !== 'published') throw notFound('practice');
  return row;
}

/** A municipality's pages of the library: its submissions, the submit form, and "adapt this for my Quartier". */
export const practiceStaffRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/practice';
  const submit = { config: { access: SUBMIT_PRACTICE }, schema: { params: municipalityParams } };
  const adapt = {
    config: { access: EDIT_CONTENT },
    schema: { params: municipalityParams.extend({ slug: practiceSlug }) },
  };
  const staffUrl = (l: string, t: PageTenant) => staffPracticeUrls(l, t.slug).staff;

  app.get(base, submit, async (req, reply) => {
    const t = pageTenant(req);
    const canAdapt = decide(EDIT_CONTENT, req.user, t.municipalityId) === 'allow';
    const slice = { limit: 100, offset: 0 };
    const [mine, pub] = await Promise.all([
      listPractices(db, { origin: t }, slice),
      canAdapt ? listPractices(db, { status: 'published' }, slice) : Promise.resolve({ rows: [], total: 0 }),
    ]);
    // One read of texts and names for both lists (an example may be in both).
    const both = [...new Map([...mine.rows, ...pub.rows].map((r) => [r.id, r])).values()];
    const shown = new Map((await listed(db, both, req.locale)).map((x) => [x.row.id, x]));
    const mineShown = mine.rows.map((r) => shown.get(r.id)!);
    const pubShown = pub.rows.map((r) => shown.get(r.id)!);
    return sendPage(req, reply, (ctx) =>
      StaffPracticePage({ ctx, tenant: t, mine: mineShown, published: pubShown, canAdapt }),
    );
  });

  app.get(`${base}/new`, submit, async (req, reply) => {
    const t = pageTenant(req);
    const state = emptyForm({ placeName: t.name });
    return sendPage(req, reply, (ctx) => PracticeSubmitPage({ ctx, tenant: t, state }));
  });

  app.post(base, submit, async (req, reply) => {
    const t = pageTenant(req);
    const page =
      (state: FormState): Page =>
      (ctx) =>
        PracticeSubmitPage({ ctx, tenant: t, state });
    return submitForm(req, reply, practiceForm, page, 'welcome.practice.flash.submitted', async (data) => {
      await runUseCase('welcome.practice.submit', requestCall(req, t), (uc) => submitPractice(uc, data));
      return staffUrl(req.locale, t);
    });
  });

  app.get(`${base}/adapt/:slug`, adapt, async (req, reply) => {
    const t = pageTenant(req);
    const row = await published(db, req.params.slug);
    const [item] = await listed(db, [row], req.locale);
    if (!item) throw notFound('practice');
    return sendPage(req, reply, (ctx) => AdaptPage({ ctx, tenant: t, item, state: emptyForm({}) }));
  });

  app.post(`${base}/adapt/:slug`, adapt, async (req, reply) => {
    const t = pageTenant(req);
    const row = await published(db, req.params.slug);
    const [item] = await listed(db, [row], req.locale);
    const german = (await practiceTexts(db, [row.id])).find((x) => x.locale === PRACTICE_SOURCE);
    if (!item || !german) throw notFound('practice');
    const page =
      (state: FormState): Page =>
      (ctx) =>
        AdaptPage({ ctx, tenant: t, item, state });
    const source = {
      practice: row,
      german,
      de: app.deps.messages.translator('de'),
      url: `${app.deps.config.baseUrl}${practiceUrls('de').one(row.slug)}`,
      organiser: t.name,
    };
    return submitForm(req, reply, adaptForm, page, 'welcome.practice.flash.adapted', async (data) => {
      const done = await runUseCase('welcome.practice.adapt', requestCall(req, t), (uc) =>
        adaptPractice(uc, source, data),
      );
      // The draft lives on in its own part's pages; the library's page says where it went.
      return done.kind === 'event' ? `/${req.locale}/m/${t.slug}/admin/events/${done.id}` : staffUrl(req.locale, t);
    });
  });
};
