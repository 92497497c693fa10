import { LOCALES, type Locale } from '../../platform/i18n/locales.ts';
import { sourceHash } from '../directory/index.ts';

/** An event's title and description in one language; translations carry the hash of the source they came from. */
export interface EventText {
  eventId: string;
  locale: Locale;
  title: string;
  description: string;
  sourceHash: string | null;
}

/** The hash a translation records: of the source's title and description together. */
export function textHash(source: { title: string; description: string }): string {
  return sourceHash(`${source.title}\u0000${source.description}`);
}

/** What to show of an event's text in a language: the translation, else the source (and why). */
export interface ShownText {
  title: string;
  description: string;
  lang: Locale;
  /** No translation into the wanted language: the source is shown. */
  missing: boolean;
  /** A translation of an older version of the source. */
  outdated: boolean;
}

/** Picks the text to show in `locale` (pure). */
export function textIn(texts: readonly EventText[], sourceLocale: Locale, locale: Locale): ShownText | null {
  const source = texts.find((x) => x.locale === sourceLocale);
  if (!source) return null;
  const shown = { title: source.title, description: source.description, lang: sourceLocale };
  if (locale === sourceLocale) return { ...shown, missing: false, outdated: false };
  const tr = texts.find((x) => x.locale === locale);
  if (!tr) return { ...shown, missing: true, outdated: false };
  const outdated = tr.sourceHash !== textHash(source);
  return { title: tr.title, description: tr.description, lang: locale, missing: false, outdated };
}

export type TextState = 'missing' | 'current' | 'outdated';

/** For each language other than the source: whether a translation exists and is current. */
export function textStates(texts: readonly EventText[], sourceLocale: Locale): [Locale, TextState][] {
  const source = texts.find((x) => x.locale === sourceLocale);
  const hash = source ? textHash(source) : null;
  return LOCALES.filter((l) => l !== sourceLocale).map((l) => {
    const tr = texts.find((x) => x.locale === l);
    return [l, !tr ? 'missing' : tr.sourceHash === hash ? 'current' : 'outdated'];
  });
}
