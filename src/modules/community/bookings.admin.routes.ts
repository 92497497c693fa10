import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { toFloating } from '../../lib/calendar/index.ts';
import type { Translate } from '../../platform/i18n/messages.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { sendPage } from '../../platform/views/render.ts';
import { findBooking, pendingBookings, toRecord, type UsageRow, usageByMonth } from './bookings.repository.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { BOOKING_ZONE } from './bookings.rules.ts';
import { decisionForm, usageQuery, usedForm } from './bookings.schema.ts';
import { decideRequest, markUsed } from './bookings.service.ts';
import { ROOM_STAFF } from './rooms.admin.routes.ts';
import { listRooms } from './rooms.repository.ts';
import { QueuePage, requestsOf } from './views/bookings-queue.tsx';
import { UsagePage } from './views/rooms-usage.tsx';

/** A CSV field: quoted where needed; a leading =, +, - or @ is defused so that a spreadsheet never runs it. */
function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The usage figures as CSV for a spreadsheet: UTF-8 with a byte-order mark, CRLF, headers in the reader's language. */
export function usageCsv(t: Translate, rows: readonly UsageRow[]): string {
  const head = ['month', 'purpose', 'bookings', 'hoursBooked', 'hoursUsed'].map((h) => t(`community.rooms.usage.${h}`));
  const lines = [head.map(csvField).join(',')];
  for (const r of rows) {
    const hours = (h: number) => h.toFixed(2);
    lines.push(
      [r.month, t(`community.rooms.purpose.${r.purpose}`), r.bookings, hours(r.hoursBooked), hours(r.hoursUsed)]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The approvers' pages: the queue (approve, reject, record use) and the usage figures with their CSV. */
export const bookingsAdminRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const list = { config: { access: ROOM_STAFF }, schema: { params: municipalityParams } };
  const one = { config: { access: ROOM_STAFF }, schema: { params: municipalityIdParams } };
  const queueUrl = (l: string, slug: string) => `/${l}/m/${slug}/admin/bookings`;

  app.get('/:locale/m/:municipality/admin/bookings', list, async (req, reply) => {
    const t = pageTenant(req);
    const [pending, record] = await Promise.all([pendingBookings(db, t), toRecord(db, t, app.deps.now())]);
    const requests = requestsOf(pending);
    return sendPage(req, reply, (ctx) => QueuePage({ ctx, tenant: t, requests, toRecord: record }));
  });

  app.post('/:locale/m/:municipality/admin/bookings/:id/decision', one, async (req, reply) => {
    const t = pageTenant(req);
    // Another tenant's (or no) booking is a 404 before the form is looked at.
    if (!(await findBooking(db, t, req.params.id))) throw notFound('booking');
    const form = parseForm(decisionForm, req.body);
    if (!form.ok)
      return redirectAfterPost(reply, queueUrl(req.locale, t.slug), { kind: 'danger', key: 'error.badRequest' });
    const { decision } = form.data;
    await runUseCase('community.booking.decide', requestCall(req, t), (uc) =>
      decideRequest(uc, req.params.id, decision),
    );
    const key = decision === 'approve' ? 'community.rooms.flash.approved' : 'community.rooms.flash.rejected';
    return redirectAfterPost(reply, queueUrl(req.locale, t.slug), { kind: 'success', key });
  });

  app.post('/:locale/m/:municipality/admin/bookings/:id/used', one, async (req, reply) => {
    const t = pageTenant(req);
    // Another tenant's (or no) booking is a 404 before the form is looked at.
    if (!(await findBooking(db, t, req.params.id))) throw notFound('booking');
    const form = parseForm(usedForm, req.body);
    if (!form.ok)
      return redirectAfterPost(reply, queueUrl(req.locale, t.slug), { kind: 'danger', key: 'error.badRequest' });
    const used = form.data.used === 'yes';
    await runUseCase('community.booking.used', requestCall(req, t), (uc) => markUsed(uc, req.params.id, used));
    return redirectAfterPost(reply, queueUrl(req.locale, t.slug), {
      kind: 'success',
      key: 'community.rooms.flash.used',
    });
  });

  async function usage(slug: string, query: unknown, t: ReturnType<typeof pageTenant>) {
    const q = parseForm(usageQuery, query);
    const thisYear = toFloating(app.deps.now(), BOOKING_ZONE).getUTCFullYear();
    const year = (q.ok ? q.data.year : undefined) ?? thisYear;
    const rooms = await listRooms(db, t, { activeOnly: false });
    const asked = q.ok ? q.data.room : undefined;
    const roomId = rooms.some((r) => r.id === asked) ? asked : undefined;
    return { year, rooms, roomId, rows: await usageByMonth(db, t, { year, roomId }), slug };
  }

  app.get('/:locale/m/:municipality/admin/rooms/usage', list, async (req, reply) => {
    const t = pageTenant(req);
    const u = await usage(t.slug, req.query, t);
    return sendPage(req, reply, (ctx) => UsagePage({ ctx, tenant: t, ...u }));
  });

  app.get('/:locale/m/:municipality/admin/rooms/usage.csv', list, async (req, reply) => {
    const t = pageTenant(req);
    const u = await usage(t.slug, req.query, t);
    const file = `raumnutzung-${t.slug}-${u.year}.csv`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file}"`)
      .header('cache-control', 'no-store')
      .send(usageCsv(req.t, u.rows));
  });
};
