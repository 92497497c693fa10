import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { municipalityParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { DIRECTORY_READERS } from './directory.policy.ts';
import { grantForm } from './directory.schema.ts';
import { grantRole, peopleOf, revokeRole } from './people.service.ts';
import { providersOf } from './providers.service.ts';
import { quartiereOf } from './quartiere.service.ts';
import { INVITE_LIMIT, submitInvite } from './route-helpers.ts';
import { InvitePage, PeoplePage, type PeopleData } from './views/people-admin.tsx';

const params = { params: municipalityParams };
const ADMIN = { config: { access: inMunicipality('municipality_admin') }, schema: params };

/** People of a municipality and their roles; grant, revoke, invite. */
export const peopleRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/people';
  const list = (req: FastifyRequest, t: PageTenant) => `/${req.locale}/m/${t.slug}/admin/people`;

  async function data(t: PageTenant): Promise<PeopleData> {
    const [people, quartiere, providers] = await Promise.all([
      peopleOf(db, t, app.deps.now()),
      quartiereOf(db, t),
      providersOf(db, t),
    ]);
    return { people, quartiere, providers };
  }

  app.get(base, { config: { access: inMunicipality(...DIRECTORY_READERS) }, schema: params }, async (req, reply) => {
    const t = pageTenant(req);
    const d = await data(t);
    return sendPage(req, reply, (ctx) => PeoplePage({ ctx, tenant: t, data: d, state: emptyForm() }));
  });

  app.post(`${base}/grants`, ADMIN, async (req, reply) => {
    const t = pageTenant(req);
    const d = await data(t);
    const page = (state: FormState) => (ctx: ViewContext) => PeoplePage({ ctx, tenant: t, data: d, state });
    return submitForm(req, reply, grantForm, page, 'directory.people.granted', async (input) => {
      await runUseCase('directory.grant', requestCall(req, t), (uc) => grantRole(uc, input));
      return list(req, t);
    });
  });

  const revokeParams = municipalityParams.extend({ grantId: uuid });
  app.post(`${base}/grants/:grantId/revoke`, { ...ADMIN, schema: { params: revokeParams } }, async (req, reply) => {
    const t = pageTenant(req);
    await runUseCase('directory.revoke', requestCall(req, t), (uc) => revokeRole(uc, req.params.grantId));
    return redirectAfterPost(reply, list(req, t), { kind: 'success', key: 'directory.people.revoked' });
  });

  app.get(`${base}/invite`, ADMIN, async (req, reply) => {
    const t = pageTenant(req);
    const state = emptyForm({ locale: req.locale, role: 'counsellor' });
    return sendPage(req, reply, (ctx) => InvitePage({ ctx, tenant: t, state }));
  });

  app.post(`${base}/invite`, { ...ADMIN, config: { ...ADMIN.config, rateLimit: INVITE_LIMIT } }, async (req, reply) => {
    const t = pageTenant(req);
    const page = (state: FormState) => (ctx: ViewContext) => InvitePage({ ctx, tenant: t, state });
    return submitInvite(req, reply, page, { tenant: t, to: list(req, t) });
  });
};
