import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { menteeFacts, mentorFacts } from './matching.fixtures.ts';
import { type MenteeFacts, type MentorFacts, POINTS, scorePair } from './matching.score.ts';

const mentee = menteeFacts;
const mentor = mentorFacts;

describe('the score of a pair', () => {
  test('counts shared topics, committees and times, each with its points, and names them as reasons', () => {
    const s = scorePair(
      mentee({
        topics: ['housing', 'youth', 'culture'],
        committees: ['Ausschuss für Integration'],
        availability: ['weekday_evening', 'online'],
      }),
      mentor({
        topics: ['housing', 'youth'],
        committees: [' ausschuss für integration'],
        availability: ['weekday_evening'],
      }),
      false,
    );
    const expected = POINTS.base + 2 * POINTS.topic + POINTS.committee + POINTS.language + POINTS.availability;
    assert.equal(s.score, expected);
    assert.deepEqual(
      s.reasons.map((r) => [r.code, r.count]),
      [
        ['topics', 2],
        ['committees', 1],
        ['language', 1],
        ['availability', 1],
      ],
    );
  });

  test('a shared language other than German counts more for a mentee who does not list German', () => {
    const withGerman = scorePair(mentee({ languages: ['de', 'ar'] }), mentor({ languages: ['de', 'ar'] }), false);
    const without = scorePair(mentee({ languages: ['ar'] }), mentor({ languages: ['de', 'ar'] }), false);
    assert.equal(withGerman.score, POINTS.base + 2 * POINTS.language);
    assert.equal(without.score, POINTS.base + POINTS.homeLanguage);
    assert.deepEqual(without.reasons, [{ code: 'homeLanguage', count: 1, points: POINTS.homeLanguage }]);
    assert.ok(without.score! > withGerman.score!);
  });

  test('no shared language: the pair cannot work (null); an empty list is not known and does not exclude', () => {
    assert.equal(scorePair(mentee({ languages: ['fa'] }), mentor({ languages: ['de'] }), false).score, null);
    assert.equal(scorePair(mentee({ languages: [] }), mentor({ languages: ['de'] }), false).score, POINTS.base);
  });

  test('political direction counts only where the programme asks it and the mentee gave it (consent)', () => {
    const e = mentee({ politicalDirection: 'Grüne' });
    const r = mentor({ faction: 'Bündnis 90/Die Grünen' });
    assert.equal(scorePair(e, r, true).score, POINTS.base + POINTS.language + POINTS.political);
    assert.equal(scorePair(e, r, false).score, POINTS.base + POINTS.language);
    assert.equal(scorePair(mentee(), r, true).score, POINTS.base + POINTS.language);
    assert.equal(scorePair(e, mentor({ faction: 'CDU' }), true).score, POINTS.base + POINTS.language);
  });

  test('the preferred mentor gets the bonus, another mentor does not', () => {
    const e = mentee({ preferredMentorId: 'r1' });
    assert.equal(scorePair(e, mentor(), false).score, POINTS.base + POINTS.language + POINTS.preferred);
    assert.equal(scorePair(e, mentor({ id: 'r2' }), false).score, POINTS.base + POINTS.language);
  });

  test('the score ignores everything not listed: gender, nationality, religion, ethnicity, names, motivation', () => {
    const e = mentee({ topics: ['integration'], languages: ['ar', 'de'], availability: ['weekend'] });
    const r = mentor({ topics: ['integration'], languages: ['ar'], availability: ['weekend'], faction: 'SPD' });
    const base = scorePair(e, r, true);
    const variants: Record<string, unknown>[] = [
      { gender: 'woman', nationality: 'SY', religion: 'muslim', ethnicity: 'kurdish' },
      { gender: 'man', nationality: 'DE', religion: 'none', ethnicity: 'german', displayName: 'Ahmad' },
      {
        gender: 'diverse',
        nationality: 'UA',
        religion: 'orthodox',
        motivation: 'x'.repeat(500),
        accessibility: 'Rollstuhl',
      },
      { age: 70, origin: 'Eritrea', citizenship: 'none', disability: true, status: 'waitlisted' },
    ];
    for (const extra of variants) {
      const s = scorePair({ ...e, ...extra } as MenteeFacts, { ...r, ...extra } as MentorFacts, true);
      assert.deepEqual(s, base, JSON.stringify(extra));
    }
  });
});
