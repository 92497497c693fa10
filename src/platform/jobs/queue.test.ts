import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Connection } from '../db/connection.ts';
import { testDatabase } from '../../testing/db.ts';
import { backoffMs } from './backoff.ts';
import { enqueue, type Job, JobRegistry, runDueJobs } from './queue.ts';
import { fixture } from '../../testing/fixture.ts';

const T0 = new Date('2026-11-26T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

async function jobRow(conn: Connection, id: string) {
  return conn.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('job queue', () => {
  const conn = fixture(() => testDatabase());

  it('runs a due job once with its payload, and a future job only when its time has come', async () => {
    const registry = new JobRegistry();
    const seen: Job[] = [];
    registry.register('test.record', async (job) => {
      seen.push(job);
    });
    const now = await enqueue(conn().db, { kind: 'test.record', payload: { n: 1, text: 'مرحبا' }, runAt: T0 });
    const later = await enqueue(conn().db, { kind: 'test.record', payload: { n: 2 }, runAt: at(60_000) });

    const first = await runDueJobs(conn().db, T0, { registry });
    assert.deepEqual(first, { done: 1, retried: 0, dead: 0 });
    assert.deepEqual(
      seen.map((j) => j.payload),
      [{ n: 1, text: 'مرحبا' }],
    );
    assert.equal(seen[0]!.attempts, 1);
    const done = await jobRow(conn(), now);
    assert.equal(done.status, 'done');
    assert.equal(done.locked_until, null);
    assert.equal((await jobRow(conn(), later)).status, 'queued');

    assert.deepEqual(await runDueJobs(conn().db, T0, { registry }), { done: 0, retried: 0, dead: 0 });
    await runDueJobs(conn().db, at(60_000), { registry });
    assert.deepEqual(
      seen.map((j) => (j.payload as { n: number }).n),
      [1, 2],
    );
  });

  it('runs the handler outside the claiming transaction, seeing its job as running', async () => {
    const registry = new JobRegistry();
    let statusSeen = '';
    // With PGlite's single connection, a handler inside the claim transaction would wait forever here.
    registry.register('test.look', async (job, ctx) => {
      statusSeen = (await jobRow({ ...conn(), db: ctx.db }, job.id)).status;
    });
    await enqueue(conn().db, { kind: 'test.look', runAt: T0 });
    await runDueJobs(conn().db, T0, { registry });
    assert.equal(statusSeen, 'running');
  });

  it('retries a failing job with exponential back-off and keeps it dead with its error after max attempts', async () => {
    const registry = new JobRegistry();
    let calls = 0;
    registry.register('test.fail', async () => {
      calls++;
      throw new Error(`boom ${calls}`);
    });
    const id = await enqueue(conn().db, { kind: 'test.fail', runAt: T0, maxAttempts: 3 });

    assert.deepEqual(await runDueJobs(conn().db, T0, { registry }), { done: 0, retried: 1, dead: 0 });
    let row = await jobRow(conn(), id);
    assert.equal(row.status, 'queued');
    assert.equal(row.attempts, 1);
    assert.equal(row.last_error, 'Error: boom 1');
    assert.equal(new Date(row.run_at).getTime(), at(backoffMs(1)).getTime());

    // Not before the back-off has passed.
    await runDueJobs(conn().db, at(backoffMs(1) - 1), { registry });
    assert.equal(calls, 1);
    await runDueJobs(conn().db, at(backoffMs(1)), { registry });
    row = await jobRow(conn(), id);
    assert.equal(row.attempts, 2);
    const second = new Date(row.run_at).getTime() - at(backoffMs(1)).getTime();
    assert.equal(second, backoffMs(2));
    assert.ok(backoffMs(2) > backoffMs(1));

    assert.deepEqual(await runDueJobs(conn().db, at(3_600_000), { registry }), { done: 0, retried: 0, dead: 1 });
    row = await jobRow(conn(), id);
    assert.equal(row.status, 'dead');
    assert.equal(row.attempts, 3);
    assert.equal(row.last_error, 'Error: boom 3');
    assert.ok(row.finished_at);
    await runDueJobs(conn().db, at(86_400_000), { registry });
    assert.equal(calls, 3);
  });

  it('fails a job whose kind has no handler, saying so', async () => {
    const id = await enqueue(conn().db, { kind: 'test.nobody', runAt: T0, maxAttempts: 1 });
    await runDueJobs(conn().db, T0, { registry: new JobRegistry() });
    const row = await jobRow(conn(), id);
    assert.equal(row.status, 'dead');
    assert.match(row.last_error ?? '', /no handler registered for job kind test\.nobody/);
  });

  it('never runs a job queued in a transaction that rolled back', async () => {
    const registry = new JobRegistry();
    let calls = 0;
    registry.register('test.rollback', async () => {
      calls++;
    });
    await assert.rejects(
      conn()
        .db.transaction()
        .execute(async (tx) => {
          await enqueue(tx, { kind: 'test.rollback', runAt: T0 });
          throw new Error('use case failed');
        }),
    );
    await runDueJobs(conn().db, at(60_000), { registry });
    assert.equal(calls, 0);
    const n = await conn()
      .db.selectFrom('jobs')
      .select(sql<number>`count(*)`.as('n'))
      .where('kind', '=', 'test.rollback')
      .executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 0);
  });

  it('takes up a job whose worker died (lease expired), and buries it when that was its last attempt', async () => {
    const registry = new JobRegistry();
    let calls = 0;
    registry.register('test.orphan', async () => {
      calls++;
    });
    const retry = await enqueue(conn().db, { kind: 'test.orphan', runAt: T0, maxAttempts: 3 });
    const last = await enqueue(conn().db, { kind: 'test.orphan', runAt: T0, maxAttempts: 1 });
    // As a worker that crashed after claiming them would leave them.
    await conn()
      .db.updateTable('jobs')
      .set({ status: 'running', attempts: 1, locked_until: at(1000), locked_by: 'dead-worker' })
      .where('id', 'in', [retry, last])
      .execute();

    await runDueJobs(conn().db, at(500), { registry });
    assert.equal(calls, 0, 'a live lease is respected');
    await runDueJobs(conn().db, at(1000), { registry });
    assert.equal(calls, 1);
    assert.equal((await jobRow(conn(), retry)).status, 'done');
    assert.equal((await jobRow(conn(), retry)).attempts, 2);
    const buried = await jobRow(conn(), last);
    assert.equal(buried.status, 'dead');
    assert.match(buried.last_error ?? '', /lease expired/);
  });

  it('runs each job exactly once when several runners claim at the same time', async () => {
    const registry = new JobRegistry();
    const counts = new Map<number, number>();
    registry.register('test.parallel', async (job) => {
      const n = (job.payload as { n: number }).n;
      counts.set(n, (counts.get(n) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 2));
    });
    for (let n = 0; n < 30; n++) await enqueue(conn().db, { kind: 'test.parallel', payload: { n }, runAt: T0 });
    const results = await Promise.all([
      runDueJobs(conn().db, T0, { registry, concurrency: 3 }),
      runDueJobs(conn().db, T0, { registry, concurrency: 3 }),
    ]);
    assert.equal(results[0]!.done + results[1]!.done, 30);
    assert.equal(counts.size, 30);
    assert.ok([...counts.values()].every((c) => c === 1));
  });

  it('keeps the back-off doubling and capped', () => {
    assert.equal(backoffMs(1), 30_000);
    assert.equal(backoffMs(2), 60_000);
    assert.equal(backoffMs(5), 480_000);
    assert.equal(backoffMs(40), 6 * 3600_000);
  });
});
