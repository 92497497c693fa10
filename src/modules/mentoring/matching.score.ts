/**
 * The score of a mentee–mentor pair: what the matching weighs, and only that. The inputs are picked field by field
 * (`menteeFacts`, `mentorFacts`), so a field that is not listed here (a name, a motivation, gender, or anything a
 * caller might add) never reaches the score. Gender is used only for the balance report, after the matching.
 */

/** What the score reads of a mentee. */
export interface MenteeFacts {
  id: string;
  topics: readonly string[];
  committees: readonly string[];
  languages: readonly string[];
  availability: readonly string[];
  /** Only with explicit consent (null otherwise), only where the programme asks it. */
  politicalDirection: string | null;
  preferredMentorId: string | null;
}

/** What the score reads of a mentor. */
export interface MentorFacts {
  id: string;
  topics: readonly string[];
  committees: readonly string[];
  languages: readonly string[];
  availability: readonly string[];
  faction: string | null;
}

/** The reason codes of a score (labels `mentoring.matching.reason.<code>`). */
export const REASONS = [
  'topics',
  'committees',
  'language',
  'homeLanguage',
  'availability',
  'political',
  'preferred',
] as const;
export type ReasonCode = (typeof REASONS)[number];

/** One part of a score: its code, how many things matched, the points they gave. Keys and numbers only. */
export interface Reason {
  code: ReasonCode;
  count: number;
  points: number;
}

export interface PairScore {
  /** A positive integer; null when the pair cannot work (no shared language). */
  score: number | null;
  reasons: Reason[];
}

/** Points per matched item (decision 0213). */
export const POINTS = {
  base: 1,
  topic: 10,
  committee: 12,
  /** A shared language (German included) for a mentee who speaks German. */
  language: 3,
  /** A shared language other than German for a mentee who does not list German: it carries the mentoring. */
  homeLanguage: 15,
  availability: 5,
  political: 15,
  preferred: 25,
} as const;

const norm = (s: string) => s.normalize('NFKC').trim().toLocaleLowerCase('de');

function shared(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b.map(norm));
  return [...new Set(a.map(norm))].filter((x) => x !== '' && other.has(x));
}

/** Picks what the score may read of a mentee row (anything else on the row is left behind). */
export function menteeFacts(m: MenteeFacts): MenteeFacts {
  return {
    id: m.id,
    topics: m.topics,
    committees: m.committees,
    languages: m.languages,
    availability: m.availability,
    politicalDirection: m.politicalDirection,
    preferredMentorId: m.preferredMentorId,
  };
}

/** Picks what the score may read of a mentor row. */
export function mentorFacts(m: MentorFacts): MentorFacts {
  return {
    id: m.id,
    topics: m.topics,
    committees: m.committees,
    languages: m.languages,
    availability: m.availability,
    faction: m.faction,
  };
}

/**
 * Scores a pair. `asksPolitical`: whether the programme asks for a political direction (otherwise a stated one is
 * ignored). A pair whose language lists are both given and share nothing cannot work: score null.
 */
export function scorePair(mentee: MenteeFacts, mentor: MentorFacts, asksPolitical: boolean): PairScore {
  const e = menteeFacts(mentee);
  const r = mentorFacts(mentor);
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, count: number, each: number) => {
    if (count > 0) reasons.push({ code, count, points: count * each });
  };
  const languages = shared(e.languages, r.languages);
  if (e.languages.length > 0 && r.languages.length > 0 && languages.length === 0) return { score: null, reasons: [] };
  add('topics', shared(e.topics, r.topics).length, POINTS.topic);
  add('committees', shared(e.committees, r.committees).length, POINTS.committee);
  const littleGerman = e.languages.length > 0 && !e.languages.map(norm).includes('de');
  const home = littleGerman ? languages.filter((l) => l !== 'de').length : 0;
  add('homeLanguage', home, POINTS.homeLanguage);
  add('language', languages.length - home, POINTS.language);
  add('availability', shared(e.availability, r.availability).length, POINTS.availability);
  if (asksPolitical && e.politicalDirection && r.faction) {
    const a = norm(e.politicalDirection);
    const b = norm(r.faction);
    if (a.length > 0 && b.length > 0 && (a === b || a.includes(b) || b.includes(a)))
      add('political', 1, POINTS.political);
  }
  if (e.preferredMentorId !== null && e.preferredMentorId === r.id) add('preferred', 1, POINTS.preferred);
  return { score: POINTS.base + reasons.reduce((s, x) => s + x.points, 0), reasons };
}
