/** The interface languages, first tier; German is the source language. */
export const LOCALES = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];

const RTL: ReadonlySet<string> = new Set(['ar', 'fa']);

/**
 * Writing direction of a locale, or of a text's language tag (`de-x-ls`, Leichte Sprache, is German: left to right;
 * a language the platform has no interface for counts as left to right).
 */
export function direction(locale: string): 'rtl' | 'ltr' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/** True when the string is one of our locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  uk: 'Українська',
  ru: 'Русский',
  tr: 'Türkçe',
};
