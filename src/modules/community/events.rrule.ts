/**
 * The plain form an organiser fills in for a repetition (once; weekly on some days; monthly on the n-th weekday;
 * ending never, on a day, or after n dates) and the RFC 5545 RRULE it stands for. Nobody types a rule: the form
 * writes it, and reads back only rules it wrote. UNTIL is local wall-clock time (the series' zone), the end of
 * the chosen day, as the calendar library reads it.
 */

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const MONTH_WEEKS = ['1', '2', '3', '4', '-1'] as const;
export type MonthWeek = (typeof MONTH_WEEKS)[number];

export type Ending = { kind: 'never' } | { kind: 'until'; day: string } | { kind: 'count'; count: number };

export type Recurrence =
  | { kind: 'once' }
  | { kind: 'weekly'; interval: number; days: Weekday[]; ending: Ending }
  | { kind: 'monthly'; week: MonthWeek; day: Weekday; ending: Ending };

function endingPart(e: Ending): string {
  if (e.kind === 'until') return `;UNTIL=${e.day.replaceAll('-', '')}T235959`;
  if (e.kind === 'count') return `;COUNT=${e.count}`;
  return '';
}

/** The RRULE value of a repetition (null: a single date). Days keep the week's order, whatever was ticked first. */
export function ruleOf(r: Recurrence): string | null {
  if (r.kind === 'once') return null;
  if (r.kind === 'weekly') {
    const days = WEEKDAYS.filter((d) => r.days.includes(d)).join(',');
    const interval = r.interval > 1 ? `;INTERVAL=${r.interval}` : '';
    return `FREQ=WEEKLY${interval};BYDAY=${days}${endingPart(r.ending)}`;
  }
  return `FREQ=MONTHLY;BYDAY=${r.week}${r.day}${endingPart(r.ending)}`;
}

function endingOf(parts: Map<string, string>): Ending | null {
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  if (until) {
    const m = /^(\d{4})(\d{2})(\d{2})(T\d{6})?$/.exec(until);
    return m ? { kind: 'until', day: `${m[1]}-${m[2]}-${m[3]}` } : null;
  }
  if (count) return /^\d{1,4}$/.test(count) ? { kind: 'count', count: Number(count) } : null;
  return { kind: 'never' };
}

const isWeekday = (s: string): s is Weekday => (WEEKDAYS as readonly string[]).includes(s);

/** Reads back a rule the form wrote; null for any other rule (shown as "kept as it is", never half-understood). */
export function recurrenceOf(rule: string | null): Recurrence | null {
  if (!rule) return { kind: 'once' };
  const parts = new Map(
    rule.split(';').map((p) => {
      const [k, v] = p.split('=');
      return [k ?? '', v ?? ''] as const;
    }),
  );
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT']);
  if ([...parts.keys()].some((k) => !known.has(k))) return null;
  const ending = endingOf(parts);
  if (!ending) return null;
  const byday = parts.get('BYDAY') ?? '';
  if (parts.get('FREQ') === 'WEEKLY') {
    const days = byday.split(',');
    const interval = Number(parts.get('INTERVAL') ?? '1');
    if (!days.every(isWeekday) || !Number.isInteger(interval)) return null;
    return { kind: 'weekly', interval, days: days.filter(isWeekday), ending };
  }
  if (parts.get('FREQ') === 'MONTHLY' && !parts.has('INTERVAL')) {
    const m = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
    if (!m) return null;
    return { kind: 'monthly', week: m[1] as MonthWeek, day: m[2] as Weekday, ending };
  }
  return null;
}

/** The same rule, ending just before a local wall-clock time ("this and following" ends the old part here). */
export function ruleEndingBefore(rule: string, localStart: string): string {
  const cut = new Date(`${localStart.slice(0, 19)}Z`);
  const until = new Date(cut.getTime() - 1000).toISOString().slice(0, 19).replace(/[-:]/g, '');
  const kept = rule.split(';').filter((p) => !/^(UNTIL|COUNT)=/.test(p));
  return [...kept, `UNTIL=${until}`].join(';');
}

/** The rule of the new part after a split: the same repetition, with a count lowered by the dates already held. */
export function ruleContinuing(rule: string, datesBefore: number): string {
  return rule
    .split(';')
    .map((p) => (p.startsWith('COUNT=') ? `COUNT=${Math.max(1, Number(p.slice(6)) - datesBefore)}` : p))
    .join(';');
}
