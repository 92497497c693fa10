import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

// The module boundaries are only as good as the dependency-cruiser rules that guard them: this builds a
// small tree with one violation of each kind and checks that `npm run depcheck`'s configuration names each.

const ROOT = join(import.meta.dirname, '..', '..');

test('the dependency rules catch cycles, platform→module, deep module imports and test code (also library testing folders)', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'zh-depcruise-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['tsconfig.json', '.dependency-cruiser.cjs', 'package.json'])
    copyFileSync(join(ROOT, f), join(dir, f));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const files: Record<string, string> = {
    'src/platform/p.ts': "import { b } from '../modules/b/index.ts';\nexport const p = b;\n",
    'src/platform/ok.ts': "import { q } from './q.ts';\nexport const ok = q;\n",
    'src/platform/q.ts': 'export const q = 1;\n',
    'src/modules/b/index.ts': 'export const b = 1;\n',
    'src/modules/b/views/v.tsx': 'export const V = () => <p>x</p>;\n',
    'src/modules/a/index.ts':
      "import { b } from '../b/index.ts';\nimport { V } from '../b/views/v.tsx';\nimport { y } from './c.ts';\nexport const a = [b, V, y];\n",
    'src/modules/a/c.ts': "import { a } from './index.ts';\nexport const y = () => a;\n",
    'src/modules/a/uses-test.ts': "import { h } from '../../testing/h.ts';\nexport const u = h;\n",
    'src/modules/a/a.test.ts':
      "import { h } from '../../testing/h.ts';\nimport { a } from './index.ts';\nexport const t = [h, a];\n",
    'src/testing/h.ts': 'export const h = 1;\n',
    'src/lib/l/testing/fixture.ts': 'export const fx = 1;\n',
    'src/lib/l/engine.ts': "import { fx } from './testing/fixture.ts';\nexport const e = fx;\n",
    'src/lib/l/engine.test.ts': "import { fx } from './testing/fixture.ts';\nexport const t = fx;\n",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const res = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'depcruise'),
    ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd: dir, encoding: 'utf8' },
  );
  const out = res.stdout + res.stderr;
  assert.notEqual(res.status, 0, out);
  const violations = out
    .split('\n')
    .filter((l) => /^\s*error /.test(l))
    .map((l) => l.trim());
  const expect = [
    /^error platform-knows-no-module: src\/platform\/p\.ts → src\/modules\/b\/index\.ts$/,
    /^error module-only-through-index: src\/modules\/a\/index\.ts → src\/modules\/b\/views\/v\.tsx$/,
    /^error no-circular: src\/modules\/a\/(c|index)\.ts →$/,
    /^error no-test-code-in-production: src\/modules\/a\/uses-test\.ts → src\/testing\/h\.ts$/,
    /^error library-test-support-only-in-tests: src\/lib\/l\/engine\.ts → src\/lib\/l\/testing\/fixture\.ts$/,
  ];
  for (const re of expect)
    assert.ok(
      violations.some((v) => re.test(v)),
      `${re} not in:\n${out}`,
    );
  assert.equal(violations.length, expect.length, `unexpected violations:\n${out}`);
});
