import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { SIGNED_IN } from '../../platform/http/access.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { municipalityIdParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { upcomingSessions } from './sessions.read.ts';
import { pairCalendar } from './workspace.calendar.ts';
import { activitiesOf, berlinDay, feedbackOf, messagesOf, plannedSessionsOf } from './workspace.repository.ts';
import {
  activityForm,
  attendedForm,
  FEEDBACK_STAGES,
  type FeedbackStage,
  feedbackForm,
  messageForm,
  sessionActivityForm,
} from './workspace.schema.ts';
import {
  addActivity,
  feedbackOpensOn,
  giveFeedback,
  logSession,
  markAttended,
  pairingForPerson,
  readMessages,
  sendMessage,
  type WorkspaceMailEnv,
} from './workspace.service.ts';
import { WorkspaceFeedbackPage } from './views/workspace-feedback.tsx';
import { type WorkspaceForm, WorkspacePage } from './views/workspace-page.tsx';

const pairingParams = municipalityIdParams;
const activityParams = municipalityIdParams.extend({ activityId: uuid });
const stageParams = municipalityIdParams.extend({ stage: z.enum(FEEDBACK_STAGES) });

// A pairing's pages open only for its two people (anyone else: the same 404 as for an id that does not exist).
const only = <P>(params: P) => ({ config: { access: SIGNED_IN, participantsOnly: true }, schema: { params } });

/** The workspace's address. */
export const workspaceUrl = (locale: string, slug: string, pairingId: string) =>
  `/${locale}/m/${slug}/mentoring/pairings/${pairingId}`;

/** A 409 of the service (pairing no longer active, feedback already given) as a message on the form that was sent. */
function asFieldError(err: unknown, field: string): unknown {
  if (err instanceof AppError && err.status === 409)
    return new AppError(err.code, 422, err.messageKey, err.values, { [field]: { key: err.messageKey } });
  return err;
}

/**
 * A form of the log or the messages sent after the pairing stopped being active: its form is no longer on the page,
 * so the answer is the page with a warning, whatever was sent.
 */
function closed(reply: FastifyReply, url: string): FastifyReply {
  return redirectAfterPost(reply, url, { kind: 'danger', key: 'mentoring.workspace.error.notActive' });
}

/** The pairing workspace: the pair, sessions to attend, the activity log, feedback and messages. */
export const workspaceRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const mailEnv = (t: PageTenant): WorkspaceMailEnv => ({
    baseUrl: app.deps.config.baseUrl,
    messages: app.deps.messages,
    slug: t.slug,
  });

  /** The workspace's page for one of its two people (404 for anyone else), with one of its forms re-shown. */
  async function workspace(req: FastifyRequest, t: PageTenant, id: string) {
    const userId = req.user!.id;
    const { pairing, side } = await pairingForPerson(db, t, id, userId);
    const now = app.deps.now();
    const [sessions, activities, feedback, messages, today] = await Promise.all([
      pairing.status === 'active' ? upcomingSessions(db, t, pairing.programmeId, now, 20) : Promise.resolve([]),
      activitiesOf(db, t, pairing.id),
      feedbackOf(db, t, pairing.id),
      messagesOf(db, t, pairing.id),
      berlinDay(db, now),
    ]);
    const stages = FEEDBACK_STAGES.map((stage) => ({
      stage,
      opensOn: feedbackOpensOn(pairing, stage),
      given: feedback.some((f) => f.side === side && f.stage === stage),
    }));
    const page = (state: FormState, active: WorkspaceForm | null) => (ctx: ViewContext) =>
      WorkspacePage({
        ctx,
        tenant: t,
        pairing,
        side,
        userId,
        sessions,
        activities,
        stages,
        messages,
        today,
        state,
        active,
      });
    return { pairing, side, page, url: workspaceUrl(req.locale, t.slug, pairing.id) };
  }

  app.get('/:locale/m/:municipality/mentoring/pairings/:id', only(pairingParams), async (req, reply) => {
    const t = pageTenant(req);
    const w = await workspace(req, t, req.params.id);
    const v = { pairingId: w.pairing.id, userId: req.user!.id };
    await runUseCase('mentoring.workspace.read', requestCall(req, t), (uc) => readMessages(uc, v));
    return sendPage(req, reply, w.page(emptyForm(), null));
  });

  // The pair's planned sessions as a calendar file for their own calendar app (only for the two of them).
  app.get('/:locale/m/:municipality/mentoring/pairings/:id/calendar.ics', only(pairingParams), async (req, reply) => {
    const t = pageTenant(req);
    const { pairing } = await pairingForPerson(db, t, req.params.id, req.user!.id);
    const sessions = await plannedSessionsOf(db, t, pairing.id);
    const m = app.deps.messages.translator(req.locale);
    const text = { name: m('mentoring.workspace.calendar.name'), kind: (k: string) => m(`mentoring.activity.${k}`) };
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="mentoring.ics"')
      .header('cache-control', 'private, no-store')
      .send(pairCalendar(pairing.id, sessions, text, app.deps.now()));
  });

  // "We go" (a session: one button) or an activity entered by the pair (a form).
  app.post('/:locale/m/:municipality/mentoring/pairings/:id/activities', only(pairingParams), async (req, reply) => {
    const t = pageTenant(req);
    const w = await workspace(req, t, req.params.id);
    if (w.pairing.status !== 'active') return closed(reply, `${w.url}#activities`);
    const userId = req.user!.id;
    const body = req.body;
    if (typeof body === 'object' && body !== null && 'sessionId' in body) {
      return submitForm(
        req,
        reply,
        sessionActivityForm,
        (s) => w.page(s, 'session'),
        'mentoring.workspace.session.logged',
        async (input) => {
          const v = { pairingId: w.pairing.id, userId, sessionId: input.sessionId };
          const run = runUseCase('mentoring.workspace.session', requestCall(req, t), (uc) => logSession(uc, v));
          await run.catch((err) => Promise.reject(asFieldError(err, 'sessionId')));
          return `${w.url}#activities`;
        },
      );
    }
    return submitForm(
      req,
      reply,
      activityForm,
      (s) => w.page(s, 'activity'),
      'mentoring.workspace.activity.added',
      async (input) => {
        const v = { pairingId: w.pairing.id, userId, input };
        const run = runUseCase('mentoring.workspace.activity', requestCall(req, t), (uc) => addActivity(uc, v));
        await run.catch((err) => Promise.reject(asFieldError(err, 'kind')));
        return `${w.url}#activities`;
      },
    );
  });

  app.post(
    '/:locale/m/:municipality/mentoring/pairings/:id/activities/:activityId/attended',
    only(activityParams),
    async (req, reply) => {
      const t = pageTenant(req);
      const w = await workspace(req, t, req.params.id);
      if (w.pairing.status !== 'active') return closed(reply, `${w.url}#activities`);
      const userId = req.user!.id;
      const activityId = req.params.activityId;
      return submitForm(
        req,
        reply,
        attendedForm,
        (s) => w.page(s, 'attended'),
        'mentoring.workspace.activity.saved',
        async (input) => {
          const v = { pairingId: w.pairing.id, userId, activityId, attended: input.attended === 'yes' };
          const to = `${w.url}#activities`;
          try {
            await runUseCase('mentoring.workspace.attended', requestCall(req, t), (uc) => markAttended(uc, v));
          } catch (err) {
            if (err instanceof AppError && err.status === 409)
              throw new AppError(err.code, 422, err.messageKey, {}, { attended: { key: err.messageKey } });
            throw err;
          }
          return to;
        },
      );
    },
  );

  /** The feedback form of a stage: open from its first day, once per side. */
  async function feedbackPage(req: FastifyRequest, t: PageTenant, id: string, stage: FeedbackStage) {
    const w = await workspace(req, t, id);
    const opensOn = feedbackOpensOn(w.pairing, stage);
    const today = await berlinDay(db, app.deps.now());
    const given = (await feedbackOf(db, t, w.pairing.id)).some((f) => f.side === w.side && f.stage === stage);
    return {
      w,
      // The form is on the page only while it is open and not yet given.
      shown: today >= opensOn && !given,
      page: (state: FormState) => (ctx: ViewContext) =>
        WorkspaceFeedbackPage({
          ctx,
          tenant: t,
          pairing: w.pairing,
          stage,
          open: today >= opensOn,
          opensOn,
          given,
          state,
        }),
    };
  }

  app.get('/:locale/m/:municipality/mentoring/pairings/:id/feedback/:stage', only(stageParams), async (req, reply) => {
    const t = pageTenant(req);
    const f = await feedbackPage(req, t, req.params.id, req.params.stage);
    return sendPage(req, reply, f.page(emptyForm()));
  });

  app.post('/:locale/m/:municipality/mentoring/pairings/:id/feedback/:stage', only(stageParams), async (req, reply) => {
    const t = pageTenant(req);
    const stage = req.params.stage;
    const f = await feedbackPage(req, t, req.params.id, stage);
    if (!f.shown) {
      const to = `${f.w.url}/feedback/${stage}`;
      return redirectAfterPost(reply, to, { kind: 'danger', key: 'mentoring.workspace.feedback.notYet' });
    }
    return submitForm(req, reply, feedbackForm, f.page, 'mentoring.workspace.feedback.thanks', async (input) => {
      const v = { pairingId: f.w.pairing.id, userId: req.user!.id, stage, input };
      const run = runUseCase('mentoring.workspace.feedback', requestCall(req, t), (uc) => giveFeedback(uc, v));
      await run.catch((err) => Promise.reject(asFieldError(err, 'overall')));
      return `${f.w.url}#feedback`;
    });
  });

  app.post('/:locale/m/:municipality/mentoring/pairings/:id/messages', only(pairingParams), async (req, reply) => {
    const t = pageTenant(req);
    const w = await workspace(req, t, req.params.id);
    if (w.pairing.status !== 'active') return closed(reply, `${w.url}#messages`);
    return submitForm(
      req,
      reply,
      messageForm,
      (s) => w.page(s, 'message'),
      'mentoring.workspace.messages.sent',
      async (input) => {
        const v = { pairingId: w.pairing.id, userId: req.user!.id, body: input.body };
        const run = runUseCase('mentoring.workspace.message', requestCall(req, t), (uc) =>
          sendMessage(uc, mailEnv(t), v),
        );
        await run.catch((err) => Promise.reject(asFieldError(err, 'body')));
        return `${w.url}#messages`;
      },
    );
  });
};
