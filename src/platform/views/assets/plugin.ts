import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PUBLIC } from '../../http/access.ts';
import { AssetStore } from './assets.ts';
import { stylesheet } from './styles.ts';

/** Builds the assets once at start and serves them precompressed, hashed and immutable. */
// Asset names are ours (`app.<hash>.css`): anything else is simply not found.
const ASSET_PARAMS = z.object({ file: z.string().regex(/^[a-z0-9.-]{1,100}$/) });

export function registerAssets(app: FastifyInstance, store = defaultStore()): void {
  app.decorate('assets', store);
  app.get(
    '/assets/:file',
    { schema: { params: ASSET_PARAMS }, config: { access: PUBLIC }, logLevel: 'warn' },
    async (req, reply) => {
      const asset = store.find(req.url.split('?')[0] ?? '');
      if (!asset) return reply.callNotFound();
      const accept = String(req.headers['accept-encoding'] ?? '');
      const [body, encoding] = accept.includes('br')
        ? [asset.br, 'br']
        : accept.includes('gzip')
          ? [asset.gzip, 'gzip']
          : [asset.body, undefined];
      reply
        .header('content-type', asset.type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('vary', 'Accept-Encoding')
        .header('etag', asset.etag);
      if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
      if (encoding) reply.header('content-encoding', encoding);
      return reply.send(body);
    },
  );
}

let cached: AssetStore | undefined;
// Building the CSS takes a moment; test files that build several apps share one store.
function defaultStore(): AssetStore {
  if (!cached) {
    cached = new AssetStore();
    cached.add('app.css', 'text/css; charset=utf-8', stylesheet());
    cached.add('icon.svg', 'image/svg+xml', readFileSync(join(import.meta.dirname, 'icon.svg')));
    addMapAssets(cached);
  }
  return cached;
}

/**
 * The map island, loaded only by a page whose reader agreed to the tile server (decision 0192): Leaflet from our own
 * assets (never a CDN), its stylesheet with our few map rules, and `map.js`, which draws the map from the page's
 * data attributes.
 */
function addMapAssets(store: AssetStore): void {
  const leaflet = (file: string) => readFileSync(createRequire(import.meta.url).resolve(`leaflet/dist/${file}`));
  const js = 'text/javascript; charset=utf-8';
  store.add('leaflet.js', js, leaflet('leaflet.js'));
  const ours = readFileSync(join(import.meta.dirname, 'map.css'));
  store.add('map.css', 'text/css; charset=utf-8', Buffer.concat([leaflet('leaflet.css'), Buffer.from('\n'), ours]));
  store.add('map.js', js, readFileSync(join(import.meta.dirname, 'map.js')));
}
