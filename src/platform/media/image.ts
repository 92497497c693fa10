import sharp, { type Sharp } from 'sharp';

/**
 * Upload processing of photos, for every module that keeps photos (see docs/decisions/0116 and 0117). The type is
 * told by the content (magic bytes), never by the name or the browser's claim; the pixel count is read from the
 * header before anything is decoded, so a small file that would unpack to gigabytes is refused cheaply; the image
 * is re-encoded (WebP, at most 1600 px), which drops every metadata block (EXIF with GPS, XMP, IPTC, comments).
 */

/** The largest upload we take (bytes); the multipart parser stops reading a file beyond it. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
/** The most pixels an accepted photo may have (a 40-megapixel camera); beyond it the file is not decoded. */
export const MAX_PIXELS = 40_000_000;
/** The longer side of a stored photo; smaller widths for `srcset` are made from it when asked for. */
export const MAX_SIDE = 1600;
/** The widths a page may ask for (`?w=`): a phone's list, a phone's page, a wide screen; and the stored one. */
export const PHOTO_WIDTHS = [320, 640, 1024] as const;

export type PhotoKind = 'jpeg' | 'png' | 'webp';
export type Refusal = 'type' | 'tooLarge' | 'pixels' | 'broken' | 'missing';

/** A checked, re-encoded photo: what a module stores. */
export interface StoredImage {
  data: Buffer;
  width: number;
  height: number;
}

const startsWith = (b: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((x, i) => b[at + i] === x);

/** The image type by its first bytes: JPEG, PNG or WebP; anything else (SVG, scripts, PDFs…) is null. */
export function sniff(b: Uint8Array): PhotoKind | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

export type Processed = ({ ok: true } & StoredImage) | { ok: false; refusal: Refusal };

const encode = (img: Sharp) =>
  img
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true });

/** Checks and re-encodes an uploaded photo; a refusal names why, and nothing of the file is kept. */
export async function processPhoto(input: Uint8Array): Promise<Processed> {
  const kind = sniff(input);
  if (!kind) return { ok: false, refusal: 'type' };
  try {
    // The header only: libvips decodes no pixel for metadata().
    const meta = await sharp(input, { limitInputPixels: false }).metadata();
    if (meta.format !== kind) return { ok: false, refusal: 'type' };
    if (!meta.width || !meta.height) return { ok: false, refusal: 'broken' };
    if (meta.width * meta.height > MAX_PIXELS || (meta.pages ?? 1) > 1) return { ok: false, refusal: 'pixels' };
    // rotate() applies the EXIF orientation before the metadata is dropped.
    const { data, info } = await encode(sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate());
    return { ok: true, data, width: info.width, height: info.height };
  } catch {
    return { ok: false, refusal: 'broken' };
  }
}

/**
 * A drawing (SVG written by our own code, never an upload) rendered to a stored photo with the same encoder as
 * uploads: the demo's pictures are made at seed time, so the repository holds no binary images.
 */
export async function photoFromSvg(svg: string): Promise<StoredImage> {
  const { data, info } = await encode(sharp(Buffer.from(svg)));
  return { data, width: info.width, height: info.height };
}

/** A stored photo scaled down to one of the `srcset` widths (never up), as WebP. */
export async function scaledPhoto(data: Uint8Array, width: number): Promise<Buffer> {
  return sharp(data, { limitInputPixels: MAX_PIXELS })
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 75 })
    .toBuffer();
}
