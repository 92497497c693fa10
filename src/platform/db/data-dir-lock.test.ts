import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { connect } from './connection.ts';
import { lockDataDir } from './data-dir-lock.ts';

// Finding 3 of the account audit: two servers on one embedded data folder both started, and one side's commits
// were lost on restart without a word.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const { NODE_TEST_CONTEXT: _ignored, ...ENV } = process.env;

function node(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...ENV, NODE_OPTIONS: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function output(child: ChildProcess, stream: 'stdout' | 'stderr'): () => string {
  let text = '';
  child[stream]?.on('data', (d: Buffer) => {
    text += d.toString();
  });
  return () => text;
}

const exited = (child: ChildProcess) => new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

async function until(check: () => boolean, what: string, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('two processes: the second refuses the folder with one line naming it and the holder; the first keeps every row', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'zuhause-lock-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  const first = node(['src/testing/hold-data-dir.ts', dir]);
  const firstOut = output(first, 'stdout');
  const firstErr = output(first, 'stderr');
  const firstExit = exited(first);
  await until(() => firstOut().includes('ready') || first.exitCode !== null, 'the first process');
  assert.match(firstOut(), /ready/, firstErr());

  // The attacker (or a careless second `npm start`) on the same folder.
  const second = node(['src/server.ts'], {
    DATA_DIR: dir,
    PORT: '0',
    NODE_ENV: 'development',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
  });
  const secondErr = output(second, 'stderr');
  const code = await exited(second);
  assert.notEqual(code, 0, 'the second process exits with an error');
  const lines = secondErr().trim().split('\n');
  assert.equal(lines.length, 1, `one line: ${secondErr()}`);
  assert.equal(
    lines[0],
    `Data folder ${dir} is in use by process ${first.pid}; stop that process or choose another DATA_DIR.`,
  );

  first.stdin?.write('go\n');
  assert.equal(await firstExit, 0, firstErr());
  assert.match(firstOut(), /closed/);

  // After both are gone, every row of the first is there.
  const conn = await connect({ dataDir: dir });
  try {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from probe`.execute(conn.db);
    assert.equal(rows[0]!.n, 60);
  } finally {
    await conn.close();
  }
});

test('a lock left by a process that is gone (a crash, kill -9) is taken over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zuhause-lock-'));
  try {
    const gone = spawn(process.execPath, ['-e', '0']);
    await exited(gone);
    writeFileSync(join(dir, 'zuhause.lock'), `${gone.pid}\n`);
    const release = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, 'zuhause.lock'), 'utf8').trim(), String(process.pid));
    release();
    assert.equal(existsSync(join(dir, 'zuhause.lock')), false, 'released on close');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
