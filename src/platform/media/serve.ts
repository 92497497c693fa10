import type { FastifyReply, FastifyRequest } from 'fastify';
import { PHOTO_WIDTHS, scaledPhoto } from './image.ts';

/**
 * Serving stored photos. A photo's bytes never change under its id (a new upload is a new id), so its ETag is
 * the id and the width, and a repeated request is answered 304 without reading anything. Widths for `srcset` are
 * scaled from the stored photo on first request and kept in a small cache of this process.
 */

/** How long and for whom a response may be cached (each module decides for its own photos). */
export type PhotoCache = 'immutable' | 'public' | 'private';

const CACHE_CONTROL: Record<PhotoCache, string> = {
  immutable: 'public, max-age=31536000, immutable',
  public: 'public, max-age=3600',
  private: 'private, max-age=300',
};

/** The width asked for by `?w=`, if it is one of the `srcset` widths; anything else is the stored photo. */
export function askedWidth(query: unknown): number | null {
  const w = Number((query as Record<string, unknown> | undefined)?.w);
  return (PHOTO_WIDTHS as readonly number[]).includes(w) ? w : null;
}

/** The ETag of a photo at a width (quoted, as HTTP wants it). */
export const photoEtag = (id: string, width: number | null) => `"p-${id}-${width ?? 'full'}"`;

function isFresh(req: FastifyRequest, etag: string): boolean {
  const held = req.headers['if-none-match'];
  return !!held && held.split(',').some((x) => x.trim().replace(/^W\//, '') === etag);
}

// Scaled photos of this process: at most ~8 MB, the least recently asked dropped first (a Map keeps order).
const LIMIT = 8 * 1024 * 1024;
const scaled = new Map<string, Buffer>();
let held = 0;

async function scaledOnce(key: string, data: Uint8Array, width: number): Promise<Buffer> {
  const hit = scaled.get(key);
  if (hit) {
    scaled.delete(key);
    scaled.set(key, hit);
    return hit;
  }
  const out = await scaledPhoto(data, width);
  scaled.set(key, out);
  held += out.byteLength;
  for (const [k, v] of scaled) {
    if (held <= LIMIT) break;
    scaled.delete(k);
    held -= v.byteLength;
  }
  return out;
}

/**
 * Sends a stored photo (or its `?w=` width) with its ETag, the module's cache rule and `nosniff`; 304 when the
 * client holds it already. The module has found the photo under its tenant and owner first.
 */
export async function sendPhoto(
  req: FastifyRequest,
  reply: FastifyReply,
  photo: { id: string; data: Uint8Array; contentType: string },
  cache: PhotoCache,
): Promise<FastifyReply> {
  const width = askedWidth(req.query);
  const etag = photoEtag(photo.id, width);
  reply.header('etag', etag);
  reply.header('cache-control', CACHE_CONTROL[cache]);
  if (isFresh(req, etag)) return reply.status(304).send();
  const body = width ? await scaledOnce(`${photo.id}:${width}`, photo.data, width) : Buffer.from(photo.data);
  reply.header('x-content-type-options', 'nosniff');
  return reply.type(width ? 'image/webp' : photo.contentType).send(body);
}
