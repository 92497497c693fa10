/** The interface languages, first tier; German is the source language. */
export const LOCALES = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];

const RTL: ReadonlySet<Locale> = new Set(['ar', 'fa']);

/** Writing direction of a locale. */
export function direction(locale: Locale): 'rtl' | 'ltr' {
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
