/**
 * Small helpers for the modules' search sources (manifest `search`): the ILIKE patterns of the query's terms, and
 * one hit per entry in the best language. A source that needs more (ranking by full text) writes its own SQL.
 */

/** `%term%` patterns for ILIKE, with the pattern characters of each term escaped (terms of 2+ letters only). */
export function containsPatterns(terms: readonly string[]): string[] {
  return [
    ...new Set(
      terms
        .map((t) => t.trim().toLowerCase())
        .filter((t) => [...t].length >= 2)
        .map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
    ),
  ];
}

/**
 * Of several matched texts of one entry (one per language), the one in the reader's language, else the best
 * ranked; entries in the order of their best rank.
 */
export function onePerEntry<T extends { entry: string; locale: string; rank: number }>(
  rows: readonly T[],
  reader: string,
): T[] {
  const best = new Map<string, T>();
  for (const r of rows) {
    const had = best.get(r.entry);
    const better =
      !had || (r.locale === reader && had.locale !== reader) || (had.locale !== reader && r.rank > had.rank);
    if (better) best.set(r.entry, r);
  }
  return [...best.values()].sort((a, b) => b.rank - a.rank);
}
