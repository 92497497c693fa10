import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { toFloating } from '../../lib/calendar/index.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { sendPage } from '../../platform/views/render.ts';
import { quartiereOf } from '../directory/index.ts';
import { busyTimes } from './bookings.repository.ts';
import { BOOKER_ROLES, BOOKING_ZONE, mayBook } from './bookings.rules.ts';
import { weekQuery } from './bookings.schema.ts';
import { weekOf } from './rooms.hours.ts';
import { type RoomPhoto, roomPhotos } from './rooms.photos.repository.ts';
import { findRoom, listRooms, roomTexts } from './rooms.repository.ts';
import { roomListQuery } from './rooms.schema.ts';
import { rolesIn } from './bookings.service.ts';
import { roomTextIn } from './rooms.service.ts';
import { isoWeekOf, mondayOf, shiftWeek, weekRange, weekView } from './rooms.week.ts';
import { RoomPage, RoomsListPage } from './views/rooms-public.tsx';

/** The public room pages: the list (with the Quartier filter) and a room with its week of booked and free times. */
export const roomsPublicRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const config = { access: PUBLIC };

  app.get('/:locale/m/:municipality/rooms', { config, schema: { params: municipalityParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const q = parseForm(roomListQuery, req.query);
    const slug = q.ok ? q.data.quartier : undefined;
    const quartiere = await quartiereOf(db, t);
    const chosen = slug ? quartiere.find((x) => x.slug === slug) : undefined;
    // An unknown Quartier matches no room, rather than silently showing all.
    const rows = slug && !chosen ? [] : await listRooms(db, t, { activeOnly: true, quartierId: chosen?.id });
    const names = new Map(quartiere.map((x) => [x.id, x.name]));
    // The first photo of each room (its cover), metadata only.
    const covers = new Map<string, RoomPhoto>();
    for (const p of await roomPhotos(
      db,
      t,
      rows.map((r) => r.id),
    ))
      if (!covers.has(p.roomId)) covers.set(p.roomId, p);
    const rooms = rows.map((room) => ({
      room,
      quartier: room.quartierId ? names.get(room.quartierId) : undefined,
      cover: covers.get(room.id),
    }));
    const list = quartiere.map((x) => ({ slug: x.slug, name: x.name }));
    const books = rolesIn(req.user, t.municipalityId).some((r) => (BOOKER_ROLES as readonly string[]).includes(r));
    const props = { tenant: t, rooms, quartiere: list, quartier: slug, books };
    return sendPage(req, reply, (ctx) => RoomsListPage({ ctx, ...props }));
  });

  app.get(
    '/:locale/m/:municipality/rooms/:id',
    { config, schema: { params: municipalityIdParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const room = await findRoom(db, t, req.params.id);
      if (!room?.active) throw notFound('room');
      const q = parseForm(weekQuery, req.query);
      const asked = q.ok && q.data.week ? mondayOf(q.data.week) : null;
      const monday = asked ?? mondayOf(isoWeekOf(toFloating(app.deps.now(), BOOKING_ZONE)))!;
      const { from, to } = weekRange(monday);
      const [busy, texts, quartiere, photos] = await Promise.all([
        busyTimes(db, t, room.id, from, to),
        roomTexts(db, t, [room.id]),
        quartiereOf(db, t),
        roomPhotos(db, t, [room.id]),
      ]);
      const label = isoWeekOf(monday);
      const base = `/${req.locale}/m/${t.slug}/rooms/${room.id}`;
      const week = {
        label,
        days: weekView(monday, busy, weekOf(room.openingHours)),
        prev: `${base}?week=${shiftWeek(monday, -1)}#week`,
        next: `${base}?week=${shiftWeek(monday, 1)}#week`,
      };
      const quartier = quartiere.find((x) => x.id === room.quartierId)?.name;
      const text = roomTextIn(texts, room.sourceLocale, req.locale);
      // Anonymous visitors see the link (it leads to sign-in); a signed-in person only when their role may book.
      const canBook = !req.user || mayBook(room, rolesIn(req.user, t.municipalityId));
      return sendPage(req, reply, (ctx) => RoomPage({ ctx, tenant: t, room, quartier, text, week, canBook, photos }));
    },
  );
};
