import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sessionClient } from '../../testing/access-matrix.ts';
import { Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { answersAwaiting } from './matching.read.ts';
import { mentee, mentor, person, programmeWithCycle } from './matching.fixtures.ts';

// The matching page and the answer page over HTTP, on a real database: who may open them, a fixed pair, a run with
// its reasons, publishing with mails in each person's language, both answers, a decline and the re-run after it.

describe('matching and answers', () => {
  const t = fixture(() => testApp());

  async function setup() {
    const db = t().conn.db;
    const m = await insertMunicipality(t().conn, 'osnabrueck');
    const other = await insertMunicipality(t().conn, 'meppen');
    const staffId = await person(db, m, { roles: ['municipality_admin'] });
    const outsiderId = await person(db, m, { roles: ['municipality_admin'] });
    const c = await programmeWithCycle(db, m, { slug: 'dmi', staff: [staffId], asksPolitical: true, womenTarget: 50 });
    const c2 = await programmeWithCycle(db, m, { slug: 'zwei', staff: [staffId] });
    return { db, m, other, staffId, outsiderId, c, c2 };
  }

  test('the whole course: fixed pair, run, publish, answers, decline, re-run', async () => {
    const { db, m, staffId, outsiderId, c, c2 } = await setup();
    const app = t().app;
    const url = `/de/m/osnabrueck/admin/mentoring/${c.slug}/cycles/${c.cycleId}/matching`;

    const grueneUser = await person(db, m, { name: 'Maria Schulte', locale: 'de' });
    const gruene = await mentor(db, m, c.cycleId, {
      userId: grueneUser,
      name: 'Maria Schulte',
      capacity: 2,
      faction: 'Grüne',
      topics: ['integration', 'housing'],
      languages: ['de', 'ar'],
      availability: ['weekday_evening'],
    });
    const spd = await mentor(db, m, c.cycleId, {
      name: 'Jens Meyer',
      capacity: 1,
      faction: 'SPD',
      topics: ['education'],
    });
    await mentor(db, m, c.cycleId, { name: 'Pausiert', capacity: 0, topics: ['integration'] });
    const amal = await mentee(db, m, c.cycleId, {
      name: 'أمل الحسن',
      locale: 'ar',
      gender: 'woman',
      topics: ['integration', 'housing'],
      languages: ['ar'],
      availability: ['weekday_evening'],
      politicalDirection: 'Grüne',
    });
    const olena = await mentee(db, m, c.cycleId, {
      name: 'Olena Kovalenko',
      locale: 'uk',
      gender: 'woman',
      topics: ['education'],
      languages: ['de', 'uk'],
    });
    const mehmet = await mentee(db, m, c.cycleId, {
      name: 'Mehmet Yılmaz',
      locale: 'tr',
      gender: 'man',
      topics: ['housing'],
    });
    const waiting = await mentee(db, m, c.cycleId, { name: 'Wartend', status: 'waitlisted', topics: ['housing'] });

    // Who may open the page: the programme's staff; another admin of the municipality is refused; ids of nothing
    // (or of another programme) give 404.
    const staff = await sessionClient(app, db, staffId);
    assert.equal((await staff.get(url)).statusCode, 200);
    assert.equal((await (await sessionClient(app, db, outsiderId)).get(url)).statusCode, 403);
    assert.equal((await staff.get(url.replace(c.cycleId, c2.cycleId))).statusCode, 404);
    assert.equal((await staff.get(url.replace(c.cycleId, '00000000-0000-4000-8000-000000000000'))).statusCode, 404);
    assert.equal((await new Client(app).get(url)).statusCode, 303);

    // A fixed pair: bad input is kept and named; a waitlisted mentee cannot be fixed; a valid pair is kept.
    const bad = await staff.post(`${url}/fixed`, { menteeId: 'nix', mentorId: spd.id });
    assert.equal(bad.statusCode, 422);
    const notPlaced = await staff.post(`${url}/fixed`, { menteeId: waiting.id, mentorId: spd.id });
    assert.equal(notPlaced.statusCode, 422);
    assert.match(notPlaced.body, /Platz in diesem Durchgang/);
    assert.equal((await staff.post(`${url}/fixed`, { menteeId: mehmet.id, mentorId: spd.id })).statusCode, 303);
    const full = await staff.post(`${url}/fixed`, { menteeId: olena.id, mentorId: spd.id });
    assert.equal(full.statusCode, 422);
    assert.match(full.body, /keinen freien Platz/);

    // The run: the fixed pair stays, Amal goes to the Green mentor (languages, topics, political direction),
    // Olena too (Jens has no place left); nobody goes to the paused mentor; the waitlisted mentee is not in it.
    assert.equal((await staff.post(`${url}/run`, {})).statusCode, 303);
    const pairs = async () =>
      db
        .selectFrom('mentoring_pairings')
        .select(['id', 'mentee_id', 'mentor_id', 'status', 'fixed', 'reasons'])
        .where('cycle_id', '=', c.cycleId)
        .execute();
    let rows = await pairs();
    const of = (id: string) => rows.find((r) => r.mentee_id === id && r.status !== 'declined');
    assert.equal(rows.length, 3);
    assert.equal(of(mehmet.id)?.mentor_id, spd.id);
    assert.equal(of(mehmet.id)?.fixed, true);
    assert.equal(of(amal.id)?.mentor_id, gruene.id);
    assert.equal(of(olena.id)?.mentor_id, gruene.id);
    assert.equal(of(waiting.id), undefined);
    const codes = (of(amal.id)!.reasons as { code: string }[]).map((r) => r.code);
    assert.deepEqual(codes, ['topics', 'homeLanguage', 'availability', 'political']);
    const page = await staff.get(url);
    assert.match(page.body, /2 gemeinsame Themen/);
    assert.match(page.body, /politische Richtung passt zur Fraktion/);
    assert.match(page.body, /3 Vorschläge warten/);

    // Nothing goes out before publishing; then one mail to each person, in their language, with the answer link.
    const mails = () => db.selectFrom('mail_outbox').select(['to_address', 'subject', 'body_text']).execute();
    assert.equal((await mails()).length, 0);
    assert.equal((await staff.post(`${url}/publish`, {})).statusCode, 303);
    rows = await pairs();
    assert.ok(rows.every((r) => r.status === 'published'));
    const sent = await mails();
    assert.equal(sent.length, 6);
    const amalPairing = of(amal.id)!.id;
    const amalMail = sent.find((x) =>
      x.body_text.includes(`/ar/m/osnabrueck/mentoring/pairings/${amalPairing}/answer`),
    );
    assert.ok(amalMail);
    assert.match(amalMail.subject, /الإرشاد/);

    // The answer page: only the pair; the mentee sees the mentor's name; a bad answer is a 422 on the page.
    const answerUrl = (id: string, l = 'de') => `/${l}/m/osnabrueck/mentoring/pairings/${id}/answer`;
    const amalClient = await sessionClient(app, db, amal.userId);
    const mariaClient = await sessionClient(app, db, grueneUser);
    const arPage = await amalClient.get(answerUrl(amalPairing, 'ar'));
    assert.equal(arPage.statusCode, 200);
    assert.match(arPage.body, /<bdi>Maria Schulte<\/bdi>/);
    assert.equal((await (await sessionClient(app, db, outsiderId)).get(answerUrl(amalPairing))).statusCode, 404);
    assert.equal((await staff.get(answerUrl(amalPairing))).statusCode, 404);
    assert.equal((await amalClient.post(answerUrl(amalPairing, 'ar'), { answer: 'vielleicht' })).statusCode, 422);

    // "My mentoring" finds what waits for each person's answer (the mentor has two pairings waiting).
    assert.deepEqual(await answersAwaiting(db, tenant(m), amal.userId), [{ pairingId: amalPairing, side: 'mentee' }]);
    assert.equal((await answersAwaiting(db, tenant(m), grueneUser)).length, 2);
    assert.equal((await answersAwaiting(db, null, grueneUser)).length, 2, 'the same, read for the person');
    // My Zuhause counts it on the "My mentoring" tile.
    const tile = (body: string) =>
      /href="\/de\/me\/mentoring">[^<]*<\/a>\s*<span class="z-tile__count">([^<]*)</.exec(body)?.[1];
    assert.equal(tile((await amalClient.get('/de/me')).body), '1 wartet');
    // Both accept: active, and the mentee matched.
    assert.equal((await amalClient.post(answerUrl(amalPairing, 'ar'), { answer: 'accepted' })).statusCode, 303);
    rows = await pairs();
    assert.equal(of(amal.id)?.status, 'published');
    assert.deepEqual(await answersAwaiting(db, tenant(m), amal.userId), []);
    assert.equal(tile((await amalClient.get('/de/me')).body), undefined, 'nothing waits once she answered');
    assert.equal((await mariaClient.post(answerUrl(amalPairing), { answer: 'accepted' })).statusCode, 303);
    rows = await pairs();
    assert.equal(of(amal.id)?.status, 'active');
    const amalRow = await db
      .selectFrom('mentoring_mentees')
      .select('status')
      .where('id', '=', amal.id)
      .executeTakeFirstOrThrow();
    assert.equal(amalRow.status, 'matched');
    // A second answer on a pairing that no longer waits is refused with a message, nothing changes.
    const late = await mariaClient.post(answerUrl(amalPairing), { answer: 'declined' });
    assert.equal(late.statusCode, 303);
    rows = await pairs();
    assert.equal(of(amal.id)?.status, 'active');

    // Maria declines Olena: the pairing is declined, her place frees; a re-run keeps the active and published
    // pairs and never proposes Maria to Olena again (Jens is still full, so Olena stays without a pair).
    const olenaPairing = of(olena.id)!.id;
    assert.equal((await mariaClient.post(answerUrl(olenaPairing), { answer: 'declined' })).statusCode, 303);
    rows = await pairs();
    assert.equal(rows.find((r) => r.id === olenaPairing)?.status, 'declined');
    assert.equal((await staff.post(`${url}/run`, {})).statusCode, 303);
    rows = await pairs();
    assert.equal(of(amal.id)?.status, 'active');
    assert.equal(of(mehmet.id)?.status, 'published');
    assert.equal(of(olena.id), undefined);
    // A new mentor with a place: the next run pairs Olena with him.
    const neu = await mentor(db, m, c.cycleId, { name: 'Neu', capacity: 1, languages: ['de', 'uk'] });
    assert.equal((await staff.post(`${url}/run`, {})).statusCode, 303);
    rows = await pairs();
    assert.equal(of(olena.id)?.mentor_id, neu.id);
    assert.equal(of(olena.id)?.status, 'proposed');

    // Dropping the proposal frees it again; dropping it twice says it is gone.
    const dropUrl = `${url}/proposals/${of(olena.id)!.id}/drop`;
    assert.equal((await staff.post(dropUrl, {})).statusCode, 303);
    rows = await pairs();
    assert.equal(of(olena.id), undefined);
    assert.equal((await staff.post(dropUrl, {})).statusCode, 303);
  });

  test('the balance report says why the women target is missed, and nobody is dropped for it', async () => {
    const db = t().conn.db;
    const m = (
      await db.selectFrom('municipalities').select('id').where('slug', '=', 'osnabrueck').executeTakeFirstOrThrow()
    ).id;
    const staffId = await person(db, m, { roles: ['municipality_admin'] });
    const c = await programmeWithCycle(db, m, { slug: 'balance', staff: [staffId], womenTarget: 50, places: 10 });
    await mentor(db, m, c.cycleId, { capacity: 10 });
    for (let i = 0; i < 10; i++) await mentee(db, m, c.cycleId, { gender: i < 3 ? 'woman' : 'man' });
    const staff = await sessionClient(t().app, db, staffId);
    const url = `/de/m/osnabrueck/admin/mentoring/${c.slug}/cycles/${c.cycleId}/matching`;
    await staff.post(`${url}/run`, {});
    const n = await db
      .selectFrom('mentoring_pairings')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('cycle_id', '=', c.cycleId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 10);
    const page = await staff.get(url);
    assert.match(page.body, /30 % der zugeordneten Mentees sind Frauen \(Ziel: 50 %\)/);
    assert.match(page.body, /3 Frauen haben sich auf 10 Plätze beworben; für das Ziel wären 5 nötig/);
  });

  test('another municipality cannot reach a pairing or a cycle', async () => {
    const db = t().conn.db;
    const m = (
      await db.selectFrom('municipalities').select('id').where('slug', '=', 'osnabrueck').executeTakeFirstOrThrow()
    ).id;
    const meppen = (
      await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').executeTakeFirstOrThrow()
    ).id;
    const staffId = await person(db, m, { roles: ['municipality_admin'] });
    const c = await programmeWithCycle(db, m, { slug: 'leak', staff: [staffId] });
    const r = await mentor(db, m, c.cycleId);
    const e = await mentee(db, m, c.cycleId);
    const p = await db
      .insertInto('mentoring_pairings')
      .values({ municipality_id: m, cycle_id: c.cycleId, mentee_id: e.id, mentor_id: r.id, status: 'published' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const mentee2 = await sessionClient(t().app, db, e.userId);
    assert.equal((await mentee2.get(`/de/m/osnabrueck/mentoring/pairings/${p.id}/answer`)).statusCode, 200);
    assert.equal((await mentee2.get(`/de/m/meppen/mentoring/pairings/${p.id}/answer`)).statusCode, 404);
    const meppenAdmin = await person(db, meppen, { roles: ['municipality_admin'] });
    const url = `/de/m/meppen/admin/mentoring/${c.slug}/cycles/${c.cycleId}/matching`;
    assert.equal((await (await sessionClient(t().app, db, meppenAdmin)).get(url)).statusCode, 404);
  });
});
