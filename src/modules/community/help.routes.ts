import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { PUBLIC, SIGNED_IN } from '../../platform/http/access.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import type { z } from 'zod';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { PAGE_SIZE, pageSlice } from '../../platform/views/components/pagination.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { quartiereOf } from '../directory/index.ts';
import { backWith, helpForm, type HelpFormSpec, helpMailEnv, submitHelpForm } from './help.forms.ts';
import { visibleTo } from './help.policy.ts';
import { findPost, type HelpPost, helpedSince, listOpenPosts } from './help.repository.ts';
import { helpAnswerForm, helpCloseForm, helpListQuery, helpPostForm, helpReportForm } from './help.schema.ts';
import { answerHelpPost, closeOwnHelpPost, createHelpPost, reportHelp } from './help.service.ts';
import { threadOfResponder, threadsOfPost } from './help.threads.repository.ts';
import { HelpListPage } from './views/help-list.tsx';
import { HelpNewPage } from './views/help-new.tsx';
import { type PostForm, HelpPostPage } from './views/help-post.tsx';

const one = { config: { access: SIGNED_IN }, schema: { params: municipalityIdParams } };

/** The public list, a post's page, the new-post form, and a post's answer, close and report forms. */
export const helpRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = (req: FastifyRequest, t: PageTenant) => `/${req.locale}/m/${t.slug}/help`;

  app.get(
    '/:locale/m/:municipality/help',
    { config: { access: PUBLIC }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const quartiere = await quartiereOf(db, t);
      const form = parseForm(helpListQuery, req.query);
      const q = form.ok ? form.data : { page: 1 };
      const quartier = form.ok && form.data.quartier ? quartiere.find((x) => x.slug === form.data.quartier) : undefined;
      const errors = form.ok ? {} : form.errors;
      // A Quartier slug that is not this municipality's is a wrong filter, said as such.
      if (form.ok && form.data.quartier && !quartier) errors.quartier = { key: 'validation.choice' };
      const valid = Object.keys(errors).length === 0;
      const filter = { ...(q.kind ? { kind: q.kind } : {}), ...(q.category ? { category: q.category } : {}) };
      const page = q.page ?? 1;
      const { rows, total } = valid
        ? await listOpenPosts(db, t, { ...filter, ...(quartier ? { quartierId: quartier.id } : {}) }, pageSlice(page))
        : { rows: [], total: 0 };
      const year = `${app.deps.now().toISOString().slice(0, 4)}-01-01`;
      const helpedThisYear = await helpedSince(db, t, year);
      const state = { values: form.values, errors };
      const props = { tenant: t, rows, total, page, pageSize: PAGE_SIZE, state, quartiere, helpedThisYear };
      return sendPage(req, reply, (ctx) => HelpListPage({ ctx, ...props }), valid ? 200 : 422);
    },
  );

  const newPage = async (t: PageTenant) => {
    const quartiere = await quartiereOf(db, t);
    return (state: FormState) => (ctx: ViewContext) => HelpNewPage({ ctx, tenant: t, state, quartiere });
  };

  app.get(
    '/:locale/m/:municipality/help/new',
    { config: { access: SIGNED_IN }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const page = await newPage(t);
      return sendPage(req, reply, page(emptyForm({ locale: req.locale })));
    },
  );

  app.post(
    '/:locale/m/:municipality/help/new',
    { config: { access: SIGNED_IN }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const page = await newPage(t);
      return submitForm(req, reply, helpPostForm, page, 'community.help.new.done', async (input) => {
        const quartiere = await quartiereOf(db, t);
        const quartier = input.quartier ? quartiere.find((q) => q.slug === input.quartier) : null;
        if (quartier === undefined)
          throw new AppError('invalid', 422, 'validation.choice', {}, { quartier: { key: 'validation.choice' } });
        const v = { input, quartierId: quartier?.id ?? null, userId: req.user!.id };
        const id = await runUseCase('community.help.post', requestCall(req, t), (uc) => createHelpPost(uc, v));
        return `${base(req, t)}/${id}`;
      });
    },
  );

  /** The post as this visitor may see it (404 for a hidden post unless writer or moderator). */
  async function visiblePost(req: FastifyRequest, t: PageTenant, id: string): Promise<HelpPost> {
    const post = await findPost(db, t, id);
    if (!post || !visibleTo(post, req.user, t.municipalityId)) throw notFound('help_post');
    return post;
  }

  async function postPage(req: FastifyRequest, t: PageTenant, post: HelpPost) {
    const user = req.user;
    const isAuthor = user?.id === post.author_user_id;
    const [quartiere, threads, own] = await Promise.all([
      post.quartier_id ? quartiereOf(db, t) : Promise.resolve([]),
      isAuthor ? threadsOfPost(db, t, post.id) : Promise.resolve(null),
      user && !isAuthor ? threadOfResponder(db, t, post.id, user.id) : Promise.resolve(null),
    ]);
    const quartier = quartiere.find((q) => q.id === post.quartier_id)?.name ?? null;
    return (state: FormState, active: PostForm | null) => (ctx: ViewContext) =>
      HelpPostPage({ ctx, tenant: t, post, quartier, threads, ownThreadId: own?.id ?? null, state, active });
  }

  app.get(
    '/:locale/m/:municipality/help/:id',
    { config: { access: PUBLIC }, schema: { params: municipalityIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const page = await postPage(req, t, await visiblePost(req, t, req.params.id));
      return sendPage(req, reply, page(emptyForm(), null));
    },
  );

  /**
   * One of a post's forms (its name is the path's last part), posted by a signed-in visitor who may see the post. `refused` names why this visitor
   * may not send it (the post's page then says so), or throws when the form is not theirs at all.
   */
  function postForm<S extends z.ZodType, R>(
    form: PostForm,
    refused: (post: HelpPost, userId: string) => string | null,
    spec: (c: { req: FastifyRequest; t: PageTenant; post: HelpPost; url: string }) => HelpFormSpec<S, R>,
  ) {
    app.post(`/:locale/m/:municipality/help/:id/${form}`, one, async (req, reply) => {
      const t = pageTenant(req);
      const post = await visiblePost(req, t, req.params.id);
      const url = `${base(req, t)}/${post.id}`;
      const why = refused(post, req.user!.id);
      if (why) return backWith(reply, url, why, 'danger');
      const page = await postPage(req, t, post);
      return submitHelpForm(req, reply, t, (s) => page(s, form), spec({ req, t, post, url }));
    });
  }

  postForm(
    'answer',
    // The writer sees the conversations instead of the answer form; a closed or hidden post shows none at all.
    (post, userId) =>
      post.author_user_id === userId
        ? 'community.help.error.ownPost'
        : post.status !== 'open' || post.hidden_at
          ? 'community.help.error.closed'
          : null,
    (c) =>
      helpForm(helpAnswerForm, {
        useCase: 'community.help.answer',
        flash: 'community.help.answer.done',
        field: 'body',
        act: (uc, input) =>
          answerHelpPost(uc, helpMailEnv(c.req, c.t), { postId: c.post.id, userId: c.req.user!.id, input }),
        to: (threadId) => `${c.url}/threads/${threadId}`,
      }),
  );

  postForm(
    'close',
    (post, userId) => {
      if (post.author_user_id !== userId) throw notFound('help_post');
      return post.status !== 'open' ? 'community.help.error.alreadyClosed' : null;
    },
    (c) =>
      helpForm(helpCloseForm, {
        useCase: 'community.help.close',
        flash: 'community.help.close.done',
        field: 'outcome',
        act: (uc, input) => closeOwnHelpPost(uc, { postId: c.post.id, userId: c.req.user!.id, outcome: input.outcome }),
        to: () => c.url,
      }),
  );

  postForm(
    'report',
    () => null,
    (c) =>
      helpForm(helpReportForm, {
        useCase: 'community.help.report',
        flash: 'community.help.report.done',
        field: 'reason',
        act: (uc, input) => {
          const v = { postId: c.post.id, threadId: null, userId: c.req.user!.id, reason: input.reason };
          return reportHelp(uc, { ...v, note: input.note ?? null });
        },
        to: () => c.url,
      }),
  );
};
