import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC, inMunicipality } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { municipalityIdParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { editPageOf, loadEdit } from './flats.pages.ts';
import { FLAT_STAFF, flatScope, PUBLIC_STATUSES } from './flats.policy.ts';
import { findFlatRow } from './flats.repository.ts';
import { MAX_PHOTO_BYTES, processPhoto, type Refusal } from './photos.image.ts';
import { photoData } from './photos.repository.ts';
import { addPhoto, removePhoto } from './photos.service.ts';

/** An uploaded file as the multipart parser leaves it in the body: its bytes, or that it was too large. */
interface Upload {
  upload: true;
  bytes: Buffer | null;
}

/**
 * Reads one uploaded file into memory up to the limit; beyond it the parser truncates the stream, the rest of
 * the request is read and dropped, and the upload is marked too large (nothing of it is kept).
 */
async function onFile(this: unknown, part: MultipartFile & { value?: unknown }): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk as Buffer);
  part.value = { upload: true, bytes: part.file.truncated ? null : Buffer.concat(chunks) } satisfies Upload;
}

const isUpload = (v: unknown): v is Upload => typeof v === 'object' && v !== null && 'upload' in v;

/** Photo upload and removal for a flat's staff, and the photos as images for everyone who may see the flat. */
export const photosRoutes: FastifyPluginAsync = async (plain) => {
  // Multipart bodies only for the routes of this plugin (encapsulated): one file, a few short fields.
  await plain.register(multipart, {
    attachFieldsToBody: 'keyValues',
    onFile,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 4, fieldSize: 1000, parts: 6 },
  });
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
    const body = (req.body ?? {}) as Record<string, unknown>;
    const alt = typeof body.alt === 'string' ? body.alt.trim() : '';
    const refuse = (fields: Record<string, { key: string }>) => {
      const state = { values: { alt }, errors: fields };
      return sendPage(req, reply, editPageOf(t, { ...extra, side: { form: 'photo', state } }, emptyForm(values)), 422);
    };
    const file = body.photo;
    const refusal: Refusal | null =
      !isUpload(file) || file.bytes?.length === 0 ? 'missing' : file.bytes ? null : 'tooLarge';
    const fields: Record<string, { key: string }> = {};
    if (alt.length === 0 || alt.length > 300) fields.alt = { key: alt ? 'validation.invalid' : 'validation.required' };
    if (refusal) fields.photo = { key: `housing.flats.photo.error.${refusal}` };
    if (Object.keys(fields).length > 0 || !isUpload(file) || !file.bytes) return refuse(fields);
    const processed = await processPhoto(file.bytes);
    if (!processed.ok) return refuse({ photo: { key: `housing.flats.photo.error.${processed.refusal}` } });
    const photo = { data: processed.data, width: processed.width, height: processed.height, altText: alt };
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
      reply.header('cache-control', staff ? 'private, max-age=300' : 'public, max-age=3600');
      reply.header('x-content-type-options', 'nosniff');
      return reply.type(row.content_type).send(Buffer.from(row.data));
    },
  );
};
