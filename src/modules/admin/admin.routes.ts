import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { VNode } from 'preact';
import type { z } from 'zod';
import type { Paged } from '../../platform/db/paginate.ts';
import { inMunicipality, stateWide } from '../../platform/http/access.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { localeIdParams, localeParams, municipalityIdParams, municipalityParams } from '../../platform/http/params.ts';
import type { ListPageProps } from '../../platform/views/staff/list-frame.tsx';
import type { StaffArea } from '../../platform/views/staff/staff-area.ts';
import { sendPage } from '../../platform/views/render.ts';
import { auditQuery, jobsQuery, outboxQuery } from './admin.schema.ts';
import { type AdminScope, auditPage, jobsPage, outboxPage, PAGE_SIZE, type Reader, readMail } from './admin.service.ts';
import { AuditPage } from './views/audit-page.tsx';
import { JobsPage } from './views/jobs-page.tsx';
import { MailPage, OutboxPage } from './views/outbox-pages.tsx';

const MUNICIPALITY_ADMIN = { access: inMunicipality('municipality_admin') };
const STATE_ADMIN = { access: stateWide('state_admin') };

/** The area and data scope of a request: the municipality its URL names, or the state level. */
function where(req: FastifyRequest): { area: StaffArea; scope: AdminScope } {
  if (req.tenant) return { area: { municipality: req.tenant }, scope: { municipalityId: req.tenant.municipalityId } };
  return { area: { municipality: null }, scope: { stateWide: true } };
}

const reader = (req: FastifyRequest): Reader => ({ userId: req.user!.id, requestId: req.id });
const emptyPage = { rows: [], total: 0, page: 1, pageSize: PAGE_SIZE };

/** Outbox and audit log pages for municipality administrators and the state administrator. */
export const adminRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  /**
   * A filtered list page: invalid filters show the page again with the messages, the input kept and no rows (422);
   * valid ones load the page of rows for the request's scope.
   */
  function list<Q extends z.ZodType, R>(
    query: Q,
    load: (req: FastifyRequest, scope: AdminScope, q: z.infer<Q>) => Promise<Paged<R>>,
    Page: (p: ListPageProps<R>) => VNode,
  ) {
    return async (req: FastifyRequest, reply: FastifyReply) => {
      const { area, scope } = where(req);
      const form = parseForm(query, req.query);
      if (!form.ok) {
        const state = { values: form.values, errors: form.errors };
        return sendPage(req, reply, (ctx) => Page({ ctx, area, data: emptyPage, state }), 422);
      }
      const data = await load(req, scope, form.data);
      return sendPage(req, reply, (ctx) => Page({ ctx, area, data, state: { values: form.values, errors: {} } }));
    };
  }

  const outbox = list(outboxQuery, (_req, scope, q) => outboxPage(db, scope, q), OutboxPage);
  const audit = list(auditQuery, (req, scope, q) => auditPage(db, scope, q, reader(req)), AuditPage);
  const jobs = list(jobsQuery, (_req, _scope, q) => jobsPage(db, q), JobsPage);

  const mail = async (req: FastifyRequest, reply: FastifyReply, id: string) => {
    const { area, scope } = where(req);
    const detail = await readMail(db, scope, id, reader(req));
    const baseUrl = app.deps.config.baseUrl;
    return sendPage(req, reply, (ctx) => MailPage({ ctx, area, mail: detail, baseUrl }));
  };

  // Mail pages hold personal data and (masked) traces of one-time links: no cache may keep them.
  const noStore = async (_req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    reply.header('cache-control', 'no-store');
    return payload;
  };
  const inM = { config: MUNICIPALITY_ADMIN, schema: { params: municipalityParams } };
  const inMId = { config: MUNICIPALITY_ADMIN, schema: { params: municipalityIdParams } };
  const inState = { config: STATE_ADMIN, schema: { params: localeParams } };
  const inStateId = { config: STATE_ADMIN, schema: { params: localeIdParams } };
  app.get('/:locale/m/:municipality/admin/outbox', { ...inM, onSend: noStore }, outbox);
  app.get('/:locale/m/:municipality/admin/outbox/:id', { ...inMId, onSend: noStore }, (req, reply) =>
    mail(req, reply, req.params.id),
  );
  app.get('/:locale/m/:municipality/admin/audit', inM, audit);
  app.get('/:locale/state/outbox', { ...inState, onSend: noStore }, outbox);
  app.get('/:locale/state/outbox/:id', { ...inStateId, onSend: noStore }, (req, reply) =>
    mail(req, reply, req.params.id),
  );
  app.get('/:locale/state/audit', inState, audit);
  app.get('/:locale/state/jobs', inState, jobs);
};
