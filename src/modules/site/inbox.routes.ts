import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AdminArea } from '../admin/index.ts';
import { inMunicipality, stateWide } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import type { InboxScope } from './feedback.repository.ts';
import { feedbackId, inboxQuery, statusForm, teamAddressForm } from './feedback.schema.ts';
import {
  type Actor,
  changeFeedbackStatus,
  changeTeamAddress,
  INBOX_PAGE_SIZE,
  inboxPage,
  readFeedback,
  teamAddress,
} from './feedback.service.ts';
import { InboxItemPage } from './views/inbox-item-page.tsx';
import { InboxPage, type TeamAddressProps } from './views/inbox-page.tsx';

const MUNICIPALITY_ADMIN = { access: inMunicipality('municipality_admin') };
const STATE_ADMIN = { access: stateWide('state_admin') };
const emptyPage = { rows: [], total: 0, page: 1, pageSize: INBOX_PAGE_SIZE };

/** The area and inbox of a request: the municipality its URL names, or the state's (feedback naming none). */
function where(req: FastifyRequest): { area: AdminArea; scope: InboxScope } {
  if ((req.params as { locale?: string }).locale !== req.locale) throw notFound();
  if (req.tenant) {
    return {
      area: { base: `/${req.locale}/m/${req.tenant.slug}/admin`, municipality: req.tenant.name },
      scope: { municipalityId: req.tenant.municipalityId },
    };
  }
  return { area: { base: `/${req.locale}/state`, municipality: null }, scope: { stateWide: true } };
}

function itemId(req: FastifyRequest): string {
  const id = feedbackId.safeParse((req.params as { id?: string }).id);
  if (!id.success) throw notFound('feedback');
  return id.data;
}

const actor = (req: FastifyRequest): Actor => ({ userId: req.user!.id, requestId: req.id });

/** The feedback inboxes: a municipality's (its admin) and the state's (the state admin), list, detail, status. */
export const inboxRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.db;

  const team = async (scope: InboxScope, state: FormState = emptyForm()): Promise<TeamAddressProps | undefined> =>
    'municipalityId' in scope ? { current: await teamAddress(db, scope.municipalityId), state } : undefined;

  const list = async (req: FastifyRequest, reply: FastifyReply, teamState?: FormState) => {
    const { area, scope } = where(req);
    const form = parseForm(inboxQuery, req.query);
    const teamProps = await team(scope, teamState);
    // Invalid filters: the page again with the messages and the input kept, and no rows.
    if (!form.ok) {
      const state = { values: form.values, errors: form.errors };
      return sendPage(req, reply, (ctx) => InboxPage({ ctx, area, data: emptyPage, state, team: teamProps }), 422);
    }
    const data = await inboxPage(db, scope, form.data);
    const state = { values: form.values, errors: {} };
    return sendPage(req, reply, (ctx) => InboxPage({ ctx, area, data, state, team: teamProps }), teamState ? 422 : 200);
  };

  const item = async (req: FastifyRequest, reply: FastifyReply) => {
    const { area, scope } = where(req);
    const detail = await readFeedback(db, scope, itemId(req), actor(req));
    return sendPage(req, reply, (ctx) => InboxItemPage({ ctx, area, item: detail }));
  };

  const status = async (req: FastifyRequest, reply: FastifyReply) => {
    const { area, scope } = where(req);
    const id = itemId(req);
    const form = parseForm(statusForm, req.body);
    // The form offers only valid statuses: the page again, saying so (reading it again is audited again).
    if (!form.ok) {
      const detail = await readFeedback(db, scope, id, actor(req));
      const state = { values: form.values, errors: form.errors };
      return sendPage(req, reply, (ctx) => InboxItemPage({ ctx, area, item: detail, state }), 422);
    }
    await changeFeedbackStatus(db, scope, id, form.data.status, { ...actor(req), now: app.deps.now() });
    return redirectAfterPost(reply, `${area.base}/feedback/${id}`, { kind: 'success', key: 'site.inbox.statusSaved' });
  };

  app.get('/:locale/m/:municipality/admin/feedback', { config: MUNICIPALITY_ADMIN }, (req, reply) => list(req, reply));
  app.get('/:locale/m/:municipality/admin/feedback/:id', { config: MUNICIPALITY_ADMIN }, item);
  app.post('/:locale/m/:municipality/admin/feedback/:id/status', { config: MUNICIPALITY_ADMIN }, status);
  app.get('/:locale/state/feedback', { config: STATE_ADMIN }, (req, reply) => list(req, reply));
  app.get('/:locale/state/feedback/:id', { config: STATE_ADMIN }, item);
  app.post('/:locale/state/feedback/:id/status', { config: STATE_ADMIN }, status);

  app.post(
    '/:locale/m/:municipality/admin/feedback/team-address',
    { config: MUNICIPALITY_ADMIN },
    async (req, reply) => {
      const { area, scope } = where(req);
      const form = parseForm(teamAddressForm, req.body);
      if (!form.ok || !('municipalityId' in scope)) {
        return list(req, reply, { values: form.values, errors: form.ok ? {} : form.errors });
      }
      const email = form.data.email ?? null;
      await changeTeamAddress(db, scope.municipalityId, email, actor(req));
      const key = email ? 'site.inbox.team.saved' : 'site.inbox.team.removed';
      return redirectAfterPost(reply, `${area.base}/feedback`, { kind: 'success', key });
    },
  );
};
