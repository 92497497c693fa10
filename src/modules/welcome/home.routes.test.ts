import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { signedInClient } from '../../testing/access-matrix.ts';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';

const ADMIN = '/de/m/asendorf/admin/welcome';
const PAGE = '/m/asendorf/welcome';
const VIDEO = 'https://www.youtube-nocookie.com/embed/abc123';

const consent = (c: Client, path: string, host: string, back: string, headers: Record<string, string> = {}) =>
  c.request({
    method: 'POST',
    url: path,
    payload: new URLSearchParams({ host, back }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

describe('the welcome page', () => {
  const t = fixture(() => testApp({}, [], { demo: true }));
  let staff: Client;
  before(async () => {
    const m = await t()
      .conn.db.selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'asendorf')
      .executeTakeFirstOrThrow();
    // The test writes its own page: whatever the demo content gives Asendorf is removed first.
    for (const table of ['welcome_contacts', 'welcome_page_texts', 'welcome_pages'] as const) {
      await t().conn.db.deleteFrom(table).where('municipality_id', '=', m.id).execute();
    }
    staff = await signedInClient(t().app, t().conn.db, {
      email: 'home-editor@example.test',
      municipalityId: m.id,
      roles: ['municipality_admin'],
    });
    const saved = await staff.post(ADMIN, {
      headline: 'Asendorf heißt Sie willkommen',
      body: 'Erster Absatz.\n\nZweiter Absatz.',
      videoTitle: 'Unser Dorf',
      videoUrl: VIDEO,
    });
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
  });

  test('German words: plain text becomes paragraphs; HTML is cleaned (no script, no handler)', async () => {
    const res = await new Client(t().app).get(`/de${PAGE}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1 class="kern-heading-large" lang="de" dir="ltr">Asendorf heißt Sie willkommen<\/h1>/);
    assert.match(res.body, /<p>Erster Absatz\.<\/p><p>Zweiter Absatz\.<\/p>/);
    const hostile = '<p>Hallo</p><script>alert(1)</script><img src=x onerror=alert(1)><p style="color:red">Rot</p>';
    assert.equal((await staff.post(`${ADMIN}/texts/tr`, { headline: 'Hoş geldiniz', body: hostile })).statusCode, 303);
    const tr = await new Client(t().app).get(`/tr${PAGE}`);
    assert.match(tr.body, /<p>Hallo<\/p>/);
    assert.doesNotMatch(tr.body, /alert\(1\)|onerror|style="color/);
  });

  test('another language: its translation when there is one, else German marked as such; outdated when German changes', async () => {
    const tr = await staff.post(`${ADMIN}/texts/en`, { headline: 'Asendorf welcomes you', body: 'First paragraph.' });
    assert.equal(tr.statusCode, 303);
    const en = await new Client(t().app).get(`/en${PAGE}`);
    assert.match(en.body, /<h1 class="kern-heading-large" lang="en" dir="ltr">Asendorf welcomes you<\/h1>/);
    assert.doesNotMatch(en.body, /older than the German original/);
    const ar = await new Client(t().app).get(`/ar${PAGE}`);
    assert.match(ar.body, /<h1 class="kern-heading-large" lang="de" dir="ltr">Asendorf heißt Sie willkommen<\/h1>/);
    assert.match(ar.body, /هذه الصفحة غير متوفرة بلغتك بعد/);
    const admin = await staff.get(ADMIN);
    assert.match(admin.body, />Englisch<\/a>: aktuell/);
    assert.match(admin.body, />Arabisch<\/a>: fehlt/);

    const changed = await staff.post(ADMIN, { headline: 'Asendorf heißt Sie herzlich willkommen', videoUrl: VIDEO });
    assert.equal(changed.statusCode, 303);
    const stale = await new Client(t().app).get(`/en${PAGE}?again`);
    assert.match(stale.body, /This translation is older than the German original/);
    assert.match((await staff.get(ADMIN)).body, />Englisch<\/a>: veraltet/);
  });

  test('no request to the video host before consent; after the consent post the iframe and its CSP appear', async () => {
    const reader = new Client(t().app);
    const first = await reader.get(`/de${PAGE}`);
    assert.doesNotMatch(first.body, /<iframe/);
    assert.ok(!first.body.includes(VIDEO), 'the video URL is in the page before consent');
    assert.match(first.body, /www\.youtube-nocookie\.com/); // named on the placeholder
    assert.match(first.body, /IP-Adresse/);
    assert.match(first.body, /<form method="post" action="\/consent">/);
    assert.doesNotMatch(String(first.headers['content-security-policy']), /youtube/);

    const yes = await consent(reader, '/consent', 'www.youtube-nocookie.com', `/de${PAGE}`);
    assert.equal(yes.statusCode, 303);
    assert.equal(yes.headers.location, `/de${PAGE}`);
    assert.match(
      String(yes.headers['set-cookie']),
      /consent=www\.youtube-nocookie\.com; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/,
    );
    const after = await reader.get(`/de${PAGE}`);
    assert.ok(after.body.includes(`<iframe src="${VIDEO}"`));
    assert.match(
      String(after.headers['content-security-policy']),
      /frame-src 'self' https:\/\/www\.youtube-nocookie\.com/,
    );
    assert.match(after.body, /Zustimmung für www\.youtube-nocookie\.com zurücknehmen/);

    const no = await consent(reader, '/consent/forget', 'www.youtube-nocookie.com', `/de${PAGE}`);
    assert.equal(no.statusCode, 303);
    assert.doesNotMatch((await reader.get(`/de${PAGE}`)).body, /<iframe/);
  });

  test('consent refuses a cross-site post, a foreign "back" and a bad host, without a 5xx', async () => {
    const reader = new Client(t().app);
    const cross = await consent(reader, '/consent', 'www.youtube-nocookie.com', `/de${PAGE}`, {
      origin: 'https://evil.example',
    });
    assert.equal(cross.statusCode, 403);
    assert.equal(cross.headers['set-cookie'], undefined);
    // What a browser sends under `Referrer-Policy: no-referrer`: Origin null, and where the form came from.
    const fromElsewhere = { origin: 'null', 'sec-fetch-site': 'cross-site' };
    assert.equal(
      (await consent(reader, '/consent', 'www.youtube-nocookie.com', '/de/', fromElsewhere)).statusCode,
      403,
    );
    assert.equal(
      (await consent(reader, '/consent', 'www.youtube-nocookie.com', '/de/', { origin: 'null' })).statusCode,
      403,
    );
    const own = await consent(new Client(t().app), '/consent', 'www.youtube-nocookie.com', '/de/', {
      origin: 'null',
      'sec-fetch-site': 'same-origin',
    });
    assert.equal(own.statusCode, 303, 'a form post of our own page, as a browser sends it');
    assert.equal((await consent(reader, '/consent', 'www.youtube-nocookie.com', '//evil.example/')).statusCode, 400);
    assert.equal((await consent(reader, '/consent', 'not a host', '/')).statusCode, 400);
    assert.doesNotMatch((await reader.get(`/de${PAGE}`)).body, /<iframe/);
  });

  test('contact points with opening hours and "open now"; bad hours are refused with the input kept', async () => {
    const bad = await staff.post(`${ADMIN}/contacts`, { name: 'Rathaus', openingHours: 'Montags immer' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Diese Öffnungszeiten können nicht gelesen werden/);
    assert.match(bad.body, /value="Montags immer"/);
    const ok = await staff.post(`${ADMIN}/contacts`, {
      name: 'Rathaus Asendorf',
      phone: '+49 4253 1234',
      openingHours: '24/7',
    });
    assert.equal(ok.statusCode, 303);
    const page = await new Client(t().app).get(`/de${PAGE}?contacts`);
    assert.match(page.body, /Rathaus Asendorf/);
    assert.match(page.body, /z-open-state--open">Jetzt geöffnet/);
    const admin = await staff.get(ADMIN);
    const id = /admin\/welcome\/contacts\/([0-9a-f-]{36})"/.exec(admin.body)![1]!;
    assert.equal(
      (await staff.post(`${ADMIN}/contacts/${id}`, { name: 'Gemeindebüro', openingHours: 'Mo 08:00-12:00' }))
        .statusCode,
      303,
    );
    assert.match((await staff.get(ADMIN)).body, /Gemeindebüro/);
    assert.equal((await staff.post(`${ADMIN}/contacts/${id}/delete`, {})).statusCode, 303);
    assert.doesNotMatch((await staff.get(ADMIN)).body, /Gemeindebüro/);
  });

  test('a video address that is not https is refused with the input kept', async () => {
    const res = await staff.post(ADMIN, { headline: 'X', videoUrl: 'http://video.example/1' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /vollständige https-Adresse/);
    assert.match(res.body, /value="http:\/\/video\.example\/1"/);
  });

  test('the page lists the next events of the municipality from the community module, each event once', async () => {
    const res = await new Client(t().app).get(`/de/m/meppen/welcome`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Die nächsten Veranstaltungen/);
    const links = [...res.body.matchAll(/href="\/de\/m\/meppen\/events\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
    assert.equal(new Set(links).size, links.length);
    // Reachable from the municipality's public start page (a public navigation entry).
    assert.match((await new Client(t().app).get('/de/m/meppen')).body, /href="\/de\/m\/meppen\/welcome"/);
  });

  test("Meppen's editor cannot change Asendorf's welcome page", async () => {
    const meppen = await t()
      .conn.db.selectFrom('municipalities')
      .select('id')
      .where('slug', '=', 'meppen')
      .executeTakeFirstOrThrow();
    const other = await signedInClient(t().app, t().conn.db, {
      email: 'home-meppen@example.test',
      municipalityId: meppen.id,
      roles: ['municipality_admin', 'quartier_manager'],
    });
    assert.equal((await other.get(ADMIN)).statusCode, 403);
    const post = await other.post(ADMIN, { headline: 'Übernommen' }, '/de/m/meppen/admin/welcome');
    assert.equal(post.statusCode, 403);
    const admin = await staff.get(ADMIN);
    const id = /admin\/welcome\/contacts\/([0-9a-f-]{36})"/.exec(admin.body)?.[1];
    if (id) assert.equal((await other.get(`/de/m/meppen/admin/welcome/contacts/${id}`)).statusCode, 404);
    assert.doesNotMatch((await new Client(t().app).get(`/de${PAGE}?after`)).body, /Übernommen/);
  });
});
