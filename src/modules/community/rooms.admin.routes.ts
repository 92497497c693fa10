import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { locale, municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { Page } from '../../platform/views/render.ts';
import { sendPage } from '../../platform/views/render.ts';
import { quartiereOf } from '../directory/index.ts';
import { pendingCount } from './bookings.repository.ts';
import { APPROVERS } from './bookings.service.ts';
import { findRoom, listRooms, roomTexts } from './rooms.repository.ts';
import { roomForm, roomTextForm } from './rooms.schema.ts';
import { changeRoom, createRoom, translateRoom } from './rooms.service.ts';
import { NEW_ROOM_VALUES, RoomFormPage, RoomsAdminPage, RoomTextPage, roomFormValues } from './views/rooms-admin.tsx';

/** Staff keep the rooms of their municipality: the Quartier managers and the administration. */
export const ROOM_STAFF = inMunicipality(...APPROVERS);

async function quartierChoices(db: Executor, t: PageTenant): Promise<[string, string][]> {
  return (await quartiereOf(db, t)).map((q): [string, string] => [q.id, q.name]);
}

/** A room of this tenant with its texts, for its edit pages (404 for another tenant's id). */
async function loadRoom(db: Executor, t: PageTenant, id: string) {
  const room = await findRoom(db, t, id);
  if (!room) throw notFound('room');
  const texts = await roomTexts(db, t, [id]);
  const source = texts.find((x) => x.locale === room.sourceLocale)?.description ?? '';
  return { room, texts, source };
}

/** The staff pages of rooms: list, add, change (rules included), and the descriptions in more languages. */
export const roomsAdminRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/rooms';
  const list = { config: { access: ROOM_STAFF }, schema: { params: municipalityParams } };
  const one = { config: { access: ROOM_STAFF }, schema: { params: municipalityIdParams } };
  const lang = { config: { access: ROOM_STAFF }, schema: { params: municipalityIdParams.extend({ lang: locale }) } };
  const listUrl = (l: string, t: PageTenant) => `/${l}/m/${t.slug}/admin/rooms`;

  app.get(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const [rooms, pending] = await Promise.all([listRooms(db, t, { activeOnly: false }), pendingCount(db, t)]);
    return sendPage(req, reply, (ctx) => RoomsAdminPage({ ctx, tenant: t, rooms, pending }));
  });

  app.get(`${base}/new`, list, async (req, reply) => {
    const t = pageTenant(req);
    const quartiere = await quartierChoices(db, t);
    const state = emptyForm({ ...NEW_ROOM_VALUES, city: t.name });
    return sendPage(req, reply, (ctx) => RoomFormPage({ ctx, tenant: t, state, quartiere }));
  });

  app.post(base, list, async (req, reply) => {
    const t = pageTenant(req);
    const quartiere = await quartierChoices(db, t);
    const page =
      (state: FormState): Page =>
      (ctx) =>
        RoomFormPage({ ctx, tenant: t, state, quartiere });
    return submitForm(req, reply, roomForm, page, 'community.rooms.flash.created', async (data) => {
      await runUseCase('community.room.create', requestCall(req, t), (uc) => createRoom(uc, data));
      return listUrl(req.locale, t);
    });
  });

  app.get(`${base}/:id/edit`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { room, texts, source } = await loadRoom(db, t, req.params.id);
    const quartiere = await quartierChoices(db, t);
    const state = emptyForm(roomFormValues(room, source));
    const edit = { id: room.id, texts, sourceLocale: room.sourceLocale };
    return sendPage(req, reply, (ctx) => RoomFormPage({ ctx, tenant: t, state, quartiere, edit }));
  });

  app.post(`${base}/:id`, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    const { room, texts } = await loadRoom(db, t, id);
    const quartiere = await quartierChoices(db, t);
    const edit = { id, texts, sourceLocale: room.sourceLocale };
    const page =
      (state: FormState): Page =>
      (ctx) =>
        RoomFormPage({ ctx, tenant: t, state, quartiere, edit });
    return submitForm(req, reply, roomForm, page, 'community.rooms.flash.saved', async (data) => {
      await runUseCase('community.room.change', requestCall(req, t), (uc) => changeRoom(uc, id, data));
      return listUrl(req.locale, t);
    });
  });

  app.get(`${base}/:id/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang: l } = req.params;
    const { room, texts, source } = await loadRoom(db, t, id);
    const state = emptyForm({ description: texts.find((x) => x.locale === l)?.description ?? '' });
    const props = { tenant: t, roomId: id, lang: l, source, sourceLang: room.sourceLocale, state };
    return sendPage(req, reply, (ctx) => RoomTextPage({ ctx, ...props }));
  });

  app.post(`${base}/:id/texts/:lang`, lang, async (req, reply) => {
    const t = pageTenant(req);
    const { id, lang: l } = req.params;
    const { room, source } = await loadRoom(db, t, id);
    const props = { tenant: t, roomId: id, lang: l, source, sourceLang: room.sourceLocale };
    const page =
      (state: FormState): Page =>
      (ctx) =>
        RoomTextPage({ ctx, ...props, state });
    return submitForm(req, reply, roomTextForm, page, 'community.rooms.flash.text', async (data) => {
      const call = requestCall(req, t);
      await runUseCase('community.room.translate', call, (uc) => translateRoom(uc, id, l, data.description));
      return `/${req.locale}/m/${t.slug}/admin/rooms/${id}/edit`;
    });
  });
};
