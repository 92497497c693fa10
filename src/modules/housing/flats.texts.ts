import { type Shown, titledHash, titledTexts } from '../../platform/i18n/content-texts.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

export type { TextState } from '../../platform/i18n/content-texts.ts';

/** A flat's title and description in one language; translations carry the hash of the source they came from. */
export interface FlatText {
  flatId: string;
  locale: Locale;
  title: string;
  description: string;
  sourceHash: string | null;
}

/** What a reader sees of a flat's text: the translation, else the source (and why). */
export type ShownFlatText = Shown<FlatText>;

/** Flat texts as the platform's content texts: the hash, the reader's text, each language's state. */
export const flatTexts = titledTexts<FlatText>();
export const textHash = titledHash;
export const flatTextIn = flatTexts.shownIn;
export const textStates = flatTexts.states;
