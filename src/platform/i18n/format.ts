import type { Locale } from './locales.ts';

// Latin digits for Arabic and Farsi would be a choice; we follow each locale's CLDR default numbering.
const TZ = 'Europe/Berlin';

/** A date (and optionally time) in the locale's own form, in German local time. */
export function formatDate(locale: Locale, value: Date | string, withTime = false): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: TZ,
  }).format(d);
}

/** A number in the locale's own form. */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** An amount in euros in the locale's own form. */
export function formatMoney(locale: Locale, euros: number): string {
  return formatNumber(locale, euros, { style: 'currency', currency: 'EUR' });
}
