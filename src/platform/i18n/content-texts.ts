import { createHash } from 'node:crypto';
import { LOCALES, type Locale } from './locales.ts';

/**
 * Translatable content (titles, descriptions) is stored per language, one row a language, by the module that owns
 * it. A translation records the hash of the source it was made from, so that a changed source shows which
 * translations are outdated. This piece decides everything about those rows that is the same for every module:
 * the hash, which row a reader sees, and each language's state for the staff pages. It reads plain rows and knows
 * no table; reading and writing them stays in the owning module's repository.
 */

/** What the platform reads of a module's stored text: its language and, for a translation, its source's hash. */
export interface LocaleText {
  locale: string;
  sourceHash: string | null;
}

/** A language's translation, seen from the staff pages. */
export type TextState = 'missing' | 'current' | 'outdated';

/** The row a reader is shown, with the language it is in and why it is that one. */
export type Shown<T extends LocaleText> = T & {
  /** The language of the shown text (for the `lang` attribute). */
  lang: T['locale'];
  /** No translation into the wanted language: the source is shown. */
  missing: boolean;
  /** A translation of an older version of the source. */
  outdated: boolean;
};

/** What a module says about its rows. */
export interface TextSpec<T extends LocaleText> {
  /** The hash of a source row: `sourceHash` over the fields a translation is made from, in a fixed order. */
  hash(source: T): string;
  /** Whether a stored row counts as written (a module may keep an empty text as "none"). Default: every row. */
  written?(text: T): boolean;
}

/** The functions of one kind of text, bound to its spec. */
export interface ContentTexts<T extends LocaleText> {
  /** The hash a translation records of its source. */
  hashOf(source: T): string;
  /** The hash to record for a new translation: of the current source, null while there is none. */
  translationHash(texts: readonly T[], sourceLocale: string): string | null;
  /** The row to show in `locale`: its translation if written, else the source if written, else null. */
  shownIn(texts: readonly T[], sourceLocale: string, locale: string): Shown<T> | null;
  /** The state of one language's translation. */
  stateOf(texts: readonly T[], sourceLocale: string, locale: string): TextState;
  /** For each language other than the source, in the order of LOCALES: its state. */
  states(texts: readonly T[], sourceLocale: string): [Locale, TextState][];
}

/**
 * SHA-256 (hex) of a source text. Several fields are joined with a NUL, which no form lets through, so that
 * ("ab", "c") and ("a", "bc") differ; one field hashes as itself, as the earlier one-field hashes did.
 */
export function sourceHash(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex');
}

/** Binds the pure functions of content texts to one module's kind of text. */
export function contentTexts<T extends LocaleText>(spec: TextSpec<T>): ContentTexts<T> {
  const written = spec.written ?? (() => true);
  const find = (texts: readonly T[], locale: string) => texts.find((x) => x.locale === locale && written(x));
  const translationHash = (texts: readonly T[], sourceLocale: string) => {
    const source = find(texts, sourceLocale);
    return source ? spec.hash(source) : null;
  };
  // A translation whose hash is not the current source's (or that has none: it was a source once) is outdated.
  const stateIn = (tr: T | undefined, hash: string | null): TextState =>
    !tr ? 'missing' : tr.sourceHash !== null && tr.sourceHash === hash ? 'current' : 'outdated';
  return {
    hashOf: (source) => spec.hash(source),
    translationHash,
    shownIn(texts, sourceLocale, locale) {
      const source = find(texts, sourceLocale);
      const tr = locale === sourceLocale ? undefined : find(texts, locale);
      if (tr) {
        const outdated = stateIn(tr, source ? spec.hash(source) : null) === 'outdated';
        return { ...tr, lang: tr.locale, missing: false, outdated };
      }
      if (!source) return null;
      return { ...source, lang: source.locale, missing: locale !== sourceLocale, outdated: false };
    },
    stateOf: (texts, sourceLocale, locale) => stateIn(find(texts, locale), translationHash(texts, sourceLocale)),
    states(texts, sourceLocale) {
      const hash = translationHash(texts, sourceLocale);
      return LOCALES.filter((l) => l !== sourceLocale).map((l): [Locale, TextState] => [
        l,
        stateIn(find(texts, l), hash),
      ]);
    },
  };
}

/** The common kind: a title and a description, translated together. */
export interface TitledText extends LocaleText {
  title: string;
  description: string;
}

/** The hash of a title-and-description source (both fields, in that order). */
export function titledHash(source: { title: string; description: string }): string {
  return sourceHash(source.title, source.description);
}

/** Content texts of the common kind, for a module's own row type (its id field stays on the rows). */
export function titledTexts<T extends TitledText>(): ContentTexts<T> {
  return contentTexts<T>({ hash: titledHash });
}
