import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { fixtureGuidePage } from './guide.fixtures.ts';

// The editors' pages: the workflow by role, every write route refused across municipalities, bad input kept,
// and rich text that renders no script, handler, style or javascript: link — saved by the form or written
// straight into the database.

describe("guide: the editors' pages", () => {
  const t = fixture(() => testApp({}, [], { demo: true }));
  const ids: Record<string, string> = {};
  const as = async (key: string) => {
    const db = t().conn.db;
    const u = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', `${key}@demo.zuhause.example`)
      .executeTakeFirstOrThrow();
    const token = await createSession(db, u.id, new Date());
    await markSecondFactor(db, token, new Date());
    const c = new Client(t().app);
    c.cookies = `zh_sid=${token}`;
    return c;
  };
  const page = (title: string, slug: string, over: Record<string, string> = {}) => ({
    title,
    body: `<p>${title}.</p>`,
    slug,
    topic: 'arrival',
    position: '10',
    ...over,
  });
  const idOf = async (slug: string, m = 'meppen') => {
    const row = await t()
      .conn.db.selectFrom('welcome_guide_pages as p')
      .innerJoin('municipalities as m', 'm.id', 'p.municipality_id')
      .select('p.id')
      .where('p.slug', '=', slug)
      .where('m.slug', '=', m)
      .executeTakeFirstOrThrow();
    return row.id;
  };
  before(async () => {
    const db = t().conn.db;
    for (const m of ['meppen', 'osnabrueck']) {
      const { id } = await db.selectFrom('municipalities').select('id').where('slug', '=', m).executeTakeFirstOrThrow();
      ids[m] = id;
      ids[`${m}/page`] = await fixtureGuidePage(db, id, {
        slug: `seite-${m}`,
        status: 'review',
        de: [
          { title: `Seite ${m}`, body: '<p>Alt.</p>' },
          { title: `Seite ${m}`, body: '<p>Alt.</p><p>Neu dazu.</p>' },
        ],
      });
    }
  });

  test('an editor adds a page (a draft), sends it for review; only the administration publishes', async () => {
    const qm = await as('qm.meppen');
    const list = await qm.get('/de/m/meppen/admin/guide');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /href="\/de\/m\/meppen\/admin\/guide\/new"/);
    const created = await qm.post(
      '/de/m/meppen/admin/guide',
      page('Bürgerbüro', 'buergerbuero'),
      '/de/m/meppen/admin/guide/new',
    );
    assert.equal(created.statusCode, 303);
    const id = await idOf('buergerbuero');
    assert.equal(created.headers.location, `/de/m/meppen/admin/guide/${id}/edit`);
    assert.equal((await new Client(t().app).get('/de/m/meppen/guide/buergerbuero')).statusCode, 404, 'a draft');
    const edit = await qm.get(`/de/m/meppen/admin/guide/${id}/edit`);
    assert.match(edit.body, /Status: Entwurf/);
    assert.equal((await qm.post(`/de/m/meppen/admin/guide/${id}/status`, { status: 'review' })).statusCode, 303);
    const review = await qm.get(`/de/m/meppen/admin/guide/${id}/edit`);
    assert.match(review.body, /Veröffentlichen darf nur die Verwaltung/);
    assert.doesNotMatch(review.body, /\/publish"/);
    assert.equal((await qm.post(`/de/m/meppen/admin/guide/${id}/publish`, {})).statusCode, 403);
    const admin = await as('admin.meppen');
    await admin.get(`/de/m/meppen/admin/guide/${id}/edit`);
    assert.equal((await admin.post(`/de/m/meppen/admin/guide/${id}/publish`, {})).statusCode, 303);
    assert.equal((await new Client(t().app).get('/de/m/meppen/guide/buergerbuero')).statusCode, 200);
    const audit = await t()
      .conn.db.selectFrom('audit_log')
      .select(['action', 'subject_type'])
      .where('subject_id', '=', id)
      .execute();
    // The test clock stands still: the rows share one time, so they are compared as a set.
    assert.deepEqual(audit.map((a) => `${a.subject_type} ${a.action}`).sort(), [
      'welcome.guide_page create',
      'welcome.guide_page update',
      'welcome.guide_page update',
    ]);
    assert.equal((await admin.post(`/de/m/meppen/admin/guide/${id}/status`, { status: 'draft' })).statusCode, 303);
    assert.equal((await new Client(t().app).get('/de/m/meppen/guide/buergerbuero')).statusCode, 404, 'back to draft');
  });

  test('versions list and a diff with <ins>/<del> and text labels', async () => {
    const admin = await as('admin.meppen');
    const id = ids['meppen/page']!;
    const list = await admin.get(`/de/m/meppen/admin/guide/${id}/versions`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(`href="/de/m/meppen/admin/guide/${id}/versions/de/2"`));
    const diff = await admin.get(`/de/m/meppen/admin/guide/${id}/versions/de/2`);
    assert.equal(diff.statusCode, 200);
    assert.match(diff.body, /<ins><strong lang="de">Hinzugefügt: <\/strong>Neu dazu\.<\/ins>/);
    assert.doesNotMatch(diff.body, /<del>/);
    await admin.post(
      `/de/m/meppen/admin/guide/${id}`,
      page('Seite meppen', 'seite-meppen', { body: '<p>Neu dazu.</p>' }),
    );
    const three = await admin.get(`/de/m/meppen/admin/guide/${id}/versions/de/3`);
    assert.match(three.body, /<del><strong lang="de">Entfernt: <\/strong>Alt\.<\/del>/);
    assert.doesNotMatch(three.body, /<ins>/, 'against version 2 nothing was added');
    // Any earlier version can be chosen to compare with; the form offers them, the one before chosen.
    assert.match(three.body, /<select[^>]*name="against"/);
    assert.match(three.body, /<option value="2" selected/);
    const againstFirst = await admin.get(`/de/m/meppen/admin/guide/${id}/versions/de/3?against=1`);
    assert.equal(againstFirst.statusCode, 200);
    assert.match(againstFirst.body, /<ins><strong lang="de">Hinzugefügt: <\/strong>Neu dazu\.<\/ins>/);
    assert.match(againstFirst.body, /<del><strong lang="de">Entfernt: <\/strong>Alt\.<\/del>/);
    assert.match(againstFirst.body, /Verglichen mit Version 1\./);
    for (const later of ['3', '4'])
      assert.equal((await admin.get(`/de/m/meppen/admin/guide/${id}/versions/de/3?against=${later}`)).statusCode, 404);
    const bad = await admin.get(`/de/m/meppen/admin/guide/${id}/versions/de/3?against=abc`);
    assert.ok(bad.statusCode >= 400 && bad.statusCode < 500, `bad input is a 4xx, not ${bad.statusCode}`);
    assert.equal((await admin.get(`/de/m/meppen/admin/guide/${id}/versions/de/9`)).statusCode, 404);
    assert.equal((await admin.get(`/de/m/meppen/admin/guide/${id}/versions/xx/1`)).statusCode, 404);
  });

  test("an editor of Meppen cannot change Osnabrück's guide, nor the other way round", async () => {
    const pairs: [string, string, string][] = [
      ['admin.meppen', 'meppen', 'osnabrueck'],
      ['admin.osnabrueck', 'osnabrueck', 'meppen'],
    ];
    for (const [account, own, other] of pairs) {
      const c = await as(account);
      await c.get(`/de/m/${own}/admin/guide/new`);
      const foreign = ids[`${other}/page`]!;
      const before = await t()
        .conn.db.selectFrom('welcome_guide_texts')
        .selectAll()
        .where('page_id', '=', foreign)
        .execute();
      const writes: [string, Record<string, string>][] = [
        [`/admin/guide/${foreign}`, page('Übernommen', `seite-${other}`)],
        [`/admin/guide/${foreign}/status`, { status: 'draft' }],
        [`/admin/guide/${foreign}/publish`, {}],
      ];
      for (const [path, form] of writes) {
        const under = await c.post(`/de/m/${own}${path}`, form);
        assert.equal(under.statusCode, 404, `${account}: ${other}'s id under ${own}${path}`);
        const there = await c.post(`/de/m/${other}${path}`, form);
        assert.equal(there.statusCode, 403, `${account}: ${other}${path}`);
      }
      assert.equal((await c.post(`/de/m/${other}/admin/guide`, page('Fremd', 'fremd'))).statusCode, 403);
      for (const path of ['edit', 'versions', 'versions/de/1']) {
        assert.equal((await c.get(`/de/m/${own}/admin/guide/${foreign}/${path}`)).statusCode, 404, path);
      }
      const after = await t()
        .conn.db.selectFrom('welcome_guide_texts')
        .selectAll()
        .where('page_id', '=', foreign)
        .execute();
      assert.deepEqual(after, before);
      const status = await t()
        .conn.db.selectFrom('welcome_guide_pages')
        .select('status')
        .where('id', '=', foreign)
        .executeTakeFirstOrThrow();
      assert.equal(status.status, 'review');
    }
  });

  test('bad input: a 422 that names the problem and keeps what was typed', async () => {
    const admin = await as('admin.meppen');
    const a = await idOf('seite-meppen');
    await admin.post(
      '/de/m/meppen/admin/guide',
      page('Kind', 'kind-von-a', { parentId: a }),
      '/de/m/meppen/admin/guide/new',
    );
    const child = await idOf('kind-von-a');
    const cases: [string, Record<string, string>, RegExp][] = [
      ['/de/m/meppen/admin/guide', page('', 'leer-titel'), /Titel \(Deutsch\): /],
      ['/de/m/meppen/admin/guide', page('Thema?', 'thema', { topic: 'astrology' }), /Bitte wählen Sie ein Thema/],
      ['/de/m/meppen/admin/guide', page('Slug?', 'Böse Adresse!'), /Nur Kleinbuchstaben/],
      ['/de/m/meppen/admin/guide', page('Doppelt', 'seite-meppen'), /schon eine andere Seite/],
      ['/de/m/meppen/admin/guide', page('Reserviert', 'offline'), /für den Ratgeber selbst reserviert/],
      [
        `/de/m/meppen/admin/guide/${a}`,
        page('Seite meppen', 'seite-meppen', { parentId: child }),
        /nicht unter sich selbst/,
      ],
      [`/de/m/meppen/admin/guide/${a}/status`, { status: 'published' }, /einen der angebotenen Schritte/],
      [`/de/m/meppen/admin/guide/${child}/publish`, {}, /vom jetzigen Status aus nicht möglich/],
    ];
    for (const [url, form, message] of cases) {
      const res = await admin.post(url, form);
      assert.equal(res.statusCode, 422, url);
      assert.match(res.body, /role="alert"/);
      assert.match(res.body, message);
      if (form.title) assert.ok(res.body.includes(`value="${form.title}"`), 'the title is kept');
    }
    const kept = await admin.post('/de/m/meppen/admin/guide', page('<b>Behalten</b>', 'Falsch'));
    assert.match(kept.body, /value="&lt;b>Behalten&lt;\/b>"/);
    assert.match(kept.body, /value="Falsch"/);
  });

  test('rich text: script, event handlers, javascript: links and style render nowhere (form and database)', async () => {
    const admin = await as('admin.meppen');
    const dirty =
      '<h2 style="color:red" onmouseover="steal()">Kontakt</h2><script>alert(1)</script>' +
      '<p onclick="alert(2)">Rufen Sie an.</p><a href="javascript:alert(3)">Klick</a>' +
      '<a href="https://meppen.de" onclick="alert(4)">Meppen</a><img src=x onerror="alert(5)"><iframe src="https://evil.example"></iframe>';
    await admin.post(
      '/de/m/meppen/admin/guide',
      page('Sicher', 'sicher', { body: dirty }),
      '/de/m/meppen/admin/guide/new',
    );
    const id = await idOf('sicher');
    await admin.post(`/de/m/meppen/admin/guide/${id}/status`, { status: 'review' });
    await admin.post(`/de/m/meppen/admin/guide/${id}/publish`, {});
    const stored = await t()
      .conn.db.selectFrom('welcome_guide_texts')
      .select('body')
      .where('page_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.doesNotMatch(stored.body, /script|onclick|onmouseover|onerror|style=|javascript:|<img|iframe/i);
    const clean = (html: string) => {
      const text = html.split('<article')[1]!.split('</article>')[0]!;
      assert.doesNotMatch(text, /<script|onclick|onmouseover|onerror|style=|javascript:|<img|<iframe|alert\(/i);
      assert.match(text, /<h2>Kontakt<\/h2>/);
      assert.match(text, /<a href="https:\/\/meppen.de">Meppen<\/a>/);
    };
    clean((await new Client(t().app).get('/de/m/meppen/guide/sicher')).body);
    // Written straight into the database (as an import or a row from before the rule would be): cleaned on render.
    await t()
      .conn.db.updateTable('welcome_guide_texts')
      .set({ body: dirty })
      .where('page_id', '=', id)
      .where('locale', '=', 'de')
      .execute();
    clean((await new Client(t().app).get('/de/m/meppen/guide/sicher')).body);
    clean((await new Client(t().app).get('/de/m/meppen/guide/sicher/print')).body);
    const edit = await admin.get(`/de/m/meppen/admin/guide/${id}/edit`);
    assert.doesNotMatch(edit.body, /<script>alert|<p onclick/, 'the editor shows the stored HTML as text only');
  });
});
