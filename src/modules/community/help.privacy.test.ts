import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { seedId } from '../../platform/modules/seed-context.ts';
import { seedDemo } from '../../seed/seed.ts';
import type { Client } from '../../testing/app.ts';
import { fixture } from '../../testing/fixture.ts';
import { clientWithRole } from '../../testing/housing-apply.ts';
import { testApp } from '../../testing/app.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { answerHelp, postHelp } from './help.fixtures.ts';
import { unreadCount } from './help.threads.repository.ts';

// Conversations belong to their two people: nobody else sees them, contact details are shown to neither side
// before both agreed, the consent is an explicit tick, it can be taken back until the other side agrees, and the
// mail about a new message carries a link, never the message.

const base = '/de/m/meppen';
const WRITER = '0151 11112222';
const HELPER = 'gerda@example.org';

describe('neighbourly help: conversations and contact details', () => {
  const t = fixture(() => testApp());
  let m = '';
  let writer: Client;
  let helper: Client;
  let stranger: Client;
  let writerId = '';
  let postId = '';
  let thread = '';
  before(async () => {
    const ctx = await seedDemo(t().conn.db);
    m = seedId(ctx, 'municipality', 'meppen');
    const a = await clientWithRole(t().app, t().conn.db, { m: m, role: 'resident' });
    writer = a.client;
    writerId = a.userId;
    helper = (await clientWithRole(t().app, t().conn.db, { m: m, role: 'volunteer' })).client;
    stranger = (await clientWithRole(t().app, t().conn.db, { m: m, role: 'resident' })).client;
    postId = await postHelp(writer, base);
    thread = await answerHelp(helper, base, postId, 'Ich habe einen Küchentisch für Sie.');
  });
  const page = async (c: Client) => (await c.get(thread)).body;

  test('the answer opens a conversation that only its two people can open', async () => {
    assert.match(thread, new RegExp(`/help/${postId}/threads/[0-9a-f-]{36}$`));
    const unread = () => unreadCount(t().conn.db, tenant(m), writerId);
    assert.equal(await unread(), 1, "the writer's Messages tile counts the new answer");
    assert.match((await writer.get(`${base}/help/mine`)).body, /<strong>neu<\/strong>/);
    assert.match(await page(writer), /Ich habe einen Küchentisch für Sie\./);
    assert.match(await page(helper), /Ich habe einen Küchentisch für Sie\./);
    assert.equal(await unread(), 0, 'opening the conversation marks it read');
    assert.equal((await stranger.get(thread)).statusCode, 404, 'a third person');
    const qm = (await clientWithRole(t().app, t().conn.db, { m: m, role: 'quartier_manager' })).client;
    assert.equal((await qm.get(thread)).statusCode, 404, 'staff too, unless it is reported');
    const post = await writer.get(`${base}/help/${postId}`);
    assert.match(post.body, /Gespräch mit ⁨Gerda⁩/, 'the writer sees the conversation on the post page');
    assert.doesNotMatch((await stranger.get(`${base}/help/${postId}`)).body, /Küchentisch/);
  });

  test('replying goes both ways and queues a mail with a link but not the message', async () => {
    const res = await writer.post(thread, { body: 'Wunderbar, wann kann ich ihn abholen?' });
    assert.equal(res.statusCode, 303);
    assert.match(await page(helper), /wann kann ich ihn abholen/);
    const mails = await t()
      .conn.db.selectFrom('mail_outbox')
      .select(['subject', 'body_text'])
      .where('municipality_id', '=', m)
      .where('subject', '=', 'Neue Nachricht in der Nachbarschaftshilfe')
      .execute();
    assert.ok(mails.length >= 2, 'one mail per message to the other side');
    for (const mail of mails) {
      assert.doesNotMatch(mail.body_text, /Küchentisch|abholen/);
      assert.match(mail.body_text, /\/help\/[0-9a-f-]{36}\/threads\/[0-9a-f-]{36}/);
    }
  });

  test('contact details need the tick; without it nothing is stored', async () => {
    const res = await writer.post(`${thread}/contact`, { contact: WRITER });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Bitte bestätigen Sie, dass Sie einverstanden sind/);
    assert.match(res.body, new RegExp(`value="${WRITER}"`), 'the typed details are kept on the form');
    const row = await t()
      .conn.db.selectFrom('community_help_threads')
      .select(['author_contact', 'author_consent_at'])
      .where('post_id', '=', postId)
      .executeTakeFirstOrThrow();
    assert.equal(row.author_contact, null);
    assert.equal(row.author_consent_at, null);
  });

  test('one side agreeing shows its details to nobody else; both agreeing shows both to both', async () => {
    assert.equal((await writer.post(`${thread}/contact`, { contact: WRITER, consent: 'yes' })).statusCode, 303);
    const helperPage = await page(helper);
    assert.doesNotMatch(helperPage, new RegExp(WRITER), "the writer's number is not shown before the helper agrees");
    assert.match(helperPage, /möchte Kontaktdaten austauschen/);
    assert.match(await page(writer), new RegExp(`zugestimmt, ⁨${WRITER}⁩ zu teilen`), 'the writer sees what it offered');
    assert.doesNotMatch(await page(writer), new RegExp(HELPER));

    assert.equal((await helper.post(`${thread}/contact`, { contact: HELPER, consent: 'yes' })).statusCode, 303);
    for (const c of [writer, helper]) {
      const body = await page(c);
      assert.match(body, new RegExp(WRITER));
      assert.match(body, new RegExp(HELPER));
    }
    assert.doesNotMatch((await stranger.get(thread)).body, new RegExp(WRITER));
  });

  test('consent is taken back before the other agrees, and not after both saw the details', async () => {
    const other = (await clientWithRole(t().app, t().conn.db, { m: m, role: 'resident' })).client;
    const second = await answerHelp(other, base, postId, 'Ich hätte auch Stühle.');
    assert.equal((await other.post(`${second}/contact`, { contact: '0171 3334444', consent: 'yes' })).statusCode, 303);
    const back = await other.post(`${second}/contact/withdraw`, {});
    assert.equal(back.statusCode, 303);
    const row = await t()
      .conn.db.selectFrom('community_help_threads')
      .select(['responder_contact', 'responder_consent_at'])
      .where('id', '=', second.split('/').pop()!)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { responder_contact: null, responder_consent_at: null }, 'the details are deleted');

    const late = await writer.post(`${thread}/contact/withdraw`, {});
    assert.equal(late.statusCode, 303);
    const shown = await writer.get(String(late.headers.location));
    assert.match(shown.body, /lässt sich nicht zurücknehmen/);
    assert.match(shown.body, new RegExp(HELPER), 'the exchanged details stay');
  });

  test("the writer cannot answer their own post, nobody answers a closed one; closing counts 'it helped'", async () => {
    const own = await writer.post(`${base}/help/${postId}/answer`, { name: 'Samira', body: 'Hallo' });
    assert.equal(own.statusCode, 303);
    assert.match((await writer.get(String(own.headers.location))).body, /Das ist Ihr eigener Eintrag/);
    assert.equal((await stranger.post(`${base}/help/${postId}/close`, { outcome: 'helped' })).statusCode, 404);
    assert.equal((await writer.post(`${base}/help/${postId}/close`, { outcome: 'helped' })).statusCode, 303);
    const again = await writer.post(`${base}/help/${postId}/close`, { outcome: 'helped' });
    assert.equal(again.statusCode, 303, 'closing twice is said plainly');
    assert.match((await writer.get(String(again.headers.location))).body, /schon abgeschlossen/);
    const late = await stranger.post(`${base}/help/${postId}/answer`, { name: 'Jan', body: 'Noch da?' });
    assert.equal(late.statusCode, 303);
    const shown = (await stranger.get(String(late.headers.location))).body;
    assert.match(shown, /abgeschlossen und nimmt keine neuen Antworten an/);
    assert.doesNotMatch(shown, /Noch da\?/);
    const counted = await t()
      .conn.db.selectFrom('community_help_helped')
      .select(['month', 'helped'])
      .where('municipality_id', '=', m)
      .where('category', '=', 'furniture')
      .orderBy('month', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(counted.month, `${t().app.deps.now().toISOString().slice(0, 7)}-01`);
    assert.ok(counted.helped >= 1);
    const cols = Object.keys(counted);
    assert.ok(!cols.some((c) => /user|name|post/.test(c)), 'the count keeps no names');
    const mine = await writer.get(`${base}/help/mine`);
    assert.match(mine.body, /Abgeschlossen: hat geholfen/);
  });
});
