import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Tenant } from '../../platform/db/tenant.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { DIRECTORY_READERS } from './directory.policy.ts';
import { grantForm } from './directory.schema.ts';
import { grantRole, peopleOf, revokeRole } from './people.service.ts';
import { providersOf } from './providers.service.ts';
import { quartiereOf } from './quartiere.service.ts';
import { INVITE_LIMIT, pageTenant, pathId, submitForm, submitInvite } from './route-helpers.ts';
import { InvitePage, PeoplePage, type PeopleData } from './views/people-admin.tsx';
import type { PageTenant } from './views/parts.tsx';

const ADMIN = { access: inMunicipality('municipality_admin') };

/** People of a municipality and their roles; grant, revoke, invite. */
export const peopleRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/people';
  const list = (req: FastifyRequest, pt: PageTenant) => `/${req.locale}/m/${pt.slug}/admin/people`;

  async function data(t: Tenant): Promise<PeopleData> {
    const [people, quartiere, providers] = await Promise.all([
      peopleOf(db, t, app.deps.now()),
      quartiereOf(db, t),
      providersOf(db, t),
    ]);
    return { people, quartiere, providers };
  }

  app.get(base, { config: { access: inMunicipality(...DIRECTORY_READERS) } }, async (req, reply) => {
    const pt = pageTenant(req);
    const d = await data(tenant(pt.municipalityId));
    return sendPage(req, reply, (ctx) => PeoplePage({ ctx, tenant: pt, data: d, state: emptyForm() }));
  });

  app.post(`${base}/grants`, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    const t = tenant(pt.municipalityId);
    const d = await data(t);
    return submitForm(
      req,
      reply,
      grantForm,
      (state: FormState) => (ctx) => PeoplePage({ ctx, tenant: pt, data: d, state }),
      'directory.people.granted',
      async (input) => {
        await grantRole(db, t, req.user!.id, input);
        return list(req, pt);
      },
    );
  });

  app.post(`${base}/grants/:grantId/revoke`, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    await revokeRole(db, tenant(pt.municipalityId), req.user!.id, pathId(req, 'grantId'));
    return redirectAfterPost(reply, list(req, pt), { kind: 'success', key: 'directory.people.revoked' });
  });

  app.get(`${base}/invite`, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    const state = emptyForm({ locale: req.locale, role: 'counsellor' });
    return sendPage(req, reply, (ctx) => InvitePage({ ctx, tenant: pt, state }));
  });

  app.post(`${base}/invite`, { config: { ...ADMIN, rateLimit: INVITE_LIMIT } }, async (req, reply) => {
    const pt = pageTenant(req);
    const page = (state: FormState) => (ctx: ViewContext) => InvitePage({ ctx, tenant: pt, state });
    return submitInvite(app, req, reply, page, { municipalityId: pt.municipalityId, to: list(req, pt) });
  });
};
