/**
 * The text side of the search, without I/O: the words of a query, the `to_tsquery` expression of the query and its
 * glossary forms, the snippet shown for a hit, and which of its words are marked. Matching itself is SQL
 * (`welcome_search_normalize`); `foldForMarks` folds the same letters the same way, so that the marks land on the
 * words that matched.
 */

// A word: letters, digits and combining marks. Everything else (spaces, punctuation, the zero-width non-joiner of
// Persian, quotes and the operators of tsquery syntax) separates words.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const HAS_LETTER = /[\p{L}\p{N}]/u;

/** The words of a text (at most `max`), each holding at least one letter or digit. */
export function words(text: string, max = 12): string[] {
  return (text.match(WORD) ?? []).filter((w) => HAS_LETTER.test(w)).slice(0, max);
}

/**
 * The to_tsquery expression that finds any of the forms: each form's words all present (from four letters also as
 * the beginning of a longer word, so that "Aufenthalt" finds "Aufenthaltserlaubnis"), forms joined by "or". Only
 * quoted words reach the parser, so no input can form an operator. Empty when no form has a word.
 */
export function tsqueryOf(forms: readonly string[]): string {
  const groups = new Set<string>();
  for (const form of forms) {
    const ws = words(form, 8);
    if (ws.length === 0) continue;
    groups.add(`(${ws.map((w) => `'${w}'${[...w].length >= 4 ? ':*' : ''}`).join(' & ')})`);
  }
  return [...groups].join(' | ');
}

// The letter foldings of welcome_search_normalize, one character at a time (lower case and accents aside).
const FOLD: Record<string, string> = {
  ß: 'ss',
  ı: 'i',
  İ: 'i',
  ی: 'ي',
  ى: 'ي',
  ک: 'ك',
  ۀ: 'ه',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ё: 'е',
  Ё: 'е',
};
// Arabic diacritics and the tatweel, dropped; Latin accents, dropped after decomposition.
const DROPPED = /[\u064B-\u065F\u0670\u0640]/u;
const LATIN_MARK = /[\u0300-\u036F]/gu;

/** A word folded as welcome_search_normalize folds it (for comparing a shown word with a matched form). */
export function foldForMarks(word: string): string {
  let out = '';
  for (const ch of word) {
    if (DROPPED.test(ch)) continue;
    const mapped = FOLD[ch];
    if (mapped) {
      out += mapped;
      continue;
    }
    // Latin letters lose their accents (unaccent); Cyrillic й and ї keep theirs, as unaccent keeps them.
    out += ch.codePointAt(0)! < 0x250 ? ch.normalize('NFD').replace(LATIN_MARK, '') : ch;
  }
  return out.toLowerCase();
}

/** How many edits turn one word into the other (stops counting above `max`). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Whether a shown word is one the search matched: it begins with a searched word (or that word's stem: all but its
 * last two letters, from six letters on), contains it (Arabic prefixes: و، ب، ال), or misspells it (about one edit in
 * four letters).
 */
export function isMatch(word: string, searched: readonly string[]): boolean {
  const w = foldForMarks(word);
  if (w.length < 3) return false;
  // Short words of a form ("на", "of", "و") would mark half a text; they are never marked alone.
  return searched.some((s) => {
    if (s.length < 3) return false;
    if (w.includes(s)) return true;
    if (s.length >= 6 && w.startsWith(s.slice(0, -2))) return true;
    return s.length >= 5 && distance(w, s, Math.floor(s.length / 4)) <= Math.floor(s.length / 4);
  });
}

/** The folded words a hit's text is marked by: the query's and its glossary forms'. */
export function searchedWords(forms: readonly string[]): string[] {
  return [...new Set(forms.flatMap((f) => words(f, 8)).map(foldForMarks))];
}

/** A piece of a snippet: plain text, or a word to mark. */
export type SnippetPart = { text: string; mark: boolean };

/**
 * About `size` characters of the text around its first matched word (cut at word boundaries, "…" where cut), split
 * into marked and plain parts. The parts are plain strings: the page escapes them and wraps marks in `<mark>`.
 */
export function snippet(text: string, searched: readonly string[], size = 220): SnippetPart[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const found = [...clean.matchAll(WORD)].find((m) => isMatch(m[0], searched));
  let start = 0;
  if (found && found.index > size / 3) {
    const cut = clean.lastIndexOf(' ', found.index - Math.floor(size / 3));
    start = cut < 0 ? 0 : cut + 1;
  }
  let end = Math.min(clean.length, start + size);
  if (end < clean.length) {
    const cut = clean.lastIndexOf(' ', end);
    end = cut > start ? cut : end;
  }
  const piece = `${start > 0 ? '…' : ''}${clean.slice(start, end)}${end < clean.length ? '…' : ''}`;
  return marks(piece, searched);
}

/** A text split into marked and plain parts (a title, or a snippet). */
export function marks(text: string, searched: readonly string[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    if (!isMatch(m[0], searched)) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
