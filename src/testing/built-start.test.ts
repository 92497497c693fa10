import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

// The production start: `npm run build` compiles once, and the built server runs without the TypeScript loader,
// finding its catalogs, stylesheet, content and migrations. Built into a folder of its own so as not to disturb dist/.
const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'zuhause', `build-test-${process.pid}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the built server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

describe('built production start', () => {
  let child: ChildProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'zuhause-built-'));
  after(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(OUT, { recursive: true, force: true });
  });

  test('builds, and the built server answers /healthz and /de/ with its stylesheet', { timeout: 180_000 }, async () => {
    const build = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts'), '--out', OUT], {
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, build.stderr);
    const port = await freePort();
    // Plain node, no loader: what `npm run start:built` runs.
    child = spawn(process.execPath, [join(OUT, 'server.js')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'true',
      },
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/healthz`, child, 150);
    const home = await fetch(`${base}/de/`);
    assert.equal(home.status, 200);
    const html = await home.text();
    assert.match(html, /<html lang="de"/);
    assert.match(html, /Meppen/, 'the demo seed ran: migrations and seed were found');
    const css = /href="(\/assets\/app\.[0-9a-f]+\.css)"/.exec(html)?.[1];
    assert.ok(css, 'the page links the stylesheet');
    const sheet = await fetch(base + css);
    assert.equal(sheet.status, 200);
    assert.ok((await sheet.text()).length > 1000);
    const plain = await fetch(`${base}/de/leichte-sprache`);
    assert.equal(plain.status, 200, 'page content read from a JSON file beside the code');
  });
});
