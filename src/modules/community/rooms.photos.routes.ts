import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { municipalityIdParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { sendPhoto } from '../../platform/media/serve.ts';
import { acceptPhotoUploads, altOf, altProblem, readPhotoForm } from '../../platform/media/upload.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { sendPage } from '../../platform/views/render.ts';
import { APPROVERS, rolesIn } from './bookings.service.ts';
import { ROOM_STAFF } from './rooms.admin.routes.ts';
import { roomPhotoData, roomPhotos } from './rooms.photos.repository.ts';
import { addRoomPhoto, describeRoomPhoto, moveRoomPhoto, removeRoomPhoto } from './rooms.photos.service.ts';
import { findRoom } from './rooms.repository.ts';
import { type RefusedPhotoForm, RoomPhotosPage } from './views/room-photos.tsx';

const photoParams = municipalityIdParams.extend({ photo: uuid });
const moveForm = z.object({ way: z.enum(['earlier', 'later']) });

/** The photos page of a room of this tenant (404 for another's), optionally with a refused form. */
async function sendPhotosPage(
  db: Executor,
  req: FastifyRequest,
  reply: FastifyReply,
  t: PageTenant,
  roomId: string,
  refused?: RefusedPhotoForm,
) {
  const room = await findRoom(db, t, roomId);
  if (!room) throw notFound('room');
  const photos = await roomPhotos(db, t, [roomId]);
  const page = (ctx: Parameters<typeof RoomPhotosPage>[0]['ctx']) =>
    RoomPhotosPage({ ctx, tenant: t, room, photos, refused });
  return sendPage(req, reply, page, refused ? 422 : 200);
}

/** Room photos: staff add, describe, order and remove them; everyone sees those of a bookable room. */
export const roomPhotosRoutes: FastifyPluginAsync = async (plain) => {
  // Multipart bodies only for the routes of this plugin (encapsulated).
  await acceptPhotoUploads(plain);
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/rooms/:id/photos';
  const one = { config: { access: ROOM_STAFF }, schema: { params: municipalityIdParams } };
  const photo = { config: { access: ROOM_STAFF }, schema: { params: photoParams } };
  const back = (req: FastifyRequest, t: PageTenant, id: string) =>
    `/${req.locale}/m/${t.slug}/admin/rooms/${id}/photos`;

  app.get(base, one, async (req, reply) => sendPhotosPage(db, req, reply, pageTenant(req), req.params.id));

  app.post(base, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    if (!(await findRoom(db, t, id))) throw notFound('room');
    const form = await readPhotoForm(req.body);
    const refuse = (errors: RefusedPhotoForm['state']['errors']) =>
      sendPhotosPage(db, req, reply, t, id, { form: 'upload', state: { values: { alt: form.alt }, errors } });
    if (!form.ok) return refuse(form.errors);
    try {
      const call = requestCall(req, t);
      await runUseCase('community.room.photo.add', call, (uc) => addRoomPhoto(uc, id, form.image, form.alt));
    } catch (e) {
      if (e instanceof AppError && Object.keys(e.fields).length > 0) return refuse(e.fields);
      throw e;
    }
    return redirectAfterPost(reply, back(req, t, id), { kind: 'success', key: 'community.rooms.flash.photoAdded' });
  });

  app.post(`${base}/:photo`, photo, async (req, reply) => {
    const t = pageTenant(req);
    const { id, photo: photoId } = req.params;
    const alt = altOf((req.body as Record<string, unknown> | undefined)?.alt);
    const problem = altProblem(alt);
    if (problem) {
      const state = { values: { alt }, errors: { alt: problem } };
      return sendPhotosPage(db, req, reply, t, id, { form: photoId, state });
    }
    const call = requestCall(req, t);
    await runUseCase('community.room.photo.describe', call, (uc) => describeRoomPhoto(uc, id, photoId, alt));
    return redirectAfterPost(reply, back(req, t, id), { kind: 'success', key: 'community.rooms.flash.photoDescribed' });
  });

  app.post(`${base}/:photo/move`, photo, async (req, reply) => {
    const t = pageTenant(req);
    const { id, photo: photoId } = req.params;
    const form = moveForm.safeParse(req.body ?? {});
    // The buttons post a fixed value; anything else keeps the order as it is.
    if (!form.success) {
      if (!(await findRoom(db, t, id))) throw notFound('room');
      return redirectAfterPost(reply, back(req, t, id));
    }
    const call = requestCall(req, t);
    await runUseCase('community.room.photo.move', call, (uc) => moveRoomPhoto(uc, id, photoId, form.data.way));
    return redirectAfterPost(reply, back(req, t, id), { kind: 'success', key: 'community.rooms.flash.photoMoved' });
  });

  app.post(`${base}/:photo/delete`, photo, async (req, reply) => {
    const t = pageTenant(req);
    const { id, photo: photoId } = req.params;
    await runUseCase('community.room.photo.remove', requestCall(req, t), (uc) => removeRoomPhoto(uc, id, photoId));
    return redirectAfterPost(reply, back(req, t, id), { kind: 'success', key: 'community.rooms.flash.photoRemoved' });
  });

  // The image: for everyone while the room is bookable, else for its staff. A photo's bytes never change under
  // its id, so a public one may be kept for a year; an inactive room's only by its staff's browser.
  app.get(
    '/:locale/m/:municipality/rooms/:id/photos/:photo',
    { config: { access: PUBLIC }, schema: { params: photoParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const { id, photo: photoId } = req.params;
      const room = await findRoom(db, t, id);
      const staff = rolesIn(req.user, t.municipalityId).some((r) => (APPROVERS as readonly string[]).includes(r));
      if (!room || (!room.active && !staff)) throw notFound('photo');
      const row = await roomPhotoData(db, t, id, photoId);
      if (!row) throw notFound('photo');
      const data = { id: photoId, data: row.data, contentType: row.content_type };
      return sendPhoto(req, reply, data, room.active ? 'immutable' : 'private');
    },
  );
};
