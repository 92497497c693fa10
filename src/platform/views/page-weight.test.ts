import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { attr, cssUrls, JS_BUDGET, measure, PAGE_BUDGET, resourcesOf } from '../../testing/page-weight.ts';

const PAGES = ['/de/', '/ar/', '/de/m/meppen', '/de/feedback', '/de/accessibility'];

describe('page weight (first visit, compressed)', () => {
  const t = fixture(() => testApp({}, [], { demo: true }));

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
