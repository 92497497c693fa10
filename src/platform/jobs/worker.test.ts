import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { testDatabase } from '../../testing/db.ts';
import { queueMail } from '../mail/outbox.ts';
import { createBackgroundWorker } from './background.ts';
import { enqueue, JobRegistry, runDueJobs } from './queue.ts';
import { createWorker } from './worker.ts';
import { fixture } from '../../testing/fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(10);
  }
}

describe('worker poll loop', () => {
  const conn = fixture(() => testDatabase());

  it('runs jobs as they come, and stop() waits for the running job and then runs nothing more', async () => {
    const registry = new JobRegistry();
    const finished: number[] = [];
    let started = 0;
    registry.register('test.slow', async (job) => {
      started++;
      await wait(150);
      finished.push((job.payload as { n: number }).n);
    });
    const worker = createWorker({
      intervalMs: 10,
      steps: [async ({ now, signal }) => (await runDueJobs(conn().db, now, { registry, signal })).done],
    });
    worker.start();
    await enqueue(conn().db, { kind: 'test.slow', payload: { n: 1 } });
    await until(async () => started === 1);
    await worker.stop();
    assert.deepEqual(finished, [1], 'stop() returned only after the running job had finished');

    await enqueue(conn().db, { kind: 'test.slow', payload: { n: 2 } });
    await wait(80);
    assert.equal(started, 1, 'nothing runs after stop');
    const waiting = await conn()
      .db.selectFrom('jobs')
      .select('status')
      .where('kind', '=', 'test.slow')
      .orderBy('created_at')
      .execute();
    assert.deepEqual(
      waiting.map((r) => r.status),
      ['done', 'queued'],
    );
  });

  it('goes on polling after a step throws', async () => {
    let calls = 0;
    const errors: unknown[] = [];
    const worker = createWorker({
      intervalMs: 5,
      log: { warn: () => {}, error: (obj) => errors.push(obj) },
      steps: [
        async () => {
          calls++;
          if (calls === 1) throw new Error('database gone for a moment');
          return 0;
        },
      ],
    });
    worker.start();
    await until(async () => calls >= 3);
    await worker.stop();
    assert.equal(errors.length, 1);
  });

  it('the background worker keeps mail when no SMTP is configured', async () => {
    const id = await queueMail(conn().db, { to: 'a@example.org', subject: 'Hallo', text: 'Text' });
    const worker = createBackgroundWorker({
      db: conn().db,
      config: { smtpUrl: undefined, mailFrom: 'z@example.org' },
      registry: new JobRegistry(),
      intervalMs: 10,
    });
    worker.start();
    await until(async () => {
      const row = await conn()
        .db.selectFrom('mail_outbox')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return row.status === 'kept';
    });
    await worker.stop();
  });

  it('does not keep the process alive once started and left idle', async () => {
    const script = [
      "import { createWorker } from './src/platform/jobs/worker.ts';",
      'const w = createWorker({ intervalMs: 60_000, steps: [async () => 0] });',
      'w.start();',
      // Let the first cycle finish, so that the next poll (a minute away) is what is pending.
      'await new Promise((r) => setTimeout(r, 50));',
    ].join('\n');
    const started = Date.now();
    await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      timeout: 20_000,
    });
    assert.ok(Date.now() - started < 20_000);
  });
});
