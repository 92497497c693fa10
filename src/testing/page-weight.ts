import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

// The budget of ARCHITECTURE.md: a public page on a first visit (cold cache), compressed, without images, is at
// most 50 KB (HTML + CSS + JS + fonts), of which JavaScript at most 20 KB. Measured as a browser would fetch it.
export const PAGE_BUDGET = 50 * 1024;
export const JS_BUDGET = 20 * 1024;

export interface Fetched {
  url: string;
  kind: 'html' | 'css' | 'js' | 'font' | 'other';
  bytes: number;
  encoding: string;
}

async function fetchCompressed(app: FastifyInstance, url: string) {
  const res = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
  assert.equal(res.statusCode, 200, url);
  const encoding = String(res.headers['content-encoding'] ?? 'identity');
  const raw = res.rawPayload;
  const body = (encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw).toString();
  return { body, bytes: raw.length, encoding };
}

export const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The resources a first visit loads: stylesheets, preloads, icons, scripts; then what the CSS itself pulls in. */
export function resourcesOf(html: string): { url: string; kind: Fetched['kind'] }[] {
  const out: { url: string; kind: Fetched['kind'] }[] = [];
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const rel = attr(tag, 'rel') ?? '';
    const href = attr(tag, 'href');
    if (!href || !/stylesheet|preload|modulepreload|icon|manifest/.test(rel)) continue;
    const as = attr(tag, 'as');
    out.push({ url: href, kind: rel === 'stylesheet' || as === 'style' ? 'css' : as === 'font' ? 'font' : 'other' });
  }
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = attr(tag, 'src');
    if (src) out.push({ url: src, kind: 'js' });
  }
  return out;
}

export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1] ?? '')
    .filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}

/** Everything a cold visit to `path` downloads, compressed as served. */
export async function measure(app: FastifyInstance, path: string): Promise<{ html: string; files: Fetched[] }> {
  const page = await fetchCompressed(app, path);
  return measureDocument(app, { url: path, html: page.body, bytes: page.bytes, encoding: page.encoding });
}

/**
 * The same for a document already received (the answer to a form POST, which `measure` cannot fetch again):
 * its compressed size as the browser got it, plus what it loads.
 */
export async function measureDocument(
  app: FastifyInstance,
  doc: { url: string; html: string; bytes: number; encoding: string },
): Promise<{ html: string; files: Fetched[] }> {
  const html = doc.html;
  const files: Fetched[] = [{ url: doc.url, kind: 'html', bytes: doc.bytes, encoding: doc.encoding }];
  for (const r of resourcesOf(html)) {
    const got = await fetchCompressed(app, r.url);
    files.push({ ...r, bytes: got.bytes, encoding: got.encoding });
    if (r.kind === 'css') {
      for (const u of cssUrls(got.body)) {
        const sub = await fetchCompressed(app, new URL(u, `http://x${r.url}`).pathname);
        files.push({ url: u, kind: /\.woff2?$/.test(u) ? 'font' : 'other', bytes: sub.bytes, encoding: sub.encoding });
      }
    }
  }
  return { html, files };
}
