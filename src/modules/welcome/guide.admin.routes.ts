import { z } from 'zod';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { decide } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { guideDiff } from './guide.diff.ts';
import { guideContentTexts } from './guide.read.ts';
import { findGuidePage, guideTexts, guideVersions, listGuidePages } from './guide.repository.ts';
import { guidePageForm, guidePublishForm, guideStatusForm, textLocale, versionNumber } from './guide.schema.ts';
import { changeGuidePage, createGuidePage, moveGuidePage, movesFrom } from './guide.service.ts';
import { guideTree } from './guide.tree.ts';
import { EDIT_CONTENT, PUBLISH_CONTENT } from './welcome.policy.ts';
import { SOURCE_LOCALE, TEXT_LOCALES } from './welcome.tables.ts';
import {
  type AdminTreePage,
  GuideAdminPage,
  GuideFormPage,
  guideFormValues,
  NEW_GUIDE_VALUES,
} from './views/guide-admin.tsx';
import { guideUrls } from './views/guide-parts.tsx';
import { GuideVersionPage, GuideVersionsPage } from './views/guide-versions.tsx';

/** The translation editor of a page (the translations part): linked from the edit page once it exists. */
const TRANSLATE_PAGE = '/:locale/m/:municipality/admin/guide/:id/translate/:lang';

/** The pages of the tree with their German titles (for the list and the parent choice). */
async function adminPages(db: Executor, t: PageTenant): Promise<AdminTreePage[]> {
  const pages = await listGuidePages(db, t, { publishedOnly: false });
  const texts = await guideTexts(
    db,
    t,
    pages.map((p) => p.id),
  );
  const title = (id: string) => texts.find((x) => x.pageId === id && x.locale === SOURCE_LOCALE)?.title ?? id;
  return pages.map((p) => ({ ...p, title: title(p.id) }));
}

/** The parent choices: every page but the one edited (no choice: a top-level page). */
async function parentsOf(db: Executor, t: PageTenant, except?: string): Promise<[string, string][]> {
  const pages = await adminPages(db, t);
  return pages.filter((p) => p.id !== except).map((p): [string, string] => [p.id, p.title]);
}

/** The staff pages of the guide: the tree, add, edit (with the workflow), versions and their diffs. */
export const guideAdminRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/guide';
  const list = { config: { access: EDIT_CONTENT }, schema: { params: municipalityParams } };
  const one = { config: { access: EDIT_CONTENT }, schema: { params: municipalityIdParams } };
  const publish = { config: { access: PUBLISH_CONTENT }, schema: { params: municipalityIdParams } };
  const version = {
    config: { access: EDIT_CONTENT },
    schema: {
      params: municipalityIdParams.extend({ lang: textLocale, v: versionNumber }),
      // The version to compare with (any earlier one); the one just before when not given.
      querystring: z.object({ against: versionNumber.optional() }),
    },
  };
  const urls = (req: FastifyRequest, t: PageTenant) => guideUrls(req.locale, t.slug);

  /** The edit page of a page of this municipality (404 for another's id), drawn with the given form states. */
  const editPage = async (req: FastifyRequest, t: PageTenant, id: string) => {
    const page = await findGuidePage(db, t, id);
    if (!page) throw notFound('guide_page');
    const texts = await guideTexts(db, t, id);
    const de = texts.find((x) => x.locale === SOURCE_LOCALE);
    const languages = TEXT_LOCALES.filter((l) => l !== SOURCE_LOCALE).map(
      (l): [string, ReturnType<typeof guideContentTexts.stateOf>, boolean] => [
        l,
        guideContentTexts.stateOf(texts, SOURCE_LOCALE, l),
        texts.some((x) => x.locale === l && x.machine),
      ],
    );
    const edit = {
      page,
      canPublish: decide(PUBLISH_CONTENT, req.user, t.municipalityId) === 'allow',
      moves: movesFrom(page.status),
      languages,
      translatable: app.hasRoute({ method: 'GET', url: TRANSLATE_PAGE }),
    };
    const parents = await parentsOf(db, t, id);
    const stored = emptyForm(guideFormValues(page, de));
    return (form?: FormState, moveState?: FormState): Page =>
      (ctx) =>
        GuideFormPage({
          ctx,
          tenant: t,
          state: form ?? stored,
          parents,
          edit: { ...edit, moveState: moveState ?? emptyForm({}) },
        });
  };

  app.get(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const trees = guideTree(await adminPages(db, t));
    return sendPage(req, reply, (ctx) => GuideAdminPage({ ctx, tenant: t, trees }));
  });

  app.get(`${base}/new`, list, async (req, reply) => {
    const t = pageTenant(req);
    const parents = await parentsOf(db, t);
    const state = emptyForm(NEW_GUIDE_VALUES);
    return sendPage(req, reply, (ctx) => GuideFormPage({ ctx, tenant: t, state, parents }));
  });

  app.post(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const parents = await parentsOf(db, t);
    const page =
      (state: FormState): Page =>
      (ctx) =>
        GuideFormPage({ ctx, tenant: t, state, parents });
    return submitForm(req, reply, guidePageForm, page, 'welcome.guide.flash.created', async (data) => {
      const id = await runUseCase('welcome.guide.create', requestCall(req, t), (uc) => createGuidePage(uc, data));
      return urls(req, t).edit(id);
    });
  });

  app.get(`${base}/:id/edit`, one, async (req, reply) => {
    const t = pageTenant(req);
    return sendPage(req, reply, (await editPage(req, t, req.params.id))());
  });

  app.post(`${base}/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    const draw = await editPage(req, t, id); // 404 before anything else for another municipality's id
    return submitForm(
      req,
      reply,
      guidePageForm,
      (state) => draw(state),
      'welcome.guide.flash.saved',
      async (data) => {
        await runUseCase('welcome.guide.change', requestCall(req, t), (uc) => changeGuidePage(uc, id, data));
        return urls(req, t).edit(id);
      },
    );
  });

  // Moving a page through the workflow and publishing it: one form each (publishing has its own guard), one use case.
  const moves = [
    {
      path: 'status',
      guard: one,
      form: guideStatusForm,
      flash: 'welcome.guide.flash.moved',
      name: 'welcome.guide.move',
    },
    {
      path: 'publish',
      guard: publish,
      form: guidePublishForm,
      flash: 'welcome.guide.flash.published',
      name: 'welcome.guide.publish',
    },
  ] as const;
  for (const m of moves) {
    app.post(`${base}/:id/${m.path}`, m.guard, async (req, reply) => {
      const t = pageTenant(req);
      const { id } = req.params;
      const draw = await editPage(req, t, id);
      return submitForm(
        req,
        reply,
        m.form,
        (state) => draw(undefined, state),
        m.flash,
        async (data) => {
          await runUseCase(m.name, requestCall(req, t), (uc) => moveGuidePage(uc, id, data.status));
          return urls(req, t).edit(id);
        },
      );
    });
  }

  app.get(`${base}/:id/versions`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    const page = await findGuidePage(db, t, id);
    if (!page) throw notFound('guide_page');
    const texts = await guideTexts(db, t, id);
    const langs = TEXT_LOCALES.filter((l) => texts.some((x) => x.locale === l));
    const byLanguage = await Promise.all(
      langs.map(
        async (l): Promise<[string, Awaited<ReturnType<typeof guideVersions>>]> => [
          l,
          await guideVersions(db, t, id, l),
        ],
      ),
    );
    const title = texts.find((x) => x.locale === SOURCE_LOCALE)?.title ?? page.slug;
    return sendPage(req, reply, (ctx) => GuideVersionsPage({ ctx, tenant: t, pageId: id, title, byLanguage }));
  });

  app.get(`${base}/:id/versions/:lang/:v`, version, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang, v } = req.params;
    if (!(await findGuidePage(db, t, id))) throw notFound('guide_page');
    const versions = await guideVersions(db, t, id, lang);
    const shown = versions.find((x) => x.version === v);
    if (!shown) throw notFound('guide_version');
    const earlier = versions.filter((x) => x.version < v);
    const { against } = req.query;
    const before = against === undefined ? (earlier[0] ?? null) : earlier.find((x) => x.version === against);
    if (before === undefined) throw notFound('guide_version');
    const lines = guideDiff(before, shown);
    const props = {
      tenant: t,
      pageId: id,
      version: shown,
      previous: before?.version ?? null,
      earlier: earlier.map((x) => ({ version: x.version, savedAt: x.savedAt })),
      lines,
    };
    return sendPage(req, reply, (ctx) => GuideVersionPage({ ctx, ...props }));
  });
};
