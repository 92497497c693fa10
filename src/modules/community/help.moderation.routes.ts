import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditRead } from '../../platform/audit/audit.ts';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityIdParams, municipalityParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { sendPage } from '../../platform/views/render.ts';
import { quartiereOf } from '../directory/index.ts';
import { dismissHelpReport, MODERATION_STEPS, moderateHelpPost } from './help.moderation.service.ts';
import { HELP_MODERATORS } from './help.policy.ts';
import { findPost, helpedCounts } from './help.repository.ts';
import { moderationQueue, reportsOfPost } from './help.reports.repository.ts';
import { backWith } from './help.forms.ts';
import { moderationQuery } from './help.schema.ts';
import { messagesOf, threadsOfPost } from './help.threads.repository.ts';
import { HelpFiguresPage, HelpModeratePage, HelpQueuePage, type ReportedThread } from './views/help-admin.tsx';

const MODERATORS = inMunicipality(...HELP_MODERATORS);
const stepParams = municipalityIdParams.extend({ step: z.enum(MODERATION_STEPS) });
const reportParams = municipalityIdParams.extend({ reportId: uuid });

/** The moderation queue of a municipality's help posts, one post's reports and steps, and the "it helped" figures. */
export const helpModerationRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const admin = '/:locale/m/:municipality/admin/help';
  const postUrl = (req: FastifyRequest, t: PageTenant, id: string) => `/${req.locale}/m/${t.slug}/admin/help/${id}`;

  app.get(admin, { config: { access: MODERATORS }, schema: { params: municipalityParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const form = parseForm(moderationQuery, req.query);
    const rows = await moderationQueue(db, t, form.ok ? form.data.show : 'reported');
    const state = { values: form.values, errors: form.ok ? {} : form.errors };
    return sendPage(req, reply, (ctx) => HelpQueuePage({ ctx, tenant: t, rows, state }), form.ok ? 200 : 422);
  });

  app.get(
    `${admin}/figures`,
    { config: { access: MODERATORS }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const rows = await helpedCounts(db, t);
      return sendPage(req, reply, (ctx) => HelpFiguresPage({ ctx, tenant: t, rows }));
    },
  );

  app.get(
    `${admin}/:id`,
    { config: { access: MODERATORS }, schema: { params: municipalityIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const post = await findPost(db, t, req.params.id);
      if (!post) throw notFound('help_post');
      const [reports, quartiere] = await Promise.all([reportsOfPost(db, t, post.id), quartiereOf(db, t)]);
      // Moderation reads a conversation only when one of its two people reported it, and that reading is logged.
      const reported = new Set(reports.flatMap((r) => (r.thread_id ? [r.thread_id] : [])));
      const threads = (await threadsOfPost(db, t, post.id)).filter((h) => reported.has(h.id));
      const withMessages: ReportedThread[] = [];
      for (const h of threads) {
        await auditRead(db, { userId: req.user!.id, requestId: req.id }, t, {
          subjectType: 'community.help_thread',
          subjectId: h.id,
          reason: 'community.help.moderation.readReason',
        });
        withMessages.push({ id: h.id, responder_name: h.responder_name, messages: await messagesOf(db, t, h.id) });
      }
      const quartier = quartiere.find((q) => q.id === post.quartier_id)?.name ?? null;
      return sendPage(req, reply, (ctx) =>
        HelpModeratePage({ ctx, tenant: t, post, quartier, reports, threads: withMessages }),
      );
    },
  );

  app.post(
    `${admin}/:id/:step`,
    { config: { access: MODERATORS }, schema: { params: stepParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const v = { postId: req.params.id, step: req.params.step };
      const to = postUrl(req, t, v.postId);
      try {
        await runUseCase(`community.help.${v.step}`, requestCall(req, t), (uc) => moderateHelpPost(uc, v));
      } catch (err) {
        if (err instanceof AppError && err.status === 409) return backWith(reply, to, err.messageKey, 'danger');
        throw err;
      }
      return backWith(reply, to, `community.help.moderation.done.${v.step}`);
    },
  );

  app.post(
    `${admin}/:id/reports/:reportId/dismiss`,
    { config: { access: MODERATORS }, schema: { params: reportParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const v = { postId: req.params.id, reportId: req.params.reportId };
      await runUseCase('community.help.dismiss', requestCall(req, t), (uc) => dismissHelpReport(uc, v));
      return backWith(reply, postUrl(req, t, v.postId), 'community.help.moderation.done.dismiss');
    },
  );
};
