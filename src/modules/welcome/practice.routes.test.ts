import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { practiceFixtures } from './practice.fixtures.ts';

describe('good-practice library: submit, review, publish, search, adapt', () => {
  let ids: Record<string, string> = {};
  const t = fixture(
    () => testApp({}, [], { demo: true }),
    async (app) => {
      ids = await practiceFixtures(app.conn.db, app.clock.now);
    },
  );
  const db = () => t().conn.db;
  const as = async (key: string) => {
    const u = await db()
      .selectFrom('users')
      .select('id')
      .where('email', '=', `${key}@demo.zuhause.example`)
      .executeTakeFirstOrThrow();
    const token = await createSession(db(), u.id, new Date());
    await markSecondFactor(db(), token, new Date());
    const c = new Client(t().app);
    c.cookies = `zh_sid=${token}`;
    return c;
  };
  const municipality = async (slug: string) =>
    (await db().selectFrom('municipalities').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  const idOf = async (title: string) =>
    (
      await db()
        .selectFrom('welcome_practice_texts')
        .select('practice_id')
        .where('title', '=', title)
        .where('locale', '=', 'de')
        .executeTakeFirstOrThrow()
    ).practice_id;
  const form = {
    title: 'Kochabend der Kulturen',
    what: 'Einmal im Monat kochen Nachbarinnen aus fünf Ländern zusammen.',
    forWhom: 'Alle im Dorf',
    placeName: 'Meppen',
    tags: ['encounter', 'women'],
    trLocale: 'en',
    trTitle: 'Cooking evening of cultures',
    trWhat: 'Once a month, neighbours from five countries cook together.',
  };

  test('submit → listed as submitted for the municipality, not public; a state editor publishes → listed publicly', async () => {
    const qm = await as('qm.meppen');
    const res = await qm.post('/de/m/meppen/admin/practice', form, '/de/m/meppen/admin/practice/new');
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    const id = await idOf(form.title);
    const staff = await qm.get('/de/m/meppen/admin/practice');
    assert.match(staff.body, /Kochabend der Kulturen/);
    assert.match(staff.body, /eingereicht/);
    assert.doesNotMatch((await new Client(t().app).get('/de/practice')).body, /Kochabend der Kulturen/);
    assert.equal((await new Client(t().app).get('/de/practice/kochabend-der-kulturen')).statusCode, 404);

    const land = await as('land');
    const review = await land.get('/de/state/practice?status=submitted');
    assert.match(review.body, /Kochabend der Kulturen/);
    const decided = await land.post(
      `/de/state/practice/${id}/status`,
      { status: 'published' },
      `/de/state/practice/${id}`,
    );
    assert.equal(decided.statusCode, 303);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'subject_type'])
      .where('subject_id', '=', id)
      .execute();
    assert.deepEqual(audit.map((a: { action: string }) => a.action).sort(), ['create', 'update']);

    const list = await new Client(t().app).get('/de/practice');
    assert.match(list.body, /Kochabend der Kulturen/);
    const en = await new Client(t().app).get('/en/practice/kochabend-der-kulturen');
    assert.equal(en.statusCode, 200);
    assert.match(en.body, /Cooking evening of cultures/);
    const fa = await new Client(t().app).get('/fa/practice/kochabend-der-kulturen');
    assert.match(fa.body, /lang="de"[^>]*>Kochabend der Kulturen/, 'the German text is shown, in German');
    assert.match(fa.body, /این نمونه هنوز به زبان شما نیست/, 'the fallback is marked');
  });

  test('the list searches words in any language, filters by tag, and an unknown tag matches nothing', async () => {
    const anon = new Client(t().app);
    assert.match((await anon.get('/de/practice?q=Beete')).body, /Testgarten der Nachbarschaft/);
    assert.match((await anon.get('/de/practice?q=garden+together')).body, /Testgarten der Nachbarschaft/);
    assert.doesNotMatch((await anon.get('/de/practice?q=Fahrradwerkstatt')).body, /Testgarten der Nachbarschaft/);
    assert.match((await anon.get('/de/practice?tag=village')).body, /Testgarten der Nachbarschaft/);
    assert.doesNotMatch((await anon.get('/de/practice?tag=youth')).body, /Testgarten der Nachbarschaft/);
    const unknown = await anon.get('/de/practice?tag=nonsense');
    assert.equal(unknown.statusCode, 200);
    assert.doesNotMatch(unknown.body, /Testgarten der Nachbarschaft/);
    assert.doesNotMatch(
      (await anon.get('/de/practice?q=%25')).body,
      /Testsprachpaten/,
      'a waiting example is never listed',
    );
    assert.equal((await anon.get('/de/practice?page=x')).statusCode, 200);
  });

  test("a municipality's staff cannot publish or edit; a state editor can", async () => {
    const id = ids['test-sprachpaten']!;
    for (const key of ['admin.meppen', 'qm.meppen', 'beratung.meppen']) {
      const c = await as(key);
      await c.get('/de/m/meppen/admin/practice');
      const res = await c.post(`/de/state/practice/${id}/status`, { status: 'published' });
      assert.equal(res.statusCode, 403, key);
      assert.equal((await c.get(`/de/state/practice/${id}`)).statusCode, 403, key);
    }
    const row = await db()
      .selectFrom('welcome_practices')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'submitted');
    const land = await as('land');
    const edit = await land.post(
      `/de/state/practice/${id}`,
      {
        title: 'Testsprachpaten 2',
        what: 'Ehrenamtliche üben Deutsch.',
        placeName: 'Osnabrück',
        tags: 'language',
      },
      `/de/state/practice/${id}`,
    );
    assert.equal(edit.statusCode, 303);
    assert.equal((await land.post(`/de/state/practice/${id}/status`, { status: 'rejected' })).statusCode, 303);
    const after = await db()
      .selectFrom('welcome_practices')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(after.status, 'rejected');
  });

  test("adapt creates a draft guide page or a draft event in the user's own municipality only", async () => {
    const meppen = await municipality('meppen');
    const qm = await as('qm.meppen');
    const page = await qm.get(`/de/m/meppen/admin/practice/adapt/test-nachbarschaftsgarten`);
    assert.equal(page.statusCode, 200);
    const res = await qm.post(`/de/m/meppen/admin/practice/adapt/test-nachbarschaftsgarten`, {
      target: 'guide',
      topic: 'leisure',
    });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const pages = await db()
      .selectFrom('welcome_guide_pages as p')
      .innerJoin('welcome_guide_texts as x', (j) =>
        j.onRef('x.page_id', '=', 'p.id').onRef('x.municipality_id', '=', 'p.municipality_id'),
      )
      .select(['p.municipality_id', 'p.status', 'p.slug', 'p.topic', 'x.locale', 'x.title', 'x.body'])
      .where('p.slug', 'like', 'test-nachbarschaftsgarten%')
      .execute();
    assert.equal(pages.length, 1);
    const [g] = pages;
    assert.equal(g?.municipality_id, meppen);
    assert.equal(g?.status, 'draft');
    assert.equal(g?.topic, 'leisure');
    assert.equal(g?.locale, 'de');
    assert.match(g?.body ?? '', /Gute-Praxis-Beispiel „Testgarten der Nachbarschaft“/);
    assert.match(g?.body ?? '', /\/de\/practice\/test-nachbarschaftsgarten/);

    // Another municipality's URL: refused before anything is written, for the same person.
    const other = await qm.post(`/de/m/osnabrueck/admin/practice/adapt/test-nachbarschaftsgarten`, {
      target: 'guide',
      topic: 'leisure',
    });
    assert.equal(other.statusCode, 403);
    // A counsellor submits examples but does not write the guide.
    const counsellor = await as('beratung.meppen');
    await counsellor.get('/de/m/meppen/admin/practice');
    assert.equal(
      (
        await counsellor.post(`/de/m/meppen/admin/practice/adapt/test-nachbarschaftsgarten`, {
          target: 'guide',
          topic: 'work',
        })
      ).statusCode,
      403,
    );
    const count = await db()
      .selectFrom('welcome_guide_pages')
      .select('municipality_id')
      .where('slug', 'like', 'test-nachbarschaftsgarten%')
      .execute();
    assert.deepEqual(
      count.map((r) => r.municipality_id),
      [meppen],
    );

    const day = new Date(t().clock.now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    const ev = await qm.post(`/de/m/meppen/admin/practice/adapt/test-nachbarschaftsgarten`, {
      target: 'event',
      startDate: day,
      startTime: '17:00',
      endTime: '19:00',
      address: 'Marktplatz 1, Meppen',
    });
    assert.equal(ev.statusCode, 303, ev.body.slice(0, 300));
    const events = await db()
      .selectFrom('community_events')
      .select(['municipality_id', 'status', 'id'])
      .where('address', '=', 'Marktplatz 1, Meppen')
      .execute();
    assert.equal(events.length, 1);
    assert.equal(events[0]?.municipality_id, meppen);
    assert.equal(events[0]?.status, 'draft');
    const text = await db()
      .selectFrom('community_event_texts')
      .select('description')
      .where('event_id', '=', events[0]!.id)
      .executeTakeFirstOrThrow();
    assert.match(text.description, /Gute-Praxis-Beispiel „Testgarten der Nachbarschaft“/);
  });

  test('bad input: empty title or an unknown tag → 422 with a message, the input kept', async () => {
    const qm = await as('qm.meppen');
    await qm.get('/de/m/meppen/admin/practice/new');
    const empty = await qm.post('/de/m/meppen/admin/practice', {
      ...form,
      title: '',
      what: 'Mein Text bleibt stehen.',
    });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /Mein Text bleibt stehen\./);
    assert.match(empty.body, /href="#f-title"/);
    const tag = await qm.post('/de/m/meppen/admin/practice', { ...form, tags: 'nonsense' });
    assert.equal(tag.statusCode, 422);
    assert.match(tag.body, /Dieses Schlagwort gibt es nicht\./);
    assert.match(tag.body, /value="Kochabend der Kulturen"/);
    const noTarget = await qm.post(`/de/m/meppen/admin/practice/adapt/test-nachbarschaftsgarten`, {
      target: 'event',
      startDate: '2020-13-45',
    });
    assert.equal(noTarget.statusCode, 422);
    assert.match(noTarget.body, /2020-13-45/);
  });
});
