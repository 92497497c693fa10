import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cachedBuild } from './build-cache.ts';

/** One built asset, kept in memory with its compressed forms. */
export interface Asset {
  name: string;
  url: string;
  type: string;
  /** A weak ETag from the content hash: the same for every encoding of the same content. */
  etag: string;
  body: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/** Hashed, precompressed assets served from memory with a year-long immutable cache. */
export class AssetStore {
  private readonly byName = new Map<string, Asset>();
  private readonly byUrl = new Map<string, Asset>();

  /** Adds an asset; its URL carries a content hash so that it can be cached forever. */
  add(name: string, type: string, body: Buffer): Asset {
    const full = createHash('sha256').update(body).digest('hex');
    const hash = full.slice(0, 12);
    const dot = name.lastIndexOf('.');
    const url = `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
    const asset: Asset = {
      name,
      url,
      type,
      etag: `W/"${hash}"`,
      body,
      br: cachedBuild('br', full, () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
      gzip: cachedBuild('gz', full, () => gzipSync(body, { level: 9 })),
    };
    this.byName.set(name, asset);
    this.byUrl.set(url, asset);
    return asset;
  }

  /** The hashed URL of a logical asset name. */
  url(name: string): string {
    const a = this.byName.get(name);
    if (!a) throw new Error(`Unknown asset ${name}`);
    return a.url;
  }

  /** The asset at a hashed URL, if any. */
  find(url: string): Asset | undefined {
    return this.byUrl.get(url);
  }
}
