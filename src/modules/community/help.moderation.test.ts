import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { seedId } from '../../platform/modules/seed-context.ts';
import { seedDemo } from '../../seed/seed.ts';
import { Client, testApp } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { clientWithRole } from '../../testing/housing-apply.ts';
import { answerHelp, postHelp } from './help.fixtures.ts';

// Reports and moderation: the Quartier manager and the admin of the municipality see reported posts (never who
// reported), hide, restore and close them; they read a conversation only when one of its people reported it, and
// that reading is logged. Nobody else moderates, and no municipality moderates another's posts.

const base = '/de/m/meppen';
const admin = `${base}/admin/help`;

describe('neighbourly help: reports and moderation', () => {
  const t = fixture(() => testApp());
  let m = '';
  let osnabrueck = '';
  let ids: Record<string, string> = {};
  before(async () => {
    const ctx = await seedDemo(t().conn.db);
    m = seedId(ctx, 'municipality', 'meppen');
    osnabrueck = seedId(ctx, 'municipality', 'osnabrueck');
    ids = ctx.ids.help_post ?? {};
  });

  test("only the municipality's Quartier managers and admins open moderation", async () => {
    const anon = await new Client(t().app).get(admin);
    assert.equal(anon.statusCode, 303);
    for (const role of ['volunteer', 'resident', 'counsellor'] as const) {
      const { client } = await clientWithRole(t().app, t().conn.db, { m: m, role: role });
      assert.equal((await client.get(admin)).statusCode, 403, role);
    }
    const { client: otherQm } = await clientWithRole(t().app, t().conn.db, { m: osnabrueck, role: 'quartier_manager' });
    assert.equal((await otherQm.get(admin)).statusCode, 403, "Osnabrück's Quartier manager in Meppen");
    for (const role of ['quartier_manager', 'municipality_admin'] as const) {
      const { client } = await clientWithRole(t().app, t().conn.db, { m: m, role: role });
      assert.equal((await client.get(admin)).statusCode, 200, role);
    }
  });

  test("the demo's report waits in Osnabrück's queue, without the reporter's name", async () => {
    const { client } = await clientWithRole(t().app, t().conn.db, { m: osnabrueck, role: 'quartier_manager' });
    const queue = await client.get('/de/m/osnabrueck/admin/help');
    assert.match(queue.body, /Sprachtandem Deutsch und Türkisch/);
    const page = await client.get(`/de/m/osnabrueck/admin/help/${ids['osnabrueck/tandem']}`);
    assert.match(page.body, /Die Telefonnummer steht öffentlich im Text/);
    assert.doesNotMatch(page.body, /Olena/, 'who reported stays unknown to moderation');
  });

  test('a report is stored once per person; a second one is told it is already with moderation', async () => {
    const writer = (await clientWithRole(t().app, t().conn.db, { m: m, role: 'resident' })).client;
    const id = await postHelp(writer, base, { title: 'Günstige Handyverträge', locale: 'de', body: 'Rufen Sie an!' });
    const reporter = (await clientWithRole(t().app, t().conn.db, { m: m, role: 'resident' })).client;
    const first = await reporter.post(`${base}/help/${id}/report`, { reason: 'commercial' }, `${base}/help/${id}`);
    assert.equal(first.statusCode, 303);
    const second = await reporter.post(`${base}/help/${id}/report`, { reason: 'spam' });
    assert.equal(second.statusCode, 422);
    assert.match(second.body, /schon gemeldet/);
    const bad = await reporter.post(`${base}/help/${id}/report`, { reason: 'boring', note: 'x'.repeat(5000) });
    assert.equal(bad.statusCode, 422);
    const n = await t().conn.db.selectFrom('community_help_reports').select('id').where('post_id', '=', id).execute();
    assert.equal(n.length, 1);

    const { client: qm } = await clientWithRole(t().app, t().conn.db, { m: m, role: 'quartier_manager' });
    assert.match((await qm.get(admin)).body, /Günstige Handyverträge/);
    assert.equal((await qm.post(`${admin}/${id}/hide`, {}, `${admin}/${id}`)).statusCode, 303);
    assert.equal((await new Client(t().app).get(`${base}/help/${id}`)).statusCode, 404, 'hidden from the public');
    assert.equal((await reporter.get(`${base}/help/${id}`)).statusCode, 404, 'and from other people');
    assert.match((await writer.get(`${base}/help/${id}`)).body, /Die Moderation hat diesen Eintrag ausgeblendet/);
    assert.doesNotMatch((await qm.get(admin)).body, /Günstige Handyverträge/, 'hiding settled the report');
    assert.match((await qm.get(`${admin}?show=hidden`)).body, /Günstige Handyverträge/);
    const twice = await qm.post(`${admin}/${id}/hide`, {});
    assert.match((await qm.get(String(twice.headers.location))).body, /schon ausgeblendet/);
    assert.equal((await qm.post(`${admin}/${id}/restore`, {})).statusCode, 303);
    assert.equal((await new Client(t().app).get(`${base}/help/${id}`)).statusCode, 200);
    assert.equal((await qm.post(`${admin}/${id}/close`, {})).statusCode, 303);
    const row = await t()
      .conn.db.selectFrom('community_help_posts')
      .select(['status', 'outcome'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'closed', outcome: 'moderated' });
  });

  test('moderation reads a conversation only once reported, and the reading is logged', async () => {
    const writer = (await clientWithRole(t().app, t().conn.db, { m: m, role: 'resident' })).client;
    const id = await postHelp(writer, base);
    const kind = (await clientWithRole(t().app, t().conn.db, { m: m, role: 'resident' })).client;
    const rude = (await clientWithRole(t().app, t().conn.db, { m: m, role: 'resident' })).client;
    await answerHelp(kind, base, id, 'Ich bringe Ihnen einen Tisch vorbei.');
    const thread = await answerHelp(rude, base, id, 'Eine grobe Beleidigung.');
    const { client: qm } = await clientWithRole(t().app, t().conn.db, { m: m, role: 'quartier_manager' });
    assert.doesNotMatch((await qm.get(`${admin}/${id}`)).body, /grobe Beleidigung|Tisch vorbei/);
    assert.equal((await writer.post(`${thread}/report`, { reason: 'offensive' }, thread)).statusCode, 303);
    const page = await qm.get(`${admin}/${id}`);
    assert.match(page.body, /grobe Beleidigung/, 'the reported conversation');
    assert.doesNotMatch(page.body, /Tisch vorbei/, 'not the other one');
    const threadId = thread.split('/').pop()!;
    const reads = await t()
      .conn.db.selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'read')
      .where('subject_type', '=', 'community.help_thread')
      .where('subject_id', '=', threadId)
      .execute();
    assert.ok(reads.length >= 1);
    const report = await t()
      .conn.db.selectFrom('community_help_reports')
      .select('id')
      .where('thread_id', '=', threadId)
      .executeTakeFirstOrThrow();
    assert.equal((await qm.post(`${admin}/${id}/reports/${report.id}/dismiss`, {})).statusCode, 303);
    assert.equal((await qm.post(`${admin}/${id}/reports/${report.id}/dismiss`, {})).statusCode, 404);
  });

  test("Meppen's moderators cannot touch Osnabrück's posts through Meppen's URLs", async () => {
    const { client: qm } = await clientWithRole(t().app, t().conn.db, { m: m, role: 'municipality_admin' });
    const foreign = ids['osnabrueck/tandem']!;
    assert.equal((await qm.get(`${admin}/${foreign}`)).statusCode, 404);
    assert.equal((await qm.post(`${admin}/${foreign}/hide`, {}, admin)).statusCode, 404);
    const row = await t()
      .conn.db.selectFrom('community_help_posts')
      .select('hidden_at')
      .where('id', '=', foreign)
      .executeTakeFirstOrThrow();
    assert.equal(row.hidden_at, null);
  });

  test('the figures page counts "it helped" per category and month', async () => {
    const { client } = await clientWithRole(t().app, t().conn.db, { m: m, role: 'municipality_admin' });
    const res = await client.get(`${admin}/figures`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Begleitung zu Ämtern/);
    assert.match(res.body, /Reparaturen/);
    assert.doesNotMatch(res.body, /Ahmad|Gerda/, 'no names');
  });

  test('My Zuhause has the help tiles, with unread messages and waiting reports counted', async () => {
    const { client: qm } = await clientWithRole(t().app, t().conn.db, { m: osnabrueck, role: 'quartier_manager' });
    const me = await qm.get('/de/me');
    assert.match(me.body, /Meine Hilfe-Einträge/);
    assert.match(me.body, /Nachbarschaftshilfe moderieren/);
  });
});
