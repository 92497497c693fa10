import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { makeFlat, makeHousehold } from '../testing/round.fixtures.ts';

const CLI = join(import.meta.dirname, 'cli.ts');
const EXAMPLES = join(import.meta.dirname, 'examples');
const dir = mkdtempSync(join(tmpdir(), 'zuhause-match-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('match CLI', () => {
  test('--edges prints exactly one JSON document with total, pairs and solveMs', () => {
    const { status, stdout } = run('--edges', join(EXAMPLES, 'edges.example.json'));
    assert.equal(status, 0);
    const output = JSON.parse(stdout) as { total: number; pairs: number[][]; solveMs: number };
    assert.deepEqual(Object.keys(output), ['total', 'pairs', 'solveMs']);
    assert.equal(output.total, 10);
    assert.deepEqual(output.pairs, [
      [0, 1],
      [1, 0],
    ]);
    assert.ok(output.solveMs >= 0);
  });

  test('a full round prints proposals, explanations and fairness; all policies side by side on request', () => {
    const single = run(join(EXAMPLES, 'round.example.json'));
    assert.equal(single.status, 0);
    const result = JSON.parse(single.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(result), ['summary', 'proposals', 'unmatched', 'flats', 'fairness']);
    assert.equal((result.summary as { mode: string }).mode, 'urgencyFirst');
    const compared = run(join(EXAMPLES, 'round.example.json'), '--mode', 'compare');
    const parsed = JSON.parse(compared.stdout) as {
      defaultMode: string;
      policies: { figures: { mode: string }; result: unknown }[];
    };
    assert.equal(parsed.defaultMode, 'urgencyFirst');
    assert.deepEqual(parsed.policies[0]!.result, result);
    assert.deepEqual(
      parsed.policies.map((policy) => policy.figures.mode),
      ['urgencyFirst', 'optimal', 'priority'],
    );
    const priority = JSON.parse(run(join(EXAMPLES, 'round.example.json'), '--mode', 'priority').stdout) as unknown;
    assert.deepEqual(parsed.policies[2]!.result, priority);
  });

  test('--emit-edges exports a round whose raw optimum equals the engine objective', () => {
    const round = join(EXAMPLES, 'round.example.json');
    const emitted = run(round, '--emit-edges');
    assert.equal(emitted.status, 0);
    const raw = run('--edges', file('emitted.json', emitted.stdout));
    const summary = (
      JSON.parse(run(round, '--mode', 'optimal').stdout) as { summary: { objective: number; placed: number } }
    ).summary;
    const solved = JSON.parse(raw.stdout) as { total: number; pairs: unknown[] };
    assert.equal(solved.total, summary.objective);
    assert.equal(solved.pairs.length, summary.placed);
  });

  test('bad input exits with 2 and names the field', () => {
    const cases: [string[], RegExp][] = [
      [['--edges', file('w.json', { households: 1, flats: 1, edges: [[0, 0, 0]] })], /edges\[0\]\[2\]/],
      [['--edges', file('broken.json', '{"households": 1,')], /not valid JSON/],
      [['--edges', join(dir, 'missing.json')], /cannot read/],
      [
        [
          file('n.json', {
            roundDate: '2025-06-01',
            households: [{ ...makeHousehold(), nationality: 'x' }],
            flats: [],
          }),
        ],
        /households\[0\]\.nationality: unknown field/,
      ],
      [
        [file('r.json', { roundDate: '2025-06-01', households: [], flats: [{ ...makeFlat(), rooms: 0 }] })],
        /flats\[0\]\.rooms/,
      ],
      [['--mode', 'fastest', 'x.json'], /--mode/],
      [[], /usage/],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = run(...args);
      assert.equal(status, 2, `${args.join(' ')}: ${stderr}`);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    }
  });
});
