import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { MUNICIPAL_ROLES, signedInClient } from '../../testing/access-matrix.ts';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';
import { fakeLibreTranslate } from '../../testing/libretranslate.ts';
import { fixturePage, saveGerman } from './translations.fixtures.ts';
import { waitingTranslations } from './translations.overview.ts';
import { TRANSLATION_LOCALES } from './translations.state.ts';

// The translations part through its pages, on the engine the run chooses (PGlite, or TEST_DATABASE_URL). The
// German texts are written as the guide part writes them (a text and a version row per save).

const V1 = {
  title: 'Probe: Wohnung anmelden',
  body: '<h2>Frist</h2><p>Melden Sie Ihre Wohnung innerhalb von zwei Wochen an.</p><p>Bringen Sie Ihren Pass mit.</p>',
};
const V2 = {
  title: 'Probe: Wohnung anmelden',
  body: '<h2>Frist</h2><p>Melden Sie Ihre Wohnung innerhalb von 14 Tagen beim Bürgerbüro an.</p><p>Bringen Sie Ihren Pass mit.</p>',
};

describe('guide translations: states, the side-by-side editor, machine drafts', () => {
  let t: TestApp;
  let mt: Awaited<ReturnType<typeof fakeLibreTranslate>>;
  let meppen: string;
  let osnabrueck: string;
  let editor: Client;
  let n = 0;
  const at = () => new Date(Date.UTC(2026, 11, 1 + n++, 9));
  const url = (id: string, lang: string) => `/de/m/meppen/admin/guide/${id}/translate/${lang}`;
  const row = (id: string, locale: string) =>
    t.conn.db
      .selectFrom('welcome_guide_texts')
      .selectAll()
      .where('page_id', '=', id)
      .where('locale', '=', locale)
      .executeTakeFirst();
  const stateIn = async (id: string, lang: string) => {
    const res = await editor.get(url(id, lang));
    assert.equal(res.statusCode, 200);
    const m = /id="translation-state">[^<]*<span class="kern-badge[^"]*">([^<]+)<\/span>/.exec(res.body);
    return { label: m?.[1] ?? '', body: res.body };
  };
  const translate = (id: string, lang: string, form: Record<string, string>) => editor.post(url(id, lang), form);
  /** A page with German version 1 and a person's translation into every language. */
  const translatedPage = async (slug: string) => {
    const id = await fixturePage(t.conn.db, meppen, { slug: `probe-${slug}`, topic: 'authorities' });
    await saveGerman(t.conn.db, meppen, id, V1, at());
    for (const l of TRANSLATION_LOCALES) {
      const res = await translate(id, l, { title: `Titel ${l}`, body: `<p>Text ${l}</p>` });
      assert.equal(res.statusCode, 303, `${l}: ${res.body.slice(0, 200)}`);
    }
    return id;
  };

  before(async () => {
    mt = await fakeLibreTranslate({ apiKey: 'geheim' });
    t = await testApp({ translationUrl: mt.url, translationApiKey: 'geheim', translationTimeoutMs: 30_000 }, [], {
      demo: true,
    });
    const ms = await t.conn.db.selectFrom('municipalities').select(['id', 'slug']).execute();
    meppen = ms.find((m) => m.slug === 'meppen')!.id;
    osnabrueck = ms.find((m) => m.slug === 'osnabrueck')!.id;
    editor = await signedInClient(t.app, t.conn.db, {
      email: 'translator@example.test',
      municipalityId: meppen,
      roles: ['quartier_manager'],
    });
  });
  after(async () => {
    await t.close();
    await mt.close();
  });

  test('changing the German source marks every translation outdated, with the date and the changed lines', async () => {
    const id = await translatedPage('anmeldung');
    for (const l of TRANSLATION_LOCALES) assert.equal((await stateIn(id, l)).label, 'aktuell', l);
    const changedAt = new Date(Date.UTC(2026, 11, 20, 10));
    await saveGerman(t.conn.db, meppen, id, V2, changedAt);
    for (const l of TRANSLATION_LOCALES) assert.equal((await stateIn(id, l)).label, 'veraltet seit 20.12.2026', l);
    const overview = await editor.get('/de/m/meppen/admin/guide/translations?topic=authorities');
    assert.equal(overview.statusCode, 200);
    const rowHtml = overview.body.slice(overview.body.indexOf('>Probe: Wohnung anmelden<'));
    const cells = rowHtml.slice(0, rowHtml.indexOf('</tr>'));
    assert.equal([...cells.matchAll(/veraltet seit 20\.12\.2026/g)].length, TRANSLATION_LOCALES.length);
    // The editor names the changed paragraph: the old words removed, the new ones added, each with a label.
    const { body } = await stateIn(id, 'uk');
    assert.match(
      body,
      /<strong lang="de">Entfernt:<\/strong> <del>Melden Sie Ihre Wohnung innerhalb von zwei Wochen an\.<\/del>/,
    );
    assert.match(
      body,
      /<strong lang="de">Neu:<\/strong> <ins>Melden Sie Ihre Wohnung innerhalb von 14 Tagen beim Bürgerbüro an\.<\/ins>/,
    );
    assert.doesNotMatch(body, /<del>Bringen Sie/, 'an unchanged paragraph is not shown as changed');
    // Saving a new translation records the current source: current again, for that language only.
    await translate(id, 'uk', { title: 'Зареєструвати житло', body: '<p>Протягом 14 днів у Bürgerbüro.</p>' });
    assert.equal((await stateIn(id, 'uk')).label, 'aktuell');
    assert.equal((await stateIn(id, 'tr')).label, 'veraltet seit 20.12.2026');
    const uk = await row(id, 'uk');
    assert.equal(uk?.source_version, 2);
  });

  test('anchor 1: draft, republishing, moving, the topic and markup mark nothing outdated; a paragraph does', async () => {
    const id = await translatedPage('umzug');
    const parent = await fixturePage(t.conn.db, meppen, { slug: 'probe-wohnen-oben', topic: 'housing' });
    const page = t.conn.db.updateTable('welcome_guide_pages').where('id', '=', id);
    await page.set({ status: 'draft' }).execute();
    await page.set({ status: 'published', published_at: new Date() }).execute();
    await page.set({ parent_id: parent, position: 7 }).execute();
    await page.set({ topic: 'housing' }).execute();
    // The guide saves the same words again, once in other markup: new versions, the same content.
    await saveGerman(t.conn.db, meppen, id, V1, at());
    const marked = { title: ` ${V1.title} `, body: V1.body.replace('zwei Wochen', '<strong>zwei Wochen</strong>') };
    await saveGerman(t.conn.db, meppen, id, marked, at());
    for (const l of TRANSLATION_LOCALES) assert.equal((await stateIn(id, l)).label, 'aktuell', l);
    await saveGerman(t.conn.db, meppen, id, V2, at());
    for (const l of TRANSLATION_LOCALES) assert.match((await stateIn(id, l)).label, /^veraltet seit /, l);
  });

  test('anchor 2: an outdated unreviewed Farsi machine text stays outdated on Update; another language leaves it alone', async () => {
    const id = await fixturePage(t.conn.db, meppen, { slug: 'probe-kita' });
    await saveGerman(t.conn.db, meppen, id, V1, at());
    mt.requests.length = 0;
    const draft = await editor.post(`${url(id, 'fa')}/machine`, {});
    assert.equal(draft.statusCode, 303);
    assert.deepEqual(
      mt.requests.map((r) => [r.source, r.target, r.format, r.api_key]),
      [
        ['de', 'fa', 'html', 'geheim'],
        ['de', 'fa', 'html', 'geheim'],
      ],
    );
    assert.equal(mt.requests[1]!.q, V1.body);
    const fa = await row(id, 'fa');
    assert.equal(fa?.machine, true);
    assert.equal(fa?.title, '[fa] Probe: Wohnung anmelden');
    let page = await stateIn(id, 'fa');
    assert.equal(page.label, 'aktuell');
    assert.match(page.body, /maschinell, ungeprüft/);
    assert.match(page.body, /<textarea[^>]*lang="fa"[^>]*dir="rtl"|<textarea[^>]*dir="rtl"[^>]*lang="fa"/);

    await saveGerman(t.conn.db, meppen, id, V2, at());
    const before = await row(id, 'fa');
    const update = await translate(id, 'fa', { title: before!.title, body: before!.body });
    assert.equal(update.statusCode, 303);
    page = await stateIn(id, 'fa');
    assert.match(page.body, /Nichts geändert/);
    assert.match(page.label, /^veraltet seit /, 'Update without editing leaves it outdated');
    assert.match(page.body, /maschinell, ungeprüft/, 'and still marked as machine-made');
    assert.deepEqual(await row(id, 'fa'), before, 'nothing was stored');

    assert.equal((await editor.post(`${url(id, 'en')}/machine`, {})).statusCode, 303);
    assert.equal((await row(id, 'en'))?.machine, true);
    assert.deepEqual(await row(id, 'fa'), before, 'translating English by machine leaves Farsi alone');

    // Approving removes the mark, not the outdated state; confirming that the words still fit makes it current.
    assert.equal((await editor.post(`${url(id, 'fa')}/approve`, {})).statusCode, 303);
    const approved = await row(id, 'fa');
    assert.equal(approved?.machine, false);
    assert.ok(approved?.reviewed_at);
    assert.match((await stateIn(id, 'fa')).label, /^veraltet seit /);
    await translate(id, 'fa', { title: before!.title, body: before!.body, stillCurrent: 'on' });
    assert.equal((await stateIn(id, 'fa')).label, 'aktuell');
  });

  test('the provider: slow or failing tells the editor and stores nothing; off and Leichte Sprache say why', async () => {
    const id = await fixturePage(t.conn.db, meppen, { slug: 'probe-schule' });
    await saveGerman(t.conn.db, meppen, id, V1, at());
    const versions = () =>
      t.conn.db.selectFrom('welcome_guide_versions').select('locale').where('page_id', '=', id).execute();
    // A service that never answers: the editor's timeout (short here, only for this request) fires.
    mt.state.mode = 'silent';
    t.config.translationTimeoutMs = 200;
    const slow = await editor.post(`${url(id, 'ar')}/machine`, {});
    t.config.translationTimeoutMs = 30_000;
    assert.equal(slow.statusCode, 502);
    assert.match(slow.body, /role="alert"[\s\S]*nicht rechtzeitig geantwortet/);
    mt.state.mode = 'error';
    const failed = await editor.post(`${url(id, 'ar')}/machine`, {});
    assert.equal(failed.statusCode, 502);
    assert.match(failed.body, /einen Fehler gemeldet/);
    mt.state.mode = 'ok';
    assert.equal(await row(id, 'ar'), undefined);
    assert.deepEqual(
      (await versions()).map((v) => v.locale),
      ['de'],
    );
    const plain = await editor.post(`${url(id, 'de-x-ls')}/machine`, {});
    assert.equal(plain.statusCode, 409);
    assert.match(plain.body, /keine maschinelle Übersetzung/);
    const url0 = t.config.translationUrl;
    t.config.translationUrl = undefined;
    try {
      const off = await editor.post(`${url(id, 'ar')}/machine`, {});
      assert.equal(off.statusCode, 409);
      assert.match(off.body, /kein Dienst für maschinelle Übersetzung eingerichtet/);
    } finally {
      t.config.translationUrl = url0;
    }
    assert.equal(await row(id, 'ar'), undefined);
  });

  test('bad input is refused with the input kept; saved HTML is cleaned; the body is right-to-left in Arabic', async () => {
    const id = await fixturePage(t.conn.db, meppen, { slug: 'probe-gesundheit' });
    await saveGerman(t.conn.db, meppen, id, V1, at());
    const bad = await translate(id, 'ar', { title: '', body: '<p>نص بلا عنوان</p>' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /role="alert"/);
    assert.match(bad.body, /&lt;p>نص بلا عنوان&lt;\/p>/);
    assert.match(bad.body, /<textarea[^>]*lang="ar"[^>]*dir="rtl"/);
    assert.match(bad.body, /<input[^>]*lang="ar"[^>]*dir="rtl"/);
    const hostile = '<p onclick="x()">نص</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>';
    assert.equal((await translate(id, 'ar', { title: 'عنوان', body: hostile })).statusCode, 303);
    assert.equal((await row(id, 'ar'))?.body, '<p>نص</p>');
    const en = await editor.get(url(id, 'en'));
    assert.match(en.body, /<textarea[^>]*lang="en"[^>]*dir="ltr"/);
    const noSuchLang = await editor.get(url(id, 'de'));
    assert.equal(noSuchLang.statusCode, 404);
  });

  test("another municipality's staff get nothing; a page id of Meppen under Osnabrück is not found", async () => {
    const id = await fixturePage(t.conn.db, meppen, { slug: 'probe-behoerden' });
    await saveGerman(t.conn.db, meppen, id, V1, at());
    const other = await signedInClient(t.app, t.conn.db, {
      email: 'translator-osnabrueck@example.test',
      municipalityId: osnabrueck,
      roles: MUNICIPAL_ROLES,
    });
    assert.equal((await other.get(url(id, 'en'))).statusCode, 403);
    assert.equal((await other.get('/de/m/meppen/admin/guide/translations')).statusCode, 403);
    const under = `/de/m/osnabrueck/admin/guide/${id}/translate/en`;
    assert.equal((await other.get(under)).statusCode, 404);
    assert.equal((await other.post(under, { title: 'x', body: '' })).statusCode, 404);
    assert.equal(await row(id, 'en'), undefined);
    const resident = await signedInClient(t.app, t.conn.db, {
      email: 'translator-resident@example.test',
      municipalityId: meppen,
      roles: ['resident'],
    });
    assert.equal((await resident.get(url(id, 'en'))).statusCode, 403);
  });

  test('the overview filters by language, state and topic; a bad filter is a 422; My Zuhause counts what waits', async () => {
    const id = await fixturePage(t.conn.db, meppen, { slug: 'probe-freizeit', topic: 'leisure' });
    await saveGerman(t.conn.db, meppen, id, { title: 'Probe-Sportvereine', body: '<p>Viele Vereine.</p>' }, at());
    const base = '/de/m/meppen/admin/guide/translations';
    const waiting0 = await waitingTranslations(t.conn.db, tenant(meppen));
    await translate(id, 'en', { title: 'Sports clubs', body: '<p>Many clubs.</p>' });
    assert.equal(await waitingTranslations(t.conn.db, tenant(meppen)), waiting0 - 1);
    const leisure = await editor.get(`${base}?topic=leisure`);
    assert.match(leisure.body, /Probe-Sportvereine/);
    assert.doesNotMatch(leisure.body, /Probe: Wohnung anmelden/);
    const current = await editor.get(`${base}?topic=leisure&lang=en&state=current`);
    assert.match(current.body, /Probe-Sportvereine/);
    const missingEn = await editor.get(`${base}?topic=leisure&lang=en&state=missing`);
    assert.doesNotMatch(missingEn.body, /Probe-Sportvereine/);
    const missingFa = await editor.get(`${base}?topic=leisure&lang=fa&state=missing`);
    assert.match(missingFa.body, /Probe-Sportvereine/);
    const bad = await editor.get(`${base}?lang=xx&state=%00`);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /role="alert"/);
    const me = await editor.get('/de/me');
    assert.match(me.body, /Übersetzungen des Ratgebers/);
  });
});
