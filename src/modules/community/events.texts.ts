import { contentTexts, type Shown, sourceHash } from '../../platform/i18n/content-texts.ts';
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

/** The hash a translation records: of the source's title and description together. */
export function textHash(source: { title: string; description: string }): string {
  return sourceHash(source.title, source.description);
}

/** What to show of an event's text in a language: the translation, else the source (and why). */
export type ShownText = Shown<EventText>;

/** Event texts as the platform's content texts: hashing, the reader's text, the staff states. */
export const eventTexts = contentTexts<EventText>({ hash: textHash });

/** Picks the text to show in `locale` (pure). */
export const textIn = (texts: readonly EventText[], sourceLocale: Locale, locale: Locale): ShownText | null =>
  eventTexts.shownIn(texts, sourceLocale, locale);

/** For each language other than the source: whether a translation exists and is current. */
export const textStates = eventTexts.states;
