import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { manifests } from '../modules/index.ts';
import { catalogDirs, Messages } from '../platform/i18n/messages.ts';
import { JobRegistry } from '../platform/jobs/queue.ts';
import { PLATFORM_TABLES } from '../platform/modules/platform-tables.ts';
import { SEED_STEPS } from '../seed/seed.ts';

// The application is assembled from the manifests alone: these checks make sure that what a module folder
// holds is declared in its manifest, and that two manifests never claim the same thing.

const MODULES = join(import.meta.dirname, '..', 'modules');
// Not a module: the assignment engine is a library without routes, tables or pages (it moves to src/lib).
const LIBRARIES = new Set(['matching']);

describe('module manifests', () => {
  test('every module folder has a manifest in src/modules/index.ts, under its folder name', () => {
    const folders = readdirSync(MODULES, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !LIBRARIES.has(e.name))
      .map((e) => e.name)
      .sort();
    assert.deepEqual(manifests.map((m) => m.name).sort(), folders);
  });

  test("every module's catalog folder is its manifest's `locales`, and the messages load from the manifests", () => {
    for (const m of manifests) {
      const own = join(MODULES, m.name, 'locales');
      if (existsSync(own)) assert.equal(m.locales && fileURLToPath(m.locales), `${own}/`, `${m.name}: locales`);
    }
    const messages = new Messages(catalogDirs(manifests));
    for (const key of ['site.home.title', 'directory.admin.people', 'account.login.title', 'admin.nav.audit'])
      assert.ok(messages.has(key), `${key} is not loaded from the manifests`);
  });

  test('no table has two owners, and no module claims a platform table', () => {
    const owner = new Map<string, string>(PLATFORM_TABLES.map((t) => [t, 'platform']));
    const twice: string[] = [];
    for (const m of manifests) {
      for (const t of m.tables ?? []) {
        const first = owner.get(t);
        if (first) twice.push(`${t}: ${first} and ${m.name}`);
        else owner.set(t, m.name);
      }
    }
    assert.deepEqual(twice, []);
  });

  test('audit subjects are namespaced and declared once', () => {
    const seen = new Set<string>();
    for (const m of manifests) {
      for (const s of m.auditSubjects ?? []) {
        assert.ok(!seen.has(s), `${s} is declared twice`);
        assert.match(s, /^[a-z][a-z0-9_.]*$/);
        seen.add(s);
      }
    }
  });

  test('job handlers and seed steps are assembled from the manifests; a kind declared twice stops the start', () => {
    // Every manifest's steps, by `order` (default 100), then in manifest order.
    const declared = manifests.flatMap((m) => m.seed ?? []);
    const byOrder = [...declared.entries()].sort(([i, a], [j, b]) => (a.order ?? 100) - (b.order ?? 100) || i - j);
    assert.deepEqual(
      SEED_STEPS.map((s) => s.name),
      byOrder.map(([, s]) => s.name),
    );
    // The feedback step reads every municipality: it runs after the directory's step that makes them.
    const names = SEED_STEPS.map((s) => s.name);
    assert.ok(names.indexOf('site.feedback') > names.indexOf('directory'), names.join(', '));
    assert.ok(SEED_STEPS.length >= 1);
    const handler = async () => {};
    const registry = JobRegistry.from([{ jobs: { 'x.ping': handler } }, {}]);
    assert.equal(registry.get('x.ping'), handler);
    assert.throws(() => JobRegistry.from([{ jobs: { 'x.ping': handler } }, { jobs: { 'x.ping': handler } }]), /twice/);
    JobRegistry.from(manifests);
  });
});
