// Child processes the load benchmark drives: the built application (embedded or PostgreSQL) and a bare Fastify
// hello-world, each in its own process so that the load generator does not share their event loop.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = join(import.meta.dirname, '..', '..');

export interface Served {
  name: string;
  url: string;
  /** The processes whose CPU time a request costs: the server, and for PostgreSQL its backends for this database. */
  pids(): Promise<number[]>;
  stop(): Promise<void>;
}

/** CPU time (user + system) the processes have used so far, in microseconds; a process that is gone counts 0. */
export function cpuMicros(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone, or not Linux
    }
  }
  return (ticks * 1_000_000) / CLOCK_TICKS;
}
// USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).
const CLOCK_TICKS = 100;

/** Waits until `url` answers 200, or fails after `seconds`. */
async function waitFor(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

function stopper(child: ChildProcess, after?: () => Promise<void>): () => Promise<void> {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await after?.();
  };
}

/** The bare Fastify hello-world every figure is compared with. */
export async function startHello(port: number): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'hello.ts'), String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child, 30);
  return { name: 'hello-world', url, pids: async () => [child.pid!], stop: stopper(child) };
}

/** The built application (`dist/server.js`) on a fresh embedded database in a temporary folder. */
export async function startEmbedded(port: number): Promise<Served> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zuhause-bench-'));
  const child = spawnApp(port, { DATA_DIR: dataDir, DEMO_MODE: 'true', SEED_DEMO: 'true' });
  await waitFor(`http://127.0.0.1:${port}/healthz`, child, 120);
  const stop = stopper(child, async () => rmSync(dataDir, { recursive: true, force: true }));
  return { name: 'embedded', url: `http://127.0.0.1:${port}`, pids: async () => [child.pid!], stop };
}

/** The built application on a fresh PostgreSQL database, created on the server `serverUrl` names and dropped after. */
export async function startPostgres(port: number, serverUrl: string): Promise<Served> {
  const name = `zuhause_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const child = spawnApp(port, { DATABASE_URL: url.toString(), DEMO_MODE: 'true', SEED_DEMO: 'true' });
  try {
    await waitFor(`http://127.0.0.1:${port}/healthz`, child, 120);
  } catch (err) {
    await stopper(child, () => admin(serverUrl, `drop database if exists ${name} with (force)`))();
    throw err;
  }
  const stop = stopper(child, () => admin(serverUrl, `drop database if exists ${name} with (force)`));
  const pids = async () => [child.pid!, ...(await backends(serverUrl, name))];
  return { name: 'postgres', url: `http://127.0.0.1:${port}`, pids, stop };
}

function spawnApp(port: number, env: Record<string, string>): ChildProcess {
  // BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers (NODE_OPTIONS refuses those flags).
  const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  return spawn(process.execPath, [...flags, process.env.BENCH_SERVER ?? join(ROOT, 'dist', 'server.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: '',
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      TOTP_KEY: randomBytes(32).toString('base64url'),
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
}

/** The server processes (backends) connected to database `name`: their CPU is part of what a request costs. */
async function backends(serverUrl: string, name: string): Promise<number[]> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    const r = await c.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name]);
    return r.rows.map((row) => row.pid);
  } finally {
    await c.end();
  }
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}
