import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { inMunicipality, stateWide } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/views/render.ts';
import { auditQuery, jobsQuery, mailId, outboxQuery } from './admin.schema.ts';
import { type AdminScope, auditPage, jobsPage, outboxPage, PAGE_SIZE, type Reader, readMail } from './admin.service.ts';
import { AuditPage } from './views/audit-page.tsx';
import { JobsPage } from './views/jobs-page.tsx';
import { MailPage, OutboxPage } from './views/outbox-pages.tsx';
import type { AdminArea } from './views/parts.tsx';

const MUNICIPALITY_ADMIN = { access: inMunicipality('municipality_admin') };
const STATE_ADMIN = { access: stateWide('state_admin') };

/** The area and data scope of a request: the municipality its URL names, or the state level. */
function where(req: FastifyRequest): { area: AdminArea; scope: AdminScope } {
  if ((req.params as { locale?: string }).locale !== req.locale) throw notFound();
  if (req.tenant) {
    return {
      area: { base: `/${req.locale}/m/${req.tenant.slug}/admin`, municipality: req.tenant.name },
      scope: { municipalityId: req.tenant.municipalityId },
    };
  }
  return { area: { base: `/${req.locale}/state`, municipality: null }, scope: { stateWide: true } };
}

const reader = (req: FastifyRequest): Reader => ({ userId: req.user!.id, requestId: req.id });
const emptyPage = { rows: [], total: 0, page: 1, pageSize: PAGE_SIZE };

/** Outbox and audit log pages for municipality administrators and the state administrator. */
export const adminRoutes: FastifyPluginAsync = async (app) => {
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

  const mail = async (req: FastifyRequest, reply: FastifyReply) => {
    const { area, scope } = where(req);
    const id = mailId.safeParse((req.params as { id?: string }).id);
    if (!id.success) throw notFound('mail');
    const detail = await readMail(db, scope, id.data, reader(req));
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

  // Mail pages hold personal data and (masked) traces of one-time links: no cache may keep them.
  const noStore = async (_req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    reply.header('cache-control', 'no-store');
    return payload;
  };
  app.get('/:locale/m/:municipality/admin/outbox', { config: MUNICIPALITY_ADMIN, onSend: noStore }, outbox);
  app.get('/:locale/m/:municipality/admin/outbox/:id', { config: MUNICIPALITY_ADMIN, onSend: noStore }, mail);
  app.get('/:locale/m/:municipality/admin/audit', { config: MUNICIPALITY_ADMIN }, audit);
  app.get('/:locale/state/outbox', { config: STATE_ADMIN, onSend: noStore }, outbox);
  app.get('/:locale/state/outbox/:id', { config: STATE_ADMIN, onSend: noStore }, mail);
  app.get('/:locale/state/audit', { config: STATE_ADMIN }, audit);
  app.get('/:locale/state/jobs', { config: STATE_ADMIN }, jobs);
};
