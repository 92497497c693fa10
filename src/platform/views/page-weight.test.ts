import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { seedDemo } from '../../seed/seed.ts';
import { testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';

// The budget of ARCHITECTURE.md: a public page on a first visit (cold cache), compressed, without images, is at
// most 50 KB (HTML + CSS + JS + fonts), of which JavaScript at most 20 KB. Measured as a browser would fetch it.
const PAGE_BUDGET = 50 * 1024;
const JS_BUDGET = 20 * 1024;
const PAGES = ['/de/', '/ar/', '/de/m/meppen', '/de/feedback', '/de/accessibility'];

interface Fetched {
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

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The resources a first visit loads: stylesheets, preloads, icons, scripts; then what the CSS itself pulls in. */
function resourcesOf(html: string): { url: string; kind: Fetched['kind'] }[] {
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

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1] ?? '')
    .filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}

/** Everything a cold visit to `path` downloads, compressed as served. */
async function measure(app: FastifyInstance, path: string): Promise<{ html: string; files: Fetched[] }> {
  const page = await fetchCompressed(app, path);
  const html = page.body;
  const files: Fetched[] = [{ url: path, kind: 'html', bytes: page.bytes, encoding: page.encoding }];
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

describe('page weight (first visit, compressed)', () => {
  const t = fixture(
    () => testApp(),
    (app) => seedDemo(app.conn.db),
  );

  for (const path of PAGES) {
    it(`${path} stays within 50 KB in all and 20 KB of JavaScript`, async () => {
      const { files } = await measure(t().app, path);
      const total = files.reduce((s, f) => s + f.bytes, 0);
      const js = files.filter((f) => f.kind === 'js').reduce((s, f) => s + f.bytes, 0);
      console.log(
        `page weight ${path}: ${total} B total, ${js} B JS — ${files.map((f) => `${f.kind} ${f.bytes} B ${f.encoding}`).join(', ')}`,
      );
      // Served compressed: otherwise the figure would not be what a browser gets.
      for (const f of files) assert.match(f.encoding, /^(br|gzip)$/, `${f.url} is served compressed`);
      assert.ok(
        files.some((f) => f.kind === 'css'),
        'the stylesheet is counted',
      );
      assert.ok(total <= PAGE_BUDGET, `${path}: ${total} B > ${PAGE_BUDGET} B`);
      assert.ok(js <= JS_BUDGET, `${path}: ${js} B of JavaScript > ${JS_BUDGET} B`);
    });

    it(`${path} has no inline script or style and loads nothing from another host`, async () => {
      const { html } = await measure(t().app, path);
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        assert.match(tag, /^<script\b[^>]*\ssrc="[^"]+"[^>]*>\s*<\/script>$/, `inline script: ${tag.slice(0, 80)}`);
      }
      assert.doesNotMatch(html, /<[a-z][^>]*\sstyle="/i, 'a style= attribute');
      assert.doesNotMatch(html, /<style\b/i, 'a <style> element');
      assert.doesNotMatch(html, /\son[a-z]+="/i, 'an inline event handler');
      const resourceTags = [
        ...(html.match(/<(link|script|img|source|iframe|video|audio|embed|object)\b[^>]*>/g) ?? []),
      ];
      for (const tag of resourceTags) {
        // A <link> that only names the page in other languages (hreflang alternates) loads nothing.
        if (/^<link\b/.test(tag) && /\srel="alternate"/.test(tag)) continue;
        for (const a of ['src', 'href', 'srcset', 'data']) {
          const v = attr(tag, a);
          if (v === undefined) continue;
          assert.doesNotMatch(v, /^(https?:)?\/\//i, `resource from another host: ${tag}`);
        }
      }
    });
  }

  it('the checks see a stylesheet, a script and a font URL where they are (control)', () => {
    const html =
      '<link rel="stylesheet" href="/assets/a.css"><link rel="preload" as="font" href="/f.woff2"><script src="/x.js"></script>';
    assert.deepEqual(resourcesOf(html), [
      { url: '/assets/a.css', kind: 'css' },
      { url: '/f.woff2', kind: 'font' },
      { url: '/x.js', kind: 'js' },
    ]);
    assert.deepEqual(cssUrls('a{background:url(data:image/svg+xml;x)}@font-face{src:url("/f/a.woff2")}'), [
      '/f/a.woff2',
    ]);
  });
});
