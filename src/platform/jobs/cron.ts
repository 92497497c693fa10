import { Cron } from 'croner';

/** Schedules are written and read in the state's local time, so 03:15 stays 03:15 in summer and winter. */
export const SCHEDULE_TIME_ZONE = 'Europe/Berlin';

/** A parsed 5-field cron expression (minute hour day-of-month month day-of-week) in Europe/Berlin. */
export interface CronSchedule {
  readonly expression: string;
  /** The latest slot at or before `now`, or null when the expression never matched before it. */
  latestAt(now: Date): Date | null;
  /** The next `n` slots strictly after `after`. */
  next(n: number, after: Date): Date[];
}

/**
 * Parses a cron expression; throws with the expression named when it is not exactly five valid fields.
 * Day-of-month and day-of-week combine with OR, as in classic cron. Across the DST change, croner's rules hold:
 * a fixed local time that does not exist (02:30 on the spring-forward day) runs at the first valid minute after
 * the gap, one that occurs twice (02:30 on the fall-back day) runs once; stepped or wildcard hours run on both
 * occurrences of a repeated hour, because each is a different instant.
 */
export function parseCron(expression: string): CronSchedule {
  let cron: Cron;
  try {
    cron = new Cron(expression, { timezone: SCHEDULE_TIME_ZONE, paused: true, mode: '5-part' });
  } catch (err) {
    throw new Error(`invalid cron expression "${expression}": ${err instanceof Error ? err.message : String(err)}`);
  }
  return {
    expression,
    latestAt(now) {
      // previousRuns looks strictly before its reference; one millisecond later includes a slot at `now` itself.
      return cron.previousRuns(1, new Date(now.getTime() + 1))[0] ?? null;
    },
    next(n, after) {
      return cron.nextRuns(n, after);
    },
  };
}
