import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

const SECRET = 's'.repeat(40);
const ROOT = join(import.meta.dirname, '..');

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'zh-config-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
    assert.ok(!err.message.includes('\n'), `more than one line: ${err.message}`);
    return err.message;
  }
  assert.fail(`accepted ${JSON.stringify(env)}`);
}

test('defaults: port 3000 on localhost, embedded database in ./data, German, demo on', (t) => {
  const dir = tempDir(t);
  const c = loadConfig({ DATA_DIR: dir });
  assert.equal(c.port, 3000);
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.baseUrl, 'http://localhost:3000');
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.dataDir, dir);
  assert.equal(c.defaultLocale, 'de');
  assert.equal(c.env, 'development');
  assert.equal(c.demoMode, true);
  assert.equal(c.seedDemo, true);
  assert.equal(c.logLevel, 'info');
  assert.deepEqual(c.trustProxy, []);
  assert.equal(c.smtpUrl, undefined);
  assert.equal(c.sessionSecret, undefined, 'outside production the database keeps a generated one');
});

test('the default data directory is ./data', () => {
  const c = loadConfig({ DATABASE_URL: 'postgres://localhost/x' });
  assert.equal(c.dataDir, join(process.cwd(), 'data'));
});

test('TRUST_PROXY names proxies: addresses and CIDR ranges; "true" and garbage are refused', () => {
  assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,loopback' }).trustProxy, [
    '10.0.0.5',
    '10.1.0.0/16',
    'loopback',
  ]);
  assert.deepEqual(loadConfig({ TRUST_PROXY: 'false' }).trustProxy, []);
  assert.match(refusal({ TRUST_PROXY: 'true' }), /TRUST_PROXY.*name the proxies/);
  assert.match(refusal({ TRUST_PROXY: '10.0.0.0/99' }), /TRUST_PROXY/);
  assert.match(refusal({ TRUST_PROXY: 'proxy.example' }), /TRUST_PROXY/);
});

test('production needs TOTP_KEY too', () => {
  const env = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/z', SESSION_SECRET: SECRET };
  assert.match(refusal(env), /TOTP_KEY/);
  assert.equal(loadConfig({ ...env, TOTP_KEY: SECRET }).totpKey, SECRET);
});

test('a bad PORT stops with one line naming PORT', () => {
  for (const port of ['abc', '70000', '-1', '3.5']) assert.match(refusal({ PORT: port }), /\bPORT\b/);
});

test('production without SESSION_SECRET fails naming it; a short one too', () => {
  assert.match(refusal({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/z' }), /SESSION_SECRET/);
  assert.match(refusal({ NODE_ENV: 'production', SESSION_SECRET: 'short' }), /SESSION_SECRET/);
  const c = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://db/z',
    SESSION_SECRET: SECRET,
    TOTP_KEY: SECRET,
  });
  assert.equal(c.sessionSecret, SECRET);
  assert.equal(c.demoMode, false, 'production is never in demo mode by default');
  assert.equal(c.seedDemo, false);
});

test('DATABASE_URL must be a postgres URL; a server database turns demo mode off', () => {
  assert.match(refusal({ DATABASE_URL: 'mysql://localhost/x' }), /DATABASE_URL/);
  assert.match(refusal({ DATABASE_URL: 'localhost:5432' }), /DATABASE_URL/);
  for (const url of ['postgres://u@h:5432/d', 'postgresql://h/d']) {
    const c = loadConfig({ DATABASE_URL: url });
    assert.equal(c.databaseUrl, url);
    assert.equal(c.demoMode, false);
  }
});

test('other settings are validated and named', () => {
  assert.match(refusal({ DEFAULT_LOCALE: 'fr' }), /DEFAULT_LOCALE/);
  assert.match(refusal({ SMTP_URL: 'http://mail' }), /SMTP_URL/);
  assert.match(refusal({ BASE_URL: 'not a url' }), /BASE_URL/);
  assert.match(refusal({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
  assert.match(refusal({ DEMO_MODE: 'maybe' }), /DEMO_MODE/);
  assert.match(refusal({ NODE_ENV: 'staging' }), /NODE_ENV/);
});

test('explicit settings win; empty values count as unset; BASE_URL loses its trailing slash', (t) => {
  const c = loadConfig({
    DATA_DIR: tempDir(t),
    PORT: '8080',
    BASE_URL: 'https://zuhause.example/',
    DEFAULT_LOCALE: 'ar',
    DEMO_MODE: 'false',
    SEED_DEMO: 'yes',
    TRUST_PROXY: '192.0.2.1',
    SESSION_SECRET: '',
  });
  assert.equal(c.port, 8080);
  assert.equal(c.baseUrl, 'https://zuhause.example');
  assert.equal(c.defaultLocale, 'ar');
  assert.equal(c.demoMode, false);
  assert.equal(c.seedDemo, true);
  assert.deepEqual(c.trustProxy, ['192.0.2.1']);
});

test('npm start fails fast: PORT=abc exits 78 with a line naming PORT', async () => {
  // The server must not believe it runs under the test runner.
  const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...env, PORT: 'abc', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('server did not stop within 30 s'));
    }, 30_000);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  assert.equal(code, 78, stderr);
  assert.match(stderr, /PORT/);
  assert.equal(stderr.trim().split('\n').length, 1, stderr);
});

test('the README documents every setting', () => {
  const source = readFileSync(join(ROOT, 'src', 'config.ts'), 'utf8');
  const schema = source.slice(source.indexOf('z.object({'), source.indexOf('});', source.indexOf('z.object({')));
  const names = [...schema.matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
  assert.ok(names.includes('PORT') && names.includes('DATABASE_URL'), `read ${names.join(', ')}`);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const missing = names.filter((n) => !readme.includes(`| \`${n}\` |`));
  assert.deepEqual(missing, [], 'add these to the configuration table in README.md');
});

test('retention periods and the feedback address: defaults, and out-of-range values refused', (t) => {
  const dir = tempDir(t);
  const c = loadConfig({ DATA_DIR: dir });
  assert.equal(c.feedbackRetentionDays, 365);
  assert.equal(c.auditRetentionDays, 730);
  assert.equal(c.feedbackEmail, undefined);
  const set = loadConfig({
    DATA_DIR: dir,
    FEEDBACK_RETENTION_DAYS: '90',
    AUDIT_RETENTION_DAYS: '3650',
    FEEDBACK_EMAIL: 'team@land.example',
  });
  assert.deepEqual(
    [set.feedbackRetentionDays, set.auditRetentionDays, set.feedbackEmail],
    [90, 3650, 'team@land.example'],
  );
  assert.match(refusal({ DATA_DIR: dir, FEEDBACK_RETENTION_DAYS: '7' }), /^Invalid setting FEEDBACK_RETENTION_DAYS/);
  assert.match(refusal({ DATA_DIR: dir, AUDIT_RETENTION_DAYS: 'zwei Jahre' }), /^Invalid setting AUDIT_RETENTION_DAYS/);
  assert.match(refusal({ DATA_DIR: dir, FEEDBACK_EMAIL: 'kein-at' }), /^Invalid setting FEEDBACK_EMAIL/);
});

test('OUTBOUND_ALLOW_PRIVATE: off by default, on when set, a bad value refused naming it', (t) => {
  const dir = tempDir(t);
  assert.equal(loadConfig({ DATA_DIR: dir }).allowPrivateAddresses, false);
  assert.equal(
    loadConfig({ DATA_DIR: dir, NODE_ENV: 'production', SESSION_SECRET: SECRET, TOTP_KEY: SECRET })
      .allowPrivateAddresses,
    false,
  );
  assert.equal(loadConfig({ DATA_DIR: dir, OUTBOUND_ALLOW_PRIVATE: 'true' }).allowPrivateAddresses, true);
  assert.equal(loadConfig({ DATA_DIR: dir, OUTBOUND_ALLOW_PRIVATE: 'no' }).allowPrivateAddresses, false);
  assert.match(refusal({ DATA_DIR: dir, OUTBOUND_ALLOW_PRIVATE: 'sometimes' }), /OUTBOUND_ALLOW_PRIVATE/);
});
