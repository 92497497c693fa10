import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { menteeFacts, mentorFacts } from './matching.fixtures.ts';
import type { MenteeFacts, MentorFacts } from './matching.score.ts';
import { scorePair } from './matching.score.ts';
import { balanceReport, type MentorSlots, proposePairs } from './matching.solve.ts';

const TOPICS = ['integration', 'housing', 'education', 'youth', 'culture'];
const LANGS = ['de', 'ar', 'fa', 'uk', 'tr'];

const e = (id: string, o: Partial<MenteeFacts> = {}): MenteeFacts => menteeFacts({ id, ...o });
const r = (id: string, free: number, o: Partial<MentorFacts> = {}): MentorSlots => ({
  facts: mentorFacts({ id, ...o }),
  free,
});

// A small deterministic random generator (mulberry32), so that the cases are the same on every run.
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rand: () => number, from: string[]) => from.filter(() => rand() < 0.4);

/** The best total by trying every assignment (mentees to mentors within their free places). */
function bruteForce(mentees: MenteeFacts[], mentors: MentorSlots[]): number {
  let best = 0;
  const left = mentors.map((m) => m.free);
  const go = (i: number, total: number) => {
    if (i === mentees.length) {
      best = Math.max(best, total);
      return;
    }
    go(i + 1, total);
    mentors.forEach((m, j) => {
      if (left[j]! <= 0) return;
      const s = scorePair(mentees[i]!, m.facts, false).score;
      if (s === null) return;
      left[j]!--;
      go(i + 1, total + s);
      left[j]!++;
    });
  };
  go(0, 0);
  return best;
}

const total = (ps: ReturnType<typeof proposePairs>) => ps.reduce((s, p) => s + p.score, 0);

describe('the proposals of a run', () => {
  test('a mentor with capacity k takes up to k mentees; 0 (paused) takes none', () => {
    const mentees = ['a', 'b', 'c', 'd'].map((id) => e(id, { topics: ['housing'] }));
    const ps = proposePairs(mentees, [r('two', 2, { topics: ['housing'] }), r('paused', 0), r('one', 1)], false);
    const per = (id: string) => ps.filter((p) => p.mentorId === id).length;
    assert.equal(per('two'), 2);
    assert.equal(per('one'), 1);
    assert.equal(per('paused'), 0);
    assert.equal(ps.length, 3);
  });

  test('optimal, not greedy: the mentee with only one option gets it', () => {
    // Greedy would give "flex" the Arabic-speaking mentor (higher score) and leave "only" without anyone.
    const mentees = [e('flex', { languages: ['de', 'ar'], topics: ['housing'] }), e('only', { languages: ['ar'] })];
    const mentors = [r('ar', 1, { languages: ['de', 'ar'], topics: ['housing'] }), r('de', 1, { languages: ['de'] })];
    const ps = proposePairs(mentees, mentors, false);
    assert.deepEqual(
      ps.map((p) => `${p.menteeId}-${p.mentorId}`),
      ['flex-de', 'only-ar'],
    );
  });

  test('a pair declined before is not proposed again', () => {
    const ps = proposePairs([e('a')], [r('x', 1), r('y', 1)], false, new Set(['a:x']));
    assert.deepEqual(
      ps.map((p) => p.mentorId),
      ['y'],
    );
  });

  test('the total equals the best of all assignments on 200 random small cases', () => {
    const rand = rng(20261207);
    for (let n = 0; n < 200; n++) {
      const mentees = Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, i) =>
        e(`e${i}`, {
          topics: pick(rand, TOPICS),
          languages: pick(rand, LANGS),
          availability: pick(rand, ['weekend', 'online']),
        }),
      );
      const mentors = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) =>
        r(`r${i}`, Math.floor(rand() * 3), { topics: pick(rand, TOPICS), languages: pick(rand, LANGS) }),
      );
      const ps = proposePairs(mentees, mentors, false);
      assert.equal(total(ps), bruteForce(mentees, mentors), `case ${n}`);
      for (const m of mentors) assert.ok(ps.filter((p) => p.mentorId === m.facts.id).length <= m.free);
      assert.equal(new Set(ps.map((p) => p.menteeId)).size, ps.length);
    }
  });
});

describe('the balance report', () => {
  const base = { targetPercent: 50, places: 10, womenApplied: 3, matched: 10, matchedWomen: 3, womenWithoutPairing: 0 };

  test('below target because too few women applied: says so with the numbers', () => {
    const b = balanceReport(base);
    assert.equal(b.sharePercent, 30);
    assert.deepEqual(b.shortfall, {
      key: 'mentoring.matching.balance.fewApplied',
      values: { women: 3, places: 10, needed: 5 },
    });
  });

  test('below target while women with a place found no pair: names how many', () => {
    const b = balanceReport({ ...base, womenApplied: 6, womenWithoutPairing: 2 });
    assert.deepEqual(b.shortfall, { key: 'mentoring.matching.balance.unpaired', values: { women: 2 } });
  });

  test('at or above target, or without a target: no shortfall', () => {
    assert.equal(balanceReport({ ...base, matchedWomen: 5 }).shortfall, null);
    assert.equal(balanceReport({ ...base, targetPercent: null }).shortfall, null);
    assert.equal(balanceReport({ ...base, matched: 0, matchedWomen: 0 }).sharePercent, null);
  });
});
