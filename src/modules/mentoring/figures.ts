import {
  meanOfAtLeast,
  type PublishedCell,
  type PublishedTable,
  type PublishedVector,
  shownShare,
  suppressTable,
  suppressVector,
} from '../../lib/figures/index.ts';
import type { Translate } from '../../platform/i18n/messages.ts';
import type { FeedbackFigureRow, MenteeFigureRow, OutcomeFigureRow, PairingFigureRow } from './figures.repository.ts';
import { FEEDBACK_QUESTIONS, GENDERS, MENTEE_STATUSES, OUTCOME_KINDS } from './mentoring.tables.ts';

// A programme's figures: counts only, each table suppressed with the figures library (cells of one to four hidden
// as "< 5", and further cells hidden so that no hidden one follows from the totals); shares and means only where
// the counts behind them are shown. The page and the CSV render the same `Figures`.

/** Gender rows of the tables: the three answers and "not stated" (the question is optional). */
export const GENDER_ROWS = [...GENDERS, 'unstated'] as const;
export type GenderRow = (typeof GENDER_ROWS)[number];

/** Who took part: mentees whose pairing was accepted by both sides (matched), and those who completed. */
export const PARTICIPANT_STATUSES = ['matched', 'completed'] as const;

/** Columns of the gender table: applicants who did not take part, and participants. */
export const PARTICIPATION_COLUMNS = ['not_participating', 'participating'] as const;

export const FEEDBACK_STAGES = ['mid', 'final'] as const;

export interface FeedbackFigure {
  stage: (typeof FEEDBACK_STAGES)[number];
  question: string;
  /** How many answers: hidden as "< 5" for one to four. */
  answers: PublishedCell;
  /** The mean score (1–5), only with at least five answers. */
  mean: number | null;
}

export interface Figures {
  /** Applications by status (`MENTEE_STATUSES`), with the number of applicants as the total. */
  applicants: PublishedVector;
  /** Gender (`GENDER_ROWS`) × participation (`PARTICIPATION_COLUMNS`), with totals. */
  participation: PublishedTable;
  /** Women among the participants, in per cent; null when a count behind it is hidden. */
  womenShare: number | null;
  /** Participants who completed and who did not; the total is the number of participants. */
  completion: PublishedVector;
  /** Completed among participants, in per cent; null when a count behind it is hidden. */
  completionRate: number | null;
  /** Pairings that took place (hidden as "< 5" for one to four). */
  pairings: PublishedCell;
  /** Attended activities of those pairings and their mean per pairing: only with five pairings or more. */
  attendedActivities: number | null;
  activitiesPerPairing: number | null;
  feedback: FeedbackFigure[];
  /** Gender (`GENDER_ROWS`) × outcome kind (`OUTCOME_KINDS`): mentees with that outcome, with totals. */
  outcomes: PublishedTable;
}

export interface FigureRows {
  mentees: readonly MenteeFigureRow[];
  pairings: readonly PairingFigureRow[];
  feedback: readonly FeedbackFigureRow[];
  outcomes: readonly OutcomeFigureRow[];
}

const genderRow = (g: string | null): GenderRow =>
  (GENDERS as readonly string[]).includes(g ?? '') ? (g as GenderRow) : 'unstated';
const isParticipant = (status: string) => (PARTICIPANT_STATUSES as readonly string[]).includes(status);

/** Hides every cell of a group as soon as one of them is hidden (cells are changed in place). */
function hideTogether(groups: readonly (readonly PublishedCell[])[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      if (!group.some((c) => c.hidden) || group.every((c) => c.hidden)) continue;
      for (const cell of group) {
        if (cell.hidden) continue;
        const open = cell as unknown as Record<string, unknown>;
        delete open.value;
        Object.assign(open, { hidden: true, reason: 'secondary' });
        changed = true;
      }
    }
  }
}

/** The figures of a programme or a cycle, suppressed, from its rows. */
export function computeFigures(rows: FigureRows): Figures {
  const applicants = suppressVector(MENTEE_STATUSES.map((s) => rows.mentees.filter((m) => m.status === s).length));

  const participationCounts = GENDER_ROWS.map((g) => {
    const mine = rows.mentees.filter((m) => genderRow(m.gender) === g);
    const taking = mine.filter((m) => isParticipant(m.status)).length;
    return [mine.length - taking, taking];
  });
  const participation = suppressTable(participationCounts);
  const women = GENDER_ROWS.indexOf('woman');

  const participants = rows.mentees.filter((m) => isParticipant(m.status));
  const completed = participants.filter((m) => m.status === 'completed').length;
  const completion = suppressVector([completed, participants.length - completed]);

  const pairings = suppressVector([rows.pairings.length]).total;
  // The same number published in two tables is hidden in both when either hides it; hiding more never uncovers a
  // cell, and a table then cannot give away what another hides (17 completed shown in the status list would give
  // away the 3 not completed that the completion table hides, with the 20 participants).
  hideTogether([
    [applicants.total, participation.total],
    [participation.columnTotals[1]!, completion.total, pairings],
    [applicants.cells[MENTEE_STATUSES.indexOf('completed')]!, completion.cells[0]!],
    [applicants.cells[MENTEE_STATUSES.indexOf('matched')]!, completion.cells[1]!],
  ]);
  const womenShare = shownShare(participation.cells[women]![1]!, participation.columnTotals[1]!);
  const completionRate = shownShare(completion.cells[0]!, completion.total);
  const enoughPairings = !pairings.hidden && rows.pairings.length >= 5;
  const attended = rows.pairings.map((p) => p.attended);
  const attendedActivities = enoughPairings ? attended.reduce((a, b) => a + b, 0) : null;
  const activitiesPerPairing = enoughPairings ? meanOfAtLeast(attended) : null;

  const feedback: FeedbackFigure[] = FEEDBACK_STAGES.flatMap((stage) =>
    FEEDBACK_QUESTIONS.map((question) => {
      const scores = rows.feedback
        .filter((f) => f.stage === stage)
        .map((f) => f.scores[question])
        .filter((s): s is number => typeof s === 'number' && s >= 1 && s <= 5);
      return { stage, question, answers: suppressVector([scores.length]).total, mean: meanOfAtLeast(scores) };
    }),
  );

  const genderOf = new Map(rows.mentees.map((m) => [m.id, genderRow(m.gender)]));
  const outcomeCounts = GENDER_ROWS.map((g) =>
    OUTCOME_KINDS.map((k) => rows.outcomes.filter((o) => o.kind === k && genderOf.get(o.menteeId) === g).length),
  );
  const outcomes = suppressTable(outcomeCounts);

  return {
    applicants,
    participation,
    womenShare,
    completion,
    completionRate,
    pairings,
    attendedActivities,
    activitiesPerPairing,
    feedback,
    outcomes,
  };
}

/** The text of a hidden count. */
export const HIDDEN = '< 5';

/** A published count as shown: its number in the reader's format, or "< 5". */
export function shown(cell: PublishedCell, format: (n: number) => string = String): string {
  return cell.hidden ? HIDDEN : format(cell.value);
}

const k = (key: string) => `mentoring.figures.${key}`;

/** How numbers are written: counts, means (one decimal) and shares (whole per cent). */
export interface FigureFormat {
  count: (n: number) => string;
  decimal: (n: number) => string;
  percent: (n: number) => string;
}

export const PLAIN_FORMAT: FigureFormat = {
  count: String,
  decimal: (n) => n.toFixed(1),
  percent: (n) => `${n} %`,
};

/** One figure as a line of the CSV and a row of the page: which figure, which row, which column, the value. */
export interface FigureLine {
  figure: string;
  row: string;
  column: string;
  value: string;
}

/**
 * Every figure as lines (figure, row, column, value) in the reader's language: the CSV holds exactly these, so it
 * shows what the page shows, hidden cells as "< 5" and withheld shares and means as "–".
 */
export function figureLines(t: Translate, f: Figures, format: FigureFormat = PLAIN_FORMAT): FigureLine[] {
  const lines: FigureLine[] = [];
  const add = (figure: string, row: string, column: string, value: string): void => {
    lines.push({ figure, row, column, value });
  };
  const withheld = t(k('withheld'));
  const c = (cell: PublishedCell) => shown(cell, format.count);

  const a = t(k('applicants.title'));
  MENTEE_STATUSES.forEach((s, i) => {
    add(a, t(k(`status.${s}`)), '', c(f.applicants.cells[i]!));
  });
  add(a, t(k('total')), '', c(f.applicants.total));

  const p = t(k('participation.title'));
  const tableLines = (title: string, table: PublishedTable, columns: readonly string[]) => {
    GENDER_ROWS.forEach((g, i) => {
      columns.forEach((col, j) => {
        add(title, t(k(`gender.${g}`)), col, c(table.cells[i]![j]!));
      });
      add(title, t(k(`gender.${g}`)), t(k('total')), c(table.rowTotals[i]!));
    });
    columns.forEach((col, j) => {
      add(title, t(k('total')), col, c(table.columnTotals[j]!));
    });
    add(title, t(k('total')), t(k('total')), c(table.total));
  };
  tableLines(
    p,
    f.participation,
    PARTICIPATION_COLUMNS.map((col) => t(k(`participation.${col}`))),
  );
  add(p, t(k('womenShare')), '', f.womenShare === null ? withheld : format.percent(f.womenShare));

  const done = t(k('completion.title'));
  add(done, t(k('completion.completed')), '', c(f.completion.cells[0]!));
  add(done, t(k('completion.notCompleted')), '', c(f.completion.cells[1]!));
  add(done, t(k('completion.participants')), '', c(f.completion.total));
  add(done, t(k('completion.rate')), '', f.completionRate === null ? withheld : format.percent(f.completionRate));

  const act = t(k('activities.title'));
  add(act, t(k('activities.pairings')), '', c(f.pairings));
  add(
    act,
    t(k('activities.attended')),
    '',
    f.attendedActivities === null ? withheld : format.count(f.attendedActivities),
  );
  add(
    act,
    t(k('activities.perPairing')),
    '',
    f.activitiesPerPairing === null ? withheld : format.decimal(f.activitiesPerPairing),
  );

  const fb = t(k('feedback.title'));
  for (const q of f.feedback) {
    const row = t(k('feedback.row'), {
      stage: t(k(`feedback.stage.${q.stage}`)),
      question: t(k(`question.${q.question}`)),
    });
    add(fb, row, t(k('feedback.answers')), c(q.answers));
    add(fb, row, t(k('feedback.mean')), q.mean === null ? withheld : format.decimal(q.mean));
  }

  tableLines(
    t(k('outcomes.title')),
    f.outcomes,
    OUTCOME_KINDS.map((o) => t(`mentoring.outcome.${o}`)),
  );
  return lines;
}

function csvField(v: string): string {
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The figures as CSV: UTF-8 with a byte-order mark, CRLF, headers in the reader's language, "< 5" kept. */
export function figuresCsv(t: Translate, lines: readonly FigureLine[]): string {
  const head = [t(k('csv.figure')), t(k('csv.row')), t(k('csv.column')), t(k('csv.value'))];
  const all = [head, ...lines.map((l) => [l.figure, l.row, l.column, l.value])];
  return `\uFEFF${all.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}
