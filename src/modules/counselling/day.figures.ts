import type { Translate } from '../../platform/i18n/messages.ts';
import type { ContactGroup } from './day.figures.repository.ts';

// The contact figures as tables: per service, one row per counted value, one column per month. Cells of one to four
// contacts are shown as "< 5" (pages and CSV alike), so that a small service cannot point at a person.

export const DIMENSIONS = ['kind', 'topic', 'language', 'channel', 'interpreter', 'gender', 'ageBand'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface FigureRow {
  /** `total`, `minutes`, `noShow`, or a dimension. */
  dimension: Dimension | 'total' | 'minutes' | 'noShow';
  value: string | null;
  months: number[];
  total: number;
}

export interface FigureTable {
  serviceId: string;
  title: string;
  rows: FigureRow[];
  /** Contacts per month: a minutes cell is suppressed where its month has fewer than five contacts. */
  contacts: number[];
}

const countedValue = (g: ContactGroup, d: Dimension): string | null =>
  d === 'kind'
    ? g.kind
    : d === 'interpreter'
      ? g.interpreter_language
      : d === 'ageBand'
        ? g.age_band
        : d === 'gender'
          ? g.gender
          : g[d];

function add(
  rows: Map<string, FigureRow>,
  dimension: FigureRow['dimension'],
  value: string | null,
  m: number,
  n: number,
) {
  const key = `${dimension}:${value ?? ''}`;
  let row = rows.get(key);
  if (!row) {
    row = { dimension, value, months: Array(12).fill(0), total: 0 };
    rows.set(key, row);
  }
  row.months[m - 1]! += n;
  row.total += n;
}

/** Builds one table per service (in the services' order) from the grouped contacts and no-shows. */
export function figureTables(
  services: readonly { id: string; title: string }[],
  groups: readonly ContactGroup[],
  noShows: readonly { month: number; service_id: string; n: number }[],
): FigureTable[] {
  return services.flatMap((s) => {
    const mine = groups.filter((g) => g.service_id === s.id);
    const missed = noShows.filter((g) => g.service_id === s.id);
    if (mine.length === 0 && missed.length === 0) return [];
    const rows = new Map<string, FigureRow>();
    for (const g of mine) add(rows, 'total', null, g.month, g.n);
    for (const g of mine) add(rows, 'minutes', null, g.month, g.minutes);
    for (const g of missed) add(rows, 'noShow', null, g.month, g.n);
    for (const d of DIMENSIONS) {
      // Unknown values (no interpreter, gender or age not asked) are not a row of their own.
      const sorted = [...mine].sort((a, b) => String(countedValue(a, d)).localeCompare(String(countedValue(b, d))));
      for (const g of sorted) if (countedValue(g, d) !== null) add(rows, d, countedValue(g, d), g.month, g.n);
    }
    const total = rows.get('total:');
    const contacts = total ? total.months : Array(12).fill(0);
    return [{ serviceId: s.id, title: s.title, rows: [...rows.values()], contacts }];
  });
}

/** A count as shown: empty for none, "< 5" for one to four, else the number. */
export function shown(n: number, format: (n: number) => string = String): string {
  if (n === 0) return '0';
  return n < 5 ? '< 5' : format(n);
}

/** A cell as shown: minutes follow the suppression of their month's (or year's) contact count. */
export function cell(row: FigureRow, table: FigureTable, month: number | null, format?: (n: number) => string) {
  const n = month === null ? row.total : row.months[month]!;
  if (row.dimension !== 'minutes') return shown(n, format);
  const c = month === null ? table.contacts.reduce((a, b) => a + b, 0) : table.contacts[month]!;
  return c > 0 && c < 5 ? '< 5' : (format ?? String)(n);
}

/** The row's label in the reader's language. */
export function rowLabel(t: Translate, row: FigureRow): string {
  const d = (k: string) => t(`counselling.day.figures.row.${k}`);
  if (row.value === null) return d(row.dimension);
  const value =
    row.dimension === 'kind'
      ? t(`counselling.day.figures.kind.${row.value}`)
      : row.dimension === 'language' || row.dimension === 'interpreter'
        ? t(`counselling.language.${row.value}`)
        : t(`counselling.${row.dimension}.${row.value}`);
  return `${d(row.dimension)}: ${value}`;
}

function csvField(v: string): string {
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The figures as CSV: UTF-8 with a byte-order mark, CRLF, headers in the reader's language, "< 5" kept. */
export function figuresCsv(t: Translate, year: number, tables: readonly FigureTable[]): string {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const head = [t('counselling.day.figures.csv.service'), t('counselling.day.figures.csv.row'), ...months];
  const lines = [[...head, t('counselling.day.figures.csv.total')]];
  for (const table of tables) {
    for (const row of table.rows) {
      const cells = months.map((_, i) => cell(row, table, i));
      lines.push([table.title, rowLabel(t, row), ...cells, cell(row, table, null)]);
    }
  }
  return `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}
