import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Connection } from '../db/connection.ts';
import { testDatabase } from '../../testing/db.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHILD = join(import.meta.dirname, 'schedule.child.fixture.ts');
const SERVER = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** A child process speaking the line protocol of schedule.child.fixture.ts. */
class Child {
  private readonly lines: AsyncIterator<string>;
  private readonly rl: Interface;
  constructor(readonly proc: ChildProcessWithoutNullStreams) {
    this.rl = createInterface({ input: proc.stdout });
    this.lines = this.rl[Symbol.asyncIterator]();
    proc.stderr.on('data', (d: Buffer) => process.stderr.write(d));
  }
  async next(): Promise<string> {
    const r = await this.lines.next();
    if (r.done) throw new Error(`child ${this.proc.pid} ended early (exit ${this.proc.exitCode})`);
    return r.value;
  }
  async tick(at: Date): Promise<{ enqueued: number; ran: number }> {
    this.proc.stdin.write(`tick ${at.toISOString()}\n`);
    const [, enqueued, ran] = (await this.next()).split(' ');
    return { enqueued: Number(enqueued), ran: Number(ran) };
  }
  async quit(): Promise<void> {
    const exited = new Promise((r) => this.proc.once('exit', r));
    this.proc.stdin.end('quit\n');
    await exited;
    this.rl.close();
  }
}

// Two processes on one database need a server: PGlite is an embedded database that serves a single process.
describe('schedules across two processes', {
  skip: SERVER ? false : 'needs TEST_DATABASE_URL (PGlite serves one process)',
}, () => {
  let conn: Connection;
  let children: Child[] = [];
  before(async () => {
    conn = await testDatabase();
    await sql`create table schedule_probe (slot timestamptz not null, pid integer not null)`.execute(conn.db);
    const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(conn.db);
    const url = new URL(SERVER ?? '');
    url.pathname = `/${rows[0]?.db}`;
    children = [0, 1].map(
      () => new Child(spawn(process.execPath, ['--import', 'tsx', CHILD, url.toString()], { cwd: ROOT })),
    );
    for (const c of children) assert.equal(await c.next(), 'ready');
  });
  after(async () => {
    await Promise.all(children.map((c) => c.quit()));
    await conn.close();
  });

  it('runs a per-minute schedule for three minutes: every slot exactly once', async () => {
    const T0 = new Date('2026-12-01T10:00:00Z');
    // Both processes see the same moment at once, every 10 s from 10:00:00 to 10:03:00 (19 ticks, 4 slots).
    for (let s = 0; s <= 180; s += 10) {
      const now = new Date(T0.getTime() + s * 1000);
      const results = await Promise.all(children.map((c) => c.tick(now)));
      const enqueued = results.reduce((n, r) => n + r.enqueued, 0);
      assert.equal(enqueued, s % 60 === 0 ? 1 : 0, `slots enqueued at +${s}s`);
    }
    const probes = await sql<{ slot: Date; runs: number }>`
      select slot, count(*)::int as runs from schedule_probe group by slot order by slot`.execute(conn.db);
    assert.deepEqual(
      probes.rows.map((r) => [new Date(r.slot).toISOString(), r.runs]),
      [0, 1, 2, 3].map((m) => [new Date(T0.getTime() + m * 60_000).toISOString(), 1]),
    );
    const jobs = await conn.db.selectFrom('jobs').select(['status', 'attempts']).execute();
    assert.equal(jobs.length, 4);
    assert.ok(jobs.every((j) => j.status === 'done' && j.attempts === 1));
  });
});
