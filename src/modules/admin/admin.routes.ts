import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inMunicipality, stateWide } from '../../platform/http/access.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { localeIdParams, localeParams, municipalityIdParams, municipalityParams } from '../../platform/http/params.ts';
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

  const outbox = async (req: FastifyRequest, reply: FastifyReply) => {
    const { area, scope } = where(req);
    const form = parseForm(outboxQuery, req.query);
    // Invalid filters: the page again with the messages and the input kept, and no rows.
    if (!form.ok) {
      const state = { values: form.values, errors: form.errors };
      return sendPage(req, reply, (ctx) => OutboxPage({ ctx, area, data: emptyPage, state }), 422);
    }
    const data = await outboxPage(db, scope, form.data);
    return sendPage(req, reply, (ctx) => OutboxPage({ ctx, area, data, state: { values: form.values, errors: {} } }));
  };

  const mail = async (req: FastifyRequest, reply: FastifyReply, id: string) => {
    const { area, scope } = where(req);
    const detail = await readMail(db, scope, id, reader(req));
    const baseUrl = app.deps.config.baseUrl;
    return sendPage(req, reply, (ctx) => MailPage({ ctx, area, mail: detail, baseUrl }));
  };

  const audit = async (req: FastifyRequest, reply: FastifyReply) => {
    const { area, scope } = where(req);
    const form = parseForm(auditQuery, req.query);
    // Invalid filters: the page again with the messages and the input kept, and no rows.
    if (!form.ok) {
      const state = { values: form.values, errors: form.errors };
      return sendPage(req, reply, (ctx) => AuditPage({ ctx, area, data: emptyPage, state }), 422);
    }
    const data = await auditPage(db, scope, form.data, reader(req));
    return sendPage(req, reply, (ctx) => AuditPage({ ctx, area, data, state: { values: form.values, errors: {} } }));
  };

  const jobs = async (req: FastifyRequest, reply: FastifyReply) => {
    const { area } = where(req);
    const form = parseForm(jobsQuery, req.query);
    if (!form.ok) {
      const state = { values: form.values, errors: form.errors };
      return sendPage(req, reply, (ctx) => JobsPage({ ctx, area, data: emptyPage, state }), 422);
    }
    const data = await jobsPage(db, form.data);
    return sendPage(req, reply, (ctx) => JobsPage({ ctx, area, data, state: { values: form.values, errors: {} } }));
  };

  const inM = { config: MUNICIPALITY_ADMIN, schema: { params: municipalityParams } };
  const inMId = { config: MUNICIPALITY_ADMIN, schema: { params: municipalityIdParams } };
  const inState = { config: STATE_ADMIN, schema: { params: localeParams } };
  const inStateId = { config: STATE_ADMIN, schema: { params: localeIdParams } };
  app.get('/:locale/m/:municipality/admin/outbox', inM, outbox);
  app.get('/:locale/m/:municipality/admin/outbox/:id', inMId, (req, reply) => mail(req, reply, req.params.id));
  app.get('/:locale/m/:municipality/admin/audit', inM, audit);
  app.get('/:locale/state/outbox', inState, outbox);
  app.get('/:locale/state/outbox/:id', inStateId, (req, reply) => mail(req, reply, req.params.id));
  app.get('/:locale/state/audit', inState, audit);
  app.get('/:locale/state/jobs', inState, jobs);
};
