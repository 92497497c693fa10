import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { seedId } from '../../platform/modules/seed-context.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { seedDemo } from '../../seed/seed.ts';
import { testDatabase } from '../../testing/db.ts';
import { answerHelpPost, closeOwnHelpPost, createHelpPost, setHelpContact } from './help.service.ts';

// Nothing counted twice and no conversation doubled when the same person clicks twice or two people act at once.
// PGlite by default; with TEST_DATABASE_URL on the server (pool of 10), where the requests really overlap and the
// row lock on the post and the unique key of a conversation decide.

describe('neighbourly help under concurrent requests', () => {
  let conn: Connection;
  let m = '';
  let writer = '';
  let neighbours: string[] = [];
  before(async () => {
    conn = await testDatabase();
    const ctx = await seedDemo(conn.db);
    m = seedId(ctx, 'municipality', 'meppen');
    writer = seedId(ctx, 'user', 'bewohner.meppen');
    neighbours = ['ehrenamt.meppen', 'beratung.meppen', 'qm.meppen', 'admin.meppen'].map((k) => seedId(ctx, 'user', k));
  });
  after(() => conn.close());

  const call = (actor: string) => ({ db: conn.db, tenant: tenant(m), actor, requestId: null, now: new Date() });
  const input = {
    kind: 'request' as const,
    category: 'homework' as const,
    authorName: 'Ahmad',
    locale: 'ar' as const,
    title: 'مساعدة في الرياضيات',
    body: 'ابني في الصف السابع.',
  };
  const newPost = () =>
    runUseCase('t.post', call(writer), (uc) => createHelpPost(uc, { input, quartierId: null, userId: writer }));
  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => 'ok',
      (e: unknown) => (e instanceof AppError ? e.messageKey : Promise.reject(e)),
    );

  test('twenty "it helped" at once close the post once and count one', async () => {
    const postId = await newPost();
    const before = await helped();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        outcome(
          runUseCase('t.close', call(writer), (uc) =>
            closeOwnHelpPost(uc, { postId, userId: writer, outcome: 'helped' }),
          ),
        ),
      ),
    );
    assert.equal(results.filter((r) => r === 'ok').length, 1);
    assert.ok(results.every((r) => r === 'ok' || r === 'community.help.error.alreadyClosed'));
    assert.equal((await helped()) - before, 1);
  });

  test('ten first answers of one neighbour at once make one conversation with ten messages', async () => {
    const postId = await newPost();
    const [n] = neighbours;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        runUseCase('t.answer', call(n!), (uc) =>
          answerHelpPost(uc, null, { postId, userId: n!, input: { name: 'Gerda', body: `Antwort ${i}` } }),
        ),
      ),
    );
    const threads = await conn.db
      .selectFrom('community_help_threads')
      .select('id')
      .where('post_id', '=', postId)
      .execute();
    assert.equal(threads.length, 1);
    const messages = await conn.db
      .selectFrom('community_help_messages')
      .select('id')
      .where('thread_id', '=', threads[0]!.id)
      .execute();
    assert.equal(messages.length, 10);
  });

  test('answers racing a close: each answer is stored before the close or refused after it, never on a closed post', async () => {
    const postId = await newPost();
    const answers = neighbours.map((n, i) =>
      outcome(
        runUseCase('t.answer', call(n), (uc) =>
          answerHelpPost(uc, null, { postId, userId: n, input: { name: `N${i}`, body: 'Ich helfe.' } }),
        ),
      ),
    );
    const close = outcome(
      runUseCase('t.close', call(writer), (uc) =>
        closeOwnHelpPost(uc, { postId, userId: writer, outcome: 'not_helped' }),
      ),
    );
    const results = await Promise.all([...answers, close]);
    assert.equal(results.at(-1), 'ok');
    const post = await conn.db
      .selectFrom('community_help_posts')
      .select(['closed_at'])
      .where('id', '=', postId)
      .executeTakeFirstOrThrow();
    const late = await conn.db
      .selectFrom('community_help_messages as x')
      .innerJoin('community_help_threads as h', 'h.id', 'x.thread_id')
      .select('x.id')
      .where('h.post_id', '=', postId)
      .where('x.created_at', '>', post.closed_at!)
      .execute();
    assert.equal(late.length, 0);
    const stored = results.slice(0, -1).filter((r) => r === 'ok').length;
    const threads = await conn.db
      .selectFrom('community_help_threads')
      .select('id')
      .where('post_id', '=', postId)
      .execute();
    assert.equal(threads.length, stored, 'every refused answer left nothing behind');
  });

  test('both sides consenting at once: the details are exchanged, each stored once', async () => {
    const postId = await newPost();
    const n = neighbours[1]!;
    const threadId = await runUseCase('t.answer', call(n), (uc) =>
      answerHelpPost(uc, null, { postId, userId: n, input: { name: 'Layla', body: 'Gern.' } }),
    );
    const [a, b] = await Promise.all([
      runUseCase('t.c', call(writer), (uc) =>
        setHelpContact(uc, { postId, threadId, userId: writer, contact: '0151 1' }),
      ),
      runUseCase('t.c', call(n), (uc) => setHelpContact(uc, { postId, threadId, userId: n, contact: '0151 2' })),
    ]);
    assert.deepEqual([a, b].sort(), ['exchanged', 'shared'], 'the second to agree completes the exchange');
  });

  async function helped(): Promise<number> {
    const r = await conn.db
      .selectFrom('community_help_helped')
      .select((eb) => eb.fn.sum<string | null>('helped').as('n'))
      .where('municipality_id', '=', m)
      .where('category', '=', 'homework')
      .executeTakeFirstOrThrow();
    return Number(r.n ?? 0);
  }
});
