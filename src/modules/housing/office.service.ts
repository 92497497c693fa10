import { createHash } from 'node:crypto';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Translate } from '../../platform/i18n/messages.ts';
import { housedCases, type WaitingRow } from './office.repository.ts';

/** Fewer cases than this in a group: the figure is withheld, since it could single out a household. */
export const MIN_CASES = 5;
/** Household sizes as the figures group them (5 stands for "5 or more"). */
export const SIZE_GROUPS = [1, 2, 3, 4, 5] as const;

export interface TimeToHome {
  size: number;
  /** Cases in the group; null when there are fewer than MIN_CASES (but some). */
  cases: number | null;
  /** Median days from waiting since to the accepted flat; null when withheld or no cases. */
  medianDays: number | null;
  tooFew: boolean;
}

/** The median of a non-empty list (mean of the middle two for an even count, rounded to whole days). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

const DAY_MS = 86_400_000;

/** Whole days from a 'YYYY-MM-DD' day to a moment's day (UTC). */
export function daysBetween(from: string, to: Date | string): number {
  const end = typeof to === 'string' ? to.slice(0, 10) : to.toISOString().slice(0, 10);
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Median days from registration to the accepted flat, by household size; small groups say so instead. */
export async function timeToHome(db: Executor, t: Tenant): Promise<TimeToHome[]> {
  const cases = await housedCases(db, t);
  return SIZE_GROUPS.map((size) => {
    const days = cases
      .filter((c) => Math.min(c.size, 5) === size)
      .map((c) => Math.max(0, daysBetween(c.waitingSince, c.decidedAt)));
    if (days.length === 0) return { size, cases: 0, medianDays: null, tooFew: false };
    if (days.length < MIN_CASES) return { size, cases: null, medianDays: null, tooFew: true };
    return { size, cases: days.length, medianDays: median(days), tooFew: false };
  });
}

/**
 * A stable pseudonym for a household in exports: not its database id, and no name. Derived with the municipality
 * so the same household reads the same in every export of its municipality.
 */
export function pseudonym(t: Tenant, householdId: string): string {
  const h = createHash('sha256').update(`${t.municipalityId}:${householdId}`).digest('hex');
  return `H-${h.slice(0, 10).toUpperCase()}`;
}

/** One CSV field (RFC 4180): quoted when it holds a separator, quote or line break; formulas are defused. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The waiting list as CSV for Excel: UTF-8 with a byte-order mark, CRLF line ends, headers in the reader's language. */
export function waitingCsv(t: Translate, tenant: Tenant, rows: readonly WaitingRow[], today: string): string {
  const header = [
    'id',
    'size',
    'urgency',
    'waitingSince',
    'waitingDays',
    'mustLeaveBy',
    'accessibility',
    'eligibility',
  ];
  const lines = [header.map((h) => csvField(t(`housing.office.csv.${h}`)))];
  for (const r of rows) {
    lines.push(
      [
        pseudonym(tenant, r.id),
        r.size,
        r.urgency,
        r.waitingSince,
        daysBetween(r.waitingSince, today),
        r.mustLeaveBy,
        t(`housing.office.accessibility.${r.accessibility}`),
        r.eligibility ? t(`housing.office.eligibility.${r.eligibility}`) : null,
      ].map(csvField),
    );
  }
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
