import { isLocale, LOCALES, type Locale } from './locales.ts';

/** Picks our best locale from an Accept-Language header (q-values honoured; `fa-AF`/`prs` count as Farsi). */
export function negotiate(header: string | undefined, fallback: Locale): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((x) => x.tag && Number.isFinite(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    const mapped = base === 'prs' ? 'fa' : base;
    if (isLocale(mapped)) return mapped;
  }
  return fallback;
}

/** The locale a path starts with (`/ar/…`), if any. */
export function localeFromPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

export { LOCALES };
