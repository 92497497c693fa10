import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { forbidden, notFound } from '../../platform/http/app-error.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { municipalityIdParams, municipalityParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { findAttendance } from './attendance.repository.ts';
import { recordAttendance } from './attendance.service.ts';
import { registrationsCsv } from './registrations.csv.ts';
import { maySeeAllRegistrations, maySeeRegistrations, ORGANISER_ROLES } from './registrations.policy.ts';
import { datesForOrganiser } from './registrations.overview.read.ts';
import { findOccurrence } from './registrations.read.ts';
import { registrationsOfOccurrence } from './registrations.repository.ts';
import { attendanceForm } from './registrations.schema.ts';
import { cancelRegistration } from './registrations.service.ts';
import { AttendancePage, attendanceValues } from './views/registration-attendance.tsx';
import { RegistrationsListPage } from './views/registrations-list.tsx';
import { RegistrationsOverviewPage } from './views/registrations-overview.tsx';

const occurrenceParams = municipalityIdParams.extend({ occurrenceId: uuid });
const registrationParams = occurrenceParams.extend({ registrationId: uuid });
const base = '/:locale/m/:municipality/admin/events/:id/occurrences/:occurrenceId/registrations';

/** The organiser's pages of one date: who registered (and as CSV), cancelling for someone, attendance counts. */
export const registrationsOrganiserRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const access = inMunicipality(...ORGANISER_ROLES);
  const one = { config: { access }, schema: { params: occurrenceParams } };
  const listUrl = (req: FastifyRequest, t: PageTenant, eventId: string, occurrenceId: string) =>
    `/${req.locale}/m/${t.slug}/admin/events/${eventId}/occurrences/${occurrenceId}/registrations`;

  /** The date, when it exists in this municipality and the person may see its registrations. */
  async function occurrenceFor(req: FastifyRequest, t: PageTenant, eventId: string, occurrenceId: string) {
    const o = await findOccurrence(db, t, eventId, occurrenceId, req.locale);
    if (!o) throw notFound('occurrence');
    if (!maySeeRegistrations(req.user!, t, o)) throw forbidden();
    return o;
  }

  app.get(
    '/:locale/m/:municipality/admin/registrations',
    { config: { access }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const now = app.deps.now();
      const organiserUserId = maySeeAllRegistrations(req.user!, t) ? null : req.user!.id;
      const from = new Date(now.getTime() - 30 * 86_400_000);
      const rows = await datesForOrganiser(db, t, { organiserUserId, from, locale: req.locale });
      return sendPage(req, reply, (ctx) => RegistrationsOverviewPage({ ctx, tenant: t, rows, now }));
    },
  );

  app.get(base, one, async (req, reply) => {
    const t = pageTenant(req);
    const o = await occurrenceFor(req, t, req.params.id, req.params.occurrenceId);
    const [rows, attendance] = await Promise.all([registrationsOfOccurrence(db, t, o.id), findAttendance(db, t, o.id)]);
    const now = app.deps.now();
    return sendPage(req, reply, (ctx) => RegistrationsListPage({ ctx, tenant: t, o, rows, attendance, now }));
  });

  app.get(`${base}.csv`, one, async (req, reply) => {
    const t = pageTenant(req);
    const o = await occurrenceFor(req, t, req.params.id, req.params.occurrenceId);
    const rows = await registrationsOfOccurrence(db, t, o.id);
    const now = app.deps.now();
    // A list of names and contacts leaves the platform: the export is recorded.
    await audit(db, {
      actor: req.user!.id,
      municipalityId: t.municipalityId,
      action: 'export',
      subjectType: 'community.registration',
      subjectId: o.id,
      reason: 'community.registrations.csv',
      requestId: req.id,
      at: now,
      changes: { before: null, after: { rows: rows.length } },
    });
    const file = `anmeldungen-${o.startsAt.toISOString().slice(0, 10)}.csv`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file}"`)
      .header('cache-control', 'no-store')
      .send(registrationsCsv(req.t, rows));
  });

  app.post(
    `${base}/:registrationId/cancel`,
    { config: { access }, schema: { params: registrationParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const o = await occurrenceFor(req, t, req.params.id, req.params.occurrenceId);
      const v = { registrationId: req.params.registrationId, occurrenceId: o.id, by: 'organiser' as const };
      const done = await runUseCase('community.registrations.cancel', requestCall(req, t), (uc) =>
        cancelRegistration(uc, v),
      );
      return redirectAfterPost(reply, listUrl(req, t, o.eventId, o.id), {
        kind: 'success',
        key: `community.registrations.list.${done}`,
      });
    },
  );

  app.get(`${base}/attendance`, one, async (req, reply) => {
    const t = pageTenant(req);
    const o = await occurrenceFor(req, t, req.params.id, req.params.occurrenceId);
    const state = emptyForm(attendanceValues(await findAttendance(db, t, o.id)));
    const now = app.deps.now();
    return sendPage(req, reply, (ctx) => AttendancePage({ ctx, tenant: t, o, state, now }));
  });

  app.post(`${base}/attendance`, one, async (req, reply) => {
    const t = pageTenant(req);
    const o = await occurrenceFor(req, t, req.params.id, req.params.occurrenceId);
    const now = app.deps.now();
    const page = (state: FormState) => (ctx: ViewContext) => AttendancePage({ ctx, tenant: t, o, state, now });
    return submitForm(req, reply, attendanceForm, page, 'community.registrations.attendance.saved', async (input) => {
      await runUseCase('community.registrations.attendance', requestCall(req, t), (uc) =>
        recordAttendance(uc, o, input),
      );
      return listUrl(req, t, o.eventId, o.id);
    });
  });
};
