import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FieldError } from '../http/app-error.ts';
import type { FastifyInstance } from 'fastify';
import { MAX_PHOTO_BYTES, processPhoto, type Refusal, type StoredImage } from './image.ts';

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

/**
 * Lets the routes of one plugin (encapsulated: call it inside the plugin that has the photo routes) take
 * multipart bodies: one file of at most 8 MB, a few short fields. The fields land in the body as values, so the
 * CSRF and access checks run unchanged before the handler.
 */
export async function acceptPhotoUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    onFile,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 4, fieldSize: 1000, parts: 6 },
  });
}

/** The longest description (alt text) of a photo; the tables check the same. */
export const MAX_ALT = 300;

/** A description (alt text) as typed: trimmed; anything but one string (a repeated field) counts as empty. */
export const altOf = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The field message for a description: required, at most 300 characters; null when it is fine. */
export function altProblem(alt: string): { key: string } | null {
  if (alt.length === 0) return { key: 'validation.required' };
  return alt.length > MAX_ALT ? { key: 'validation.invalid' } : null;
}

const refusalKey = (r: Refusal) => ({ key: `media.photo.error.${r}` });

/** The photo form read and checked: the photo to store, or the field errors with the description typed. */
export type PhotoForm =
  | { ok: true; alt: string; image: StoredImage }
  | { ok: false; alt: string; errors: Record<string, FieldError> };

/**
 * Reads the photo form (`alt` and `photo`, multipart or not): both fields are checked together, and only a
 * complete form has its file decoded and re-encoded. Field errors use the platform's `media.photo.*` messages.
 */
export async function readPhotoForm(body: unknown): Promise<PhotoForm> {
  const fields = (body ?? {}) as Record<string, unknown>;
  const alt = altOf(fields.alt);
  const file = fields.photo;
  const refusal: Refusal | null =
    !isUpload(file) || file.bytes?.length === 0 ? 'missing' : file.bytes ? null : 'tooLarge';
  const errors: Record<string, FieldError> = {};
  const altError = altProblem(alt);
  if (altError) errors.alt = altError;
  if (refusal) errors.photo = refusalKey(refusal);
  if (Object.keys(errors).length > 0 || !isUpload(file) || !file.bytes) return { ok: false, alt, errors };
  const processed = await processPhoto(file.bytes);
  if (!processed.ok) return { ok: false, alt, errors: { photo: refusalKey(processed.refusal) } };
  return { ok: true, alt, image: { data: processed.data, width: processed.width, height: processed.height } };
}
