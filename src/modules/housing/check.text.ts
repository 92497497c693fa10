import type { Translate } from '../../platform/i18n/messages.ts';
import type { Reason } from './eligibility.engine.ts';

/** What turns a reason into words: the translator and the locale's formatters (a page's or an API request's). */
export interface Wording {
  t: Translate;
  money: (euros: number) => string;
  date: (day: string) => string;
}

/** A reason in words, its figures formatted for the reader's locale ("your income 30.100,00 € is below …"). */
export function reasonText(w: Wording, r: Reason): string {
  const values: Record<string, string | number> = { ...r.numbers };
  for (const [k, v] of Object.entries(r.money ?? {})) values[k] = w.money(v);
  for (const [k, v] of Object.entries(r.dates ?? {})) values[k] = w.date(v);
  for (const [k, v] of Object.entries(r.labels ?? {})) values[k] = w.t(v);
  return w.t(r.key, values);
}

/** The stable code of a reason for machines: its message key without the prefix (`incomeBelow`). */
export const reasonCode = (r: Reason): string => r.key.replace('housing.check.reason.', '');
