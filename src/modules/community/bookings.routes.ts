import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { AppError, forbidden, notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { formatDate } from '../../platform/i18n/format.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { bookingsOf } from './bookings.repository.ts';
import { BOOKER_ROLES, mayBook } from './bookings.rules.ts';
import { bookingForm, cancelForm } from './bookings.schema.ts';
import { cancelBooking, requestBooking, rolesIn } from './bookings.service.ts';
import { findRoom, type RoomRow } from './rooms.repository.ts';
import { BookingPage } from './views/booking-form.tsx';
import { MyBookingsPage } from './views/bookings-mine.tsx';

/** The municipality's people who may book rooms open the form; the room's `bookable_by` decides who books it. */
export const BOOKERS = inMunicipality(...BOOKER_ROLES);

function signedIn(req: FastifyRequest): SessionUser {
  if (!req.user) throw forbidden();
  return req.user;
}

/** The conflict as a message on the date field, its date in the reader's form; what was typed stays. */
function conflictState(req: FastifyRequest, err: AppError, values: FormState['values']): FormState {
  const date = typeof err.values.date === 'string' ? formatDate(req.locale, `${err.values.date}T12:00:00Z`) : '';
  return { values, errors: { date: { key: err.messageKey, values: { ...err.values, date } } } };
}

/** Posts a booking request: 303 to the person's bookings, 422 for a broken rule, 409 for a taken date. */
async function postBooking(req: FastifyRequest, reply: FastifyReply, t: PageTenant, room: RoomRow) {
  const user = signedIn(req);
  const page = (state: FormState, status: number) =>
    sendPage(req, reply, (ctx) => BookingPage({ ctx, tenant: t, room, state, mayBook: true }), status);
  const form = parseForm(bookingForm, req.body);
  if (!form.ok) return page({ values: form.values, errors: form.errors }, 422);
  try {
    const call = requestCall(req, t);
    const r = await runUseCase('community.booking.request', call, (uc) => requestBooking(uc, user, room.id, form.data));
    const flash = r.status === 'pending' ? 'community.rooms.flash.requested' : 'community.rooms.flash.booked';
    return redirectAfterPost(reply, `/${req.locale}/m/${t.slug}/bookings`, { kind: 'success', key: flash });
  } catch (err) {
    if (err instanceof AppError && err.status === 422 && Object.keys(err.fields).length > 0) {
      return page({ values: form.values, errors: err.fields }, 422);
    }
    if (err instanceof AppError && err.status === 409) return page(conflictState(req, err, form.values), 409);
    throw err;
  }
}

/** The booking form, the person's own bookings and their cancellation. */
export const bookingsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const one = { config: { access: BOOKERS }, schema: { params: municipalityIdParams } };

  async function bookable(t: PageTenant, id: string) {
    const room = await findRoom(db, t, id);
    if (!room?.active) throw notFound('room');
    return room;
  }

  app.get('/:locale/m/:municipality/rooms/:id/book', one, async (req, reply) => {
    const t = pageTenant(req);
    const room = await bookable(t, req.params.id);
    const may = mayBook(room, rolesIn(req.user, t.municipalityId));
    const state = emptyForm({ weeks: '1' });
    return sendPage(req, reply, (ctx) => BookingPage({ ctx, tenant: t, room, state, mayBook: may }), may ? 200 : 403);
  });

  app.post('/:locale/m/:municipality/rooms/:id/book', one, async (req, reply) => {
    const t = pageTenant(req);
    return postBooking(req, reply, t, await bookable(t, req.params.id));
  });

  app.get(
    '/:locale/m/:municipality/bookings',
    { config: { access: BOOKERS }, schema: { params: municipalityParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const now = app.deps.now();
      const since = new Date(now.getTime() - 30 * 86_400_000);
      const rows = await bookingsOf(db, t, signedIn(req).id, since);
      return sendPage(req, reply, (ctx) => MyBookingsPage({ ctx, tenant: t, rows, now }));
    },
  );

  app.post('/:locale/m/:municipality/bookings/:id/cancel', one, async (req, reply) => {
    const t = pageTenant(req);
    const user = signedIn(req);
    const form = parseForm(cancelForm, req.body);
    const scope = form.ok ? form.data.scope : 'one';
    const call = requestCall(req, t);
    await runUseCase('community.booking.cancel', call, (uc) => cancelBooking(uc, user, req.params.id, scope));
    return redirectAfterPost(reply, `/${req.locale}/m/${t.slug}/bookings`, {
      kind: 'success',
      key: 'community.rooms.flash.cancelled',
    });
  });
};
