import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { municipalityIdParams, municipalityParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { sideOf } from './help.policy.ts';
import { findPost, postsOfAuthor } from './help.repository.ts';
import { asFieldError, backWith, helpMailEnv } from './help.routes.ts';
import { helpContactForm, helpMessageForm, helpReportForm } from './help.schema.ts';
import { readHelpThread, reportHelp, sendHelpMessage, setHelpContact } from './help.service.ts';
import { exchangedContacts, findThread, messagesOf, ownContact, threadsOfPerson } from './help.threads.repository.ts';
import { HelpMinePage } from './views/help-mine.tsx';
import { HelpThreadPage, type ThreadForm } from './views/help-thread.tsx';

const threadParams = municipalityIdParams.extend({ threadId: uuid });
const one = { config: { access: SIGNED_IN }, schema: { params: threadParams } };

/** "My help posts" and "Messages", and a conversation's page with its message, contact and report forms. */
export const helpThreadRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const url = (req: FastifyRequest, t: PageTenant, postId: string, threadId: string) =>
    `/${req.locale}/m/${t.slug}/help/${postId}/threads/${threadId}`;

  app.get(
    '/:locale/m/:municipality/help/mine',
    { config: { access: SIGNED_IN }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const [posts, threads] = await Promise.all([
        postsOfAuthor(db, t, req.user!.id),
        threadsOfPerson(db, t, req.user!.id),
      ]);
      return sendPage(req, reply, (ctx) => HelpMinePage({ ctx, tenant: t, posts, threads }));
    },
  );

  /** The conversation, only for its two people: anyone else gets the same 404 as for an id that does not exist. */
  async function threadPage(req: FastifyRequest, t: PageTenant, postId: string, threadId: string) {
    const post = await findPost(db, t, postId);
    const thread = post ? await findThread(db, t, post.id, threadId) : null;
    const side = post && thread ? sideOf(post, thread, req.user!.id) : null;
    if (!post || !thread || !side) throw notFound('help_thread');
    const [messages, contacts, myOffer] = await Promise.all([
      messagesOf(db, t, thread.id),
      exchangedContacts(db, t, thread.id),
      ownContact(db, t, thread.id, side === 'author'),
    ]);
    return (state: FormState, active: ThreadForm | null) => (ctx: ViewContext) =>
      HelpThreadPage({ ctx, tenant: t, post, thread, side, messages, contacts, myOffer, state, active });
  }

  app.get('/:locale/m/:municipality/help/:id/threads/:threadId', one, async (req, reply) => {
    const t = pageTenant(req);
    const { id: postId, threadId } = req.params;
    const page = await threadPage(req, t, postId, threadId);
    const v = { postId, threadId, userId: req.user!.id };
    await runUseCase('community.help.read', requestCall(req, t), (uc) => readHelpThread(uc, v));
    return sendPage(req, reply, page(emptyForm(), null));
  });

  app.post('/:locale/m/:municipality/help/:id/threads/:threadId', one, async (req, reply) => {
    const t = pageTenant(req);
    const { id: postId, threadId } = req.params;
    const page = await threadPage(req, t, postId, threadId);
    return submitForm(
      req,
      reply,
      helpMessageForm,
      (s) => page(s, 'message'),
      'community.help.threads.sent',
      async (input) => {
        const v = { postId, threadId, userId: req.user!.id, body: input.body };
        await runUseCase('community.help.message', requestCall(req, t), (uc) =>
          sendHelpMessage(uc, helpMailEnv(req, t), v),
        ).catch((err) => Promise.reject(asFieldError(err, 'body')));
        return url(req, t, postId, threadId);
      },
    );
  });

  app.post('/:locale/m/:municipality/help/:id/threads/:threadId/contact', one, async (req, reply) => {
    const t = pageTenant(req);
    const { id: postId, threadId } = req.params;
    const page = await threadPage(req, t, postId, threadId);
    return submitForm(
      req,
      reply,
      helpContactForm,
      (s) => page(s, 'contact'),
      'community.help.contact.done',
      async (input) => {
        const v = { postId, threadId, userId: req.user!.id, contact: input.contact };
        await runUseCase('community.help.contact', requestCall(req, t), (uc) => setHelpContact(uc, v));
        return `${url(req, t, postId, threadId)}#contact`;
      },
    );
  });

  app.post('/:locale/m/:municipality/help/:id/threads/:threadId/contact/withdraw', one, async (req, reply) => {
    const t = pageTenant(req);
    const { id: postId, threadId } = req.params;
    await threadPage(req, t, postId, threadId);
    const v = { postId, threadId, userId: req.user!.id, contact: null };
    const to = url(req, t, postId, threadId);
    try {
      await runUseCase('community.help.contact', requestCall(req, t), (uc) => setHelpContact(uc, v));
    } catch (err) {
      const e = asFieldError(err, 'contact');
      if (e === err) throw err;
      return backWith(reply, to, 'community.help.contact.tooLate', 'danger');
    }
    return backWith(reply, to, 'community.help.contact.withdrawn');
  });

  app.post('/:locale/m/:municipality/help/:id/threads/:threadId/report', one, async (req, reply) => {
    const t = pageTenant(req);
    const { id: postId, threadId } = req.params;
    const page = await threadPage(req, t, postId, threadId);
    return submitForm(
      req,
      reply,
      helpReportForm,
      (s) => page(s, 'report'),
      'community.help.report.done',
      async (input) => {
        const v = { postId, threadId, userId: req.user!.id, reason: input.reason, note: input.note ?? null };
        await runUseCase('community.help.report', requestCall(req, t), (uc) => reportHelp(uc, v)).catch((err) =>
          Promise.reject(asFieldError(err, 'reason')),
        );
        return url(req, t, postId, threadId);
      },
    );
  });
};
