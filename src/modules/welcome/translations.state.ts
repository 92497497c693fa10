import { diffArrays } from 'diff';
import type { TextState } from '../../platform/i18n/content-texts.ts';
import { segmentsOf } from './guide.segments.ts';
import { guideContentTexts, outdatedSince } from './guide.read.ts';
import type { GuideText, GuideVersion } from './guide.repository.ts';
import { PLAIN_GERMAN, SOURCE_LOCALE, type TextLocale } from './welcome.tables.ts';

/** The languages a guide page is translated into, in the order of the status overview: the six others, then Leichte Sprache. */
export const TRANSLATION_LOCALES = ['en', 'ar', 'fa', 'uk', 'ru', 'tr', PLAIN_GERMAN] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** What the overview filters by: the three states of a translation, and unreviewed machine texts. */
export const STATE_FILTERS = ['missing', 'outdated', 'current', 'machine'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

/** One language of one page, as the overview and the editor show it. */
export interface LanguageStatus {
  locale: TranslationLocale;
  state: TextState;
  /** Machine-translated and not yet approved by a person (shown to readers too). */
  machine: boolean;
  /** Outdated: when the German text first changed after the version this translation was made from. */
  outdatedSince: Date | null;
}

/**
 * The state of one language of a page from its texts and the German versions saved after the translation's
 * source version. An outdated machine text stays outdated: approving or re-saving the same words does not make
 * it current (anchor case 2).
 */
export function languageStatus(
  texts: readonly GuideText[],
  germanVersions: readonly GuideVersion[],
  locale: TranslationLocale,
): LanguageStatus {
  const state = guideContentTexts.stateOf(texts, SOURCE_LOCALE, locale);
  const tr = texts.find((x) => x.locale === locale);
  const source = texts.find((x) => x.locale === SOURCE_LOCALE);
  const machine = tr?.machine ?? false;
  if (state !== 'outdated' || !tr) return { locale, state, machine, outdatedSince: null };
  return { locale, state, machine, outdatedSince: outdatedSince(tr, source, germanVersions) };
}

/** Whether a status passes the overview's state filter. */
export function matchesState(s: LanguageStatus, filter: StateFilter | undefined): boolean {
  if (!filter) return true;
  return filter === 'machine' ? s.machine : s.state === filter;
}

/** One line of the source's change: kept, removed or added (title first, then one line per block). */
export interface SourceLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** The changed lines between the German text a translation was made from and the current one (jsdiff over blocks). */
export function sourceChanges(
  before: { title: string; body: string },
  after: { title: string; body: string },
): SourceLine[] {
  const out: SourceLine[] = [];
  for (const part of diffArrays(segmentsOf(before.title, before.body), segmentsOf(after.title, after.body))) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const text of part.value) out.push({ kind, text });
  }
  return out;
}
