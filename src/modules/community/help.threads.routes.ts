import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { municipalityIdParams, municipalityParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { sideOf } from './help.policy.ts';
import { findPost, postsOfAuthor } from './help.repository.ts';
import { asFieldError, backWith, helpForm, type HelpFormSpec, helpMailEnv, submitHelpForm } from './help.forms.ts';
import { helpContactForm, helpMessageForm, helpReportForm } from './help.schema.ts';
import { readHelpThread, reportHelp, sendHelpMessage, setHelpContact } from './help.service.ts';
import { exchangedContacts, findThread, messagesOf, ownContact, threadsOfPerson } from './help.threads.repository.ts';
import { HelpMinePage } from './views/help-mine.tsx';
import { HelpThreadPage, type ThreadForm } from './views/help-thread.tsx';

const threadParams = municipalityIdParams.extend({ threadId: uuid });
// A conversation opens only for its two people (anyone else: 404), so no role as such reaches it by a link.
const one = { config: { access: SIGNED_IN, participantsOnly: true }, schema: { params: threadParams } };

/** A request on one conversation: its tenant, ids, the ids a use case takes, and the conversation's page. */
interface ThreadCall {
  req: FastifyRequest;
  t: PageTenant;
  postId: string;
  threadId: string;
  v: { postId: string; threadId: string; userId: string };
  url: string;
}

function threadCall(req: FastifyRequest, postId: string, threadId: string): ThreadCall {
  const t = pageTenant(req);
  const url = `/${req.locale}/m/${t.slug}/help/${postId}/threads/${threadId}`;
  return { req, t, postId, threadId, v: { postId, threadId, userId: req.user!.id }, url };
}

/** "My help posts" and "Messages", and a conversation's page with its message, contact and report forms. */
export const helpThreadRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

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
  async function threadPage({ t, postId, threadId, v }: ThreadCall) {
    const post = await findPost(db, t, postId);
    const thread = post ? await findThread(db, t, post.id, threadId) : null;
    const side = post && thread ? sideOf(post, thread, v.userId) : null;
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
    const c = threadCall(req, req.params.id, req.params.threadId);
    const page = await threadPage(c);
    await runUseCase('community.help.read', requestCall(req, c.t), (uc) => readHelpThread(uc, c.v));
    return sendPage(req, reply, page(emptyForm(), null));
  });

  /** One of the conversation's forms, posted by one of its two people; bad input comes back on the page. */
  function threadForm<S extends z.ZodType, R>(
    suffix: string,
    active: ThreadForm,
    spec: (c: ThreadCall) => HelpFormSpec<S, R>,
  ) {
    app.post(`/:locale/m/:municipality/help/:id/threads/:threadId${suffix}`, one, async (req, reply) => {
      const c = threadCall(req, req.params.id, req.params.threadId);
      const page = await threadPage(c);
      return submitHelpForm(req, reply, c.t, (s) => page(s, active), spec(c));
    });
  }

  threadForm('', 'message', (c) =>
    helpForm(helpMessageForm, {
      useCase: 'community.help.message',
      flash: 'community.help.threads.sent',
      field: 'body',
      act: (uc, input) => sendHelpMessage(uc, helpMailEnv(c.req, c.t), { ...c.v, body: input.body }),
      to: () => c.url,
    }),
  );

  threadForm('/contact', 'contact', (c) =>
    helpForm(helpContactForm, {
      useCase: 'community.help.contact',
      flash: 'community.help.contact.done',
      act: (uc, input) => setHelpContact(uc, { ...c.v, contact: input.contact }),
      to: () => `${c.url}#contact`,
    }),
  );

  app.post('/:locale/m/:municipality/help/:id/threads/:threadId/contact/withdraw', one, async (req, reply) => {
    const c = threadCall(req, req.params.id, req.params.threadId);
    await threadPage(c);
    const v = { ...c.v, contact: null };
    try {
      await runUseCase('community.help.contact', requestCall(req, c.t), (uc) => setHelpContact(uc, v));
    } catch (err) {
      const e = asFieldError(err, 'contact');
      if (e === err) throw err;
      return backWith(reply, c.url, 'community.help.contact.tooLate', 'danger');
    }
    return backWith(reply, c.url, 'community.help.contact.withdrawn');
  });

  threadForm('/report', 'report', (c) =>
    helpForm(helpReportForm, {
      useCase: 'community.help.report',
      flash: 'community.help.report.done',
      field: 'reason',
      act: (uc, input) => reportHelp(uc, { ...c.v, reason: input.reason, note: input.note ?? null }),
      to: () => c.url,
    }),
  );
};
