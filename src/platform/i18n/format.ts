import type { Locale } from './locales.ts';

// Latin digits for Arabic and Farsi would be a choice; we follow each locale's CLDR default numbering.
const TZ = 'Europe/Berlin';

// Building an Intl formatter costs far more than using one: each is built once per locale and options.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The one way to build a date or time formatter for something a person reads: always the Gregorian calendar, in
 * the reader's language and digits, and in German local time unless the options name another zone. A locale's
 * CLDR default calendar is not always Gregorian (Farsi's is the Solar Hijri one: 19 November 2026 would read
 * "۲۸ آبان ۱۴۰۵"), and a deadline on a page has to be the date on the German letter. A value that is a calendar
 * day without a time (held as noon or midnight UTC) passes `timeZone: 'UTC'`. Any `calendar` in the options is
 * overridden. Built once per locale and options (a guard test keeps other `Intl.DateTimeFormat`s out of views).
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: TZ, ...options, calendar: 'gregory' });
    // Options come from code, not from input, so the map stays small; the bound is a guard all the same.
    if (dateTimeFormats.size < 500) dateTimeFormats.set(key, f);
  }
  return f;
}

/** A date (and optionally time) in the locale's own form, in German local time. */
export function formatDate(locale: Locale, value: Date | string, withTime = false): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  return dateTimeFormat(
    locale,
    withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
  ).format(d);
}

/** A number in the locale's own form. */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    // Options come from code, not from input, so the map stays small; the bound is a guard all the same.
    if (numberFormats.size < 500) numberFormats.set(key, f);
  }
  return f.format(value);
}

/** An amount in euros in the locale's own form. */
export function formatMoney(locale: Locale, euros: number): string {
  return formatNumber(locale, euros, { style: 'currency', currency: 'EUR' });
}

/**
 * A name or address placed inside a translated sentence, isolated for the bidirectional algorithm (U+2068 first
 * strong isolate … U+2069 pop directional isolate): a German street inside an Arabic sentence keeps its own
 * direction, and the sentence's punctuation and brackets stay where the translation put them.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

const lists = new Map<string, Intl.ListFormat>();

/** Items as a list in the reader's language ("Deutsch, Arabisch und Englisch"; in Farsi with "،" and "و"). */
export function formatList(locale: Locale, items: readonly string[]): string {
  let f = lists.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { type: 'conjunction' });
    lists.set(locale, f);
  }
  return f.format(items);
}
