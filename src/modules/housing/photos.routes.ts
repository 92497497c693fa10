import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC, inMunicipality } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { municipalityIdParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { sendPhoto } from '../../platform/media/serve.ts';
import { acceptPhotoUploads, readPhotoForm } from '../../platform/media/upload.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { editPageOf, loadEdit } from './flats.pages.ts';
import { FLAT_STAFF, flatScope, PUBLIC_STATUSES } from './flats.policy.ts';
import { findFlatRow } from './flats.repository.ts';
import { photoData } from './photos.repository.ts';
import { addPhoto, removePhoto } from './photos.service.ts';

/** Photo upload and removal for a flat's staff, and the photos as images for everyone who may see the flat. */
export const photosRoutes: FastifyPluginAsync = async (plain) => {
  // Multipart bodies only for the routes of this plugin (encapsulated): one file, a few short fields.
  await acceptPhotoUploads(plain);
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/housing/flats/:id/photos';
  const access = { access: inMunicipality(...FLAT_STAFF) };
  const photoParams = municipalityIdParams.extend({ photo: uuid });

  app.post(base, { config: access, schema: { params: municipalityIdParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const scope = flatScope(req.user, t.municipalityId);
    const { id } = req.params;
    const { values, extra } = await loadEdit(db, t, scope, id);
    const form = await readPhotoForm(req.body);
    if (!form.ok) {
      const state = { values: { alt: form.alt }, errors: form.errors };
      return sendPage(req, reply, editPageOf(t, { ...extra, side: { form: 'photo', state } }, emptyForm(values)), 422);
    }
    const photo = { ...form.image, altText: form.alt };
    await runUseCase('housing.flat.photo.add', requestCall(req, t), (uc) => addPhoto(uc, scope, id, photo));
    const to = `/${req.locale}/m/${t.slug}/admin/housing/flats/${id}/edit`;
    return redirectAfterPost(reply, to, { kind: 'success', key: 'housing.flats.flash.photo' });
  });

  app.post(`${base}/:photo/delete`, { config: access, schema: { params: photoParams } }, async (req, reply) => {
    const t = pageTenant(req);
    const scope = flatScope(req.user, t.municipalityId);
    const { id, photo } = req.params;
    await runUseCase('housing.flat.photo.remove', requestCall(req, t), (uc) => removePhoto(uc, scope, id, photo));
    const to = `/${req.locale}/m/${t.slug}/admin/housing/flats/${id}/edit`;
    return redirectAfterPost(reply, to, { kind: 'success', key: 'housing.flats.flash.photoRemoved' });
  });

  // The image: for everyone while the flat is public, otherwise for the staff who may edit it.
  app.get(
    '/:locale/m/:municipality/flats/:id/photos/:photo',
    { config: { access: PUBLIC }, schema: { params: photoParams } },
    async (req, reply) => {
      const t = pageTenant(req);
      const { id, photo } = req.params;
      const flat = await findFlatRow(db, t, id);
      const scope = flatScope(req.user, t.municipalityId);
      const staff = flat && (scope === null ? req.user !== null : scope.includes(flat.providerId));
      if (!flat || (!PUBLIC_STATUSES.includes(flat.status) && !staff)) throw notFound('photo');
      const row = await photoData(db, t, id, photo);
      if (!row) throw notFound('photo');
      return sendPhoto(
        req,
        reply,
        { id: photo, data: row.data, contentType: row.content_type },
        staff ? 'private' : 'public',
      );
    },
  );
};
