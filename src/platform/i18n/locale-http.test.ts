import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { appMessages, Client, testApp } from '../../testing/app.ts';
import { LOCALES } from './locales.ts';
import { Messages } from './messages.ts';
import { fixture } from '../../testing/fixture.ts';

const htmlTag = (body: string) => /<html[^>]*>/.exec(body)?.[0] ?? '';

describe('plural forms', () => {
  test('Arabic picks all six categories; Ukrainian and Russian their four', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'zh-plural-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const msg: Record<string, string> = {
      ar: '{n, plural, zero {zero} one {one} two {two} few {few #} many {many #} other {other #}}',
      uk: '{n, plural, one {one #} few {few #} many {many #} other {other #}}',
      ru: '{n, plural, one {one #} few {few #} many {many #} other {other #}}',
    };
    for (const l of LOCALES) writeFileSync(join(dir, `${l}.json`), JSON.stringify({ 't.n': msg[l] ?? '{n}' }));
    const m = new Messages([dir]);
    const ar = (n: number) => m.format('ar', 't.n', { n }).split(' ')[0];
    assert.deepEqual([0, 1, 2, 3, 10, 11, 99, 100, 102].map(ar), [
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other',
      'other',
    ]);
    const uk = (n: number) => m.format('uk', 't.n', { n }).split(' ')[0];
    assert.deepEqual([1, 2, 5, 11, 21, 22, 1.5].map(uk), ['one', 'few', 'many', 'many', 'one', 'few', 'other']);
  });

  test('the real catalog: site.home.municipalities in Arabic differs for 0, 1, 2, 3 and shows 11 and 100', () => {
    const m = appMessages();
    const out = [0, 1, 2, 3, 11, 100].map((count) => m.format('ar', 'site.home.municipalities', { count }));
    assert.equal(new Set(out.slice(0, 4)).size, 4, out.join(' | '));
    const nf = new Intl.NumberFormat('ar');
    assert.ok(out[3]!.includes(nf.format(3)), out[3]);
    assert.ok(out[4]!.includes(nf.format(11)), out[4]);
    assert.ok(out[5]!.includes(nf.format(100)), out[5]);
    assert.notEqual(m.format('ar', 'site.home.municipalities', { count: 2 }), 'site.home.municipalities');
  });

  test('an unknown key shows the key, a key missing in a translation falls back to German', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'zh-fallback-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'de.json'), JSON.stringify({ 'x.only': 'Nur deutsch' }));
    const m = new Messages([dir]);
    assert.equal(m.format('fa', 'x.only'), 'Nur deutsch');
    assert.equal(m.format('fa', 'x.none'), 'x.none');
  });
});

describe('locale on the wire', () => {
  const t = fixture(() => testApp());

  for (const [locale, dir] of [
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['de', 'ltr'],
    ['uk', 'ltr'],
  ] as const) {
    test(`/${locale}/ answers <html lang="${locale}" dir="${dir}">`, async () => {
      const res = await t().app.inject({ method: 'GET', url: `/${locale}/` });
      assert.equal(res.statusCode, 200);
      const tag = htmlTag(res.body);
      assert.match(tag, new RegExp(`lang="${locale}"`));
      assert.match(tag, new RegExp(`dir="${dir}"`));
    });
  }

  test('/ follows Accept-Language (uk-UA,uk;q=0.9 → Ukrainian; fa-AF → Farsi; unknown → German)', async () => {
    const lang = async (header: string) =>
      htmlTag((await t().app.inject({ method: 'GET', url: '/', headers: { 'accept-language': header } })).body);
    assert.match(await lang('uk-UA,uk;q=0.9,en;q=0.5'), /lang="uk"/);
    assert.match(await lang('fa-AF'), /lang="fa" dir="rtl"|dir="rtl"[^>]*lang="fa"/);
    assert.match(await lang('ja,zh;q=0.8'), /lang="de"/);
    assert.match(await lang('en;q=0.2,tr;q=0.9'), /lang="tr"/);
  });

  test('a chosen locale is remembered over Accept-Language', async () => {
    const client = new Client(t().app);
    const first = await client.get('/ru/');
    assert.equal(first.statusCode, 200);
    assert.match(client.cookies, /zh_lang=ru/);
    const again = await client.get('/', { 'accept-language': 'en' });
    assert.match(htmlTag(again.body), /lang="ru"/);
    await client.get('/ar/');
    assert.match(htmlTag((await client.get('/', { 'accept-language': 'en' })).body), /lang="ar"/);
  });

  test('a locale we do not have is not found', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/xx/' });
    assert.equal(res.statusCode, 404);
  });
});
