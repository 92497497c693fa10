import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { sendPage } from '../../platform/views/render.ts';
import { INTERPRETS } from './interpreters.policy.ts';
import { assignmentsOf, interpreterOfUser, serviceTitles, takeableRequests } from './interpreters.repository.ts';
import { acceptRequest } from './interpreters.service.ts';
import { InterpretingPage } from './views/interpreters-page.tsx';

/** The interpreter's page (open requests they could take, their assignments) and accepting one request. */
export const interpretersRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const path = '/:locale/m/:municipality/interpreting';

  async function page(req: FastifyRequest, reply: FastifyReply, t: PageTenant, status = 200, refusal?: string) {
    const now = app.deps.now();
    const it = await interpreterOfUser(db, t, req.user!.id);
    const [open, mine] = it?.active
      ? await Promise.all([takeableRequests(db, t, it, now), assignmentsOf(db, t, it.id, now)])
      : [[], it ? await assignmentsOf(db, t, it.id, now) : []];
    const titles = await serviceTitles(db, t, [...new Set([...open, ...mine].map((r) => r.serviceId))], req.locale);
    const titled = (rows: typeof open) => rows.map((r) => ({ ...r, title: titles.get(r.serviceId) ?? '' }));
    const props = { tenant: t, inPool: !!it?.active, open: titled(open), mine: titled(mine), refusal };
    return sendPage(req, reply, (ctx) => InterpretingPage({ ctx, ...props }), status);
  }

  app.get(path, { config: { access: INTERPRETS }, schema: { params: municipalityParams } }, async (req, reply) =>
    page(req, reply, pageTenant(req)),
  );

  app.post(
    `${path}/:id/accept`,
    { config: { access: INTERPRETS }, schema: { params: municipalityIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const v = { requestId: req.params.id, userId: req.user!.id };
      try {
        await runUseCase('counselling.interpreter.accept', requestCall(req, t), (uc) => acceptRequest(uc, v));
      } catch (err) {
        // A refused acceptance shows the page again, with what is takeable now and why this one was not.
        if (err instanceof AppError && err.status === 409) return page(req, reply, t, 409, err.messageKey);
        throw err;
      }
      return redirectAfterPost(reply, `/${req.locale}/m/${t.slug}/interpreting`, {
        kind: 'success',
        key: 'counselling.interpreters.accept.done',
      });
    },
  );
};
