import { type Shown, titledHash, titledTexts } from '../../platform/i18n/content-texts.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

export type { TextState } from '../../platform/i18n/content-texts.ts';

/** An event's title and description in one language; translations carry the hash of the source they came from. */
export interface EventText {
  eventId: string;
  locale: Locale;
  title: string;
  description: string;
  sourceHash: string | null;
}

/** What to show of an event's text in a language: the translation, else the source (and why). */
export type ShownText = Shown<EventText>;

/** Event texts as the platform's content texts: the hash, the reader's text, each language's state. */
export const eventTexts = titledTexts<EventText>();
export const textHash = titledHash;
export const textIn = eventTexts.shownIn;
export const textStates = eventTexts.states;
