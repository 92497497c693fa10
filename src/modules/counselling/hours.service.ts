import type { Tenant } from '../../platform/db/tenant.ts';
import { AppError, type FieldError, notFound } from '../../platform/http/app-error.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import {
  type CounsellorSeat,
  deleteException,
  deleteHours,
  exceptionsOf,
  hoursOf,
  insertException,
  insertHours,
} from './hours.repository.ts';
import type { ExceptionInput, HoursInput } from './hours.schema.ts';
import { localDay, minutesOf, rangesOfDay } from './slots.ts';

const DAY = 86_400_000;
/** How far from today a day may lie: further is a typo, not a plan. */
export const MAX_DAYS_AHEAD = 730;

function invalid(fields: Record<string, FieldError>): AppError {
  return new AppError('counselling.hours.invalid', 422, 'error.badRequest', {}, fields);
}

function shift(day: string, n: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + n * DAY).toISOString().slice(0, 10);
}

/** Today in Lower Saxony, and the last and first day a form may name. */
function window(now: Date) {
  const today = localDay(now, 'Europe/Berlin');
  return { today, first: shift(today, -MAX_DAYS_AHEAD), last: shift(today, MAX_DAYS_AHEAD) };
}

const overlaps = (a: { starts: string; ends: string }, b: { starts: string; ends: string }) =>
  minutesOf(a.starts) < minutesOf(b.ends) && minutesOf(b.starts) < minutesOf(a.ends);

/**
 * Adds a weekly range to one of the person's services. Refused (422, input kept) when it overlaps another range
 * of the same weekday in any of their services while both are valid: one person, one time.
 */
export async function addHours(uc: UseCase, seats: readonly CounsellorSeat[], v: HoursInput): Promise<string> {
  const t = useCaseTenant(uc);
  if (!seats.some((s) => s.counsellorId === v.service))
    throw invalid({ service: { key: 'counselling.hours.error.service' } });
  const w = window(uc.now);
  if (v.validFrom < w.first || v.validFrom > w.last)
    throw invalid({ validFrom: { key: 'counselling.hours.error.within', values: { days: MAX_DAYS_AHEAD } } });
  if (v.validUntil !== undefined && v.validUntil > w.last)
    throw invalid({ validUntil: { key: 'counselling.hours.error.within', values: { days: MAX_DAYS_AHEAD } } });
  const until = v.validUntil ?? null;
  const existing = await hoursOf(
    uc.tx,
    t,
    seats.map((s) => s.counsellorId),
  );
  const clash = existing.some(
    (h) =>
      h.weekday === v.weekday &&
      overlaps(h, v) &&
      (h.validUntil === null || h.validUntil >= v.validFrom) &&
      (until === null || until >= h.validFrom),
  );
  if (clash) throw invalid({ starts: { key: 'counselling.hours.error.overlap' } });
  const row = { counsellorId: v.service, weekday: v.weekday, starts: v.starts, ends: v.ends };
  const id = await insertHours(uc.tx, t, { ...row, validFrom: v.validFrom, validUntil: until });
  uc.record({
    action: 'create',
    subjectType: 'counselling.hours',
    subjectId: id,
    after: summarize({ ...row, validFrom: v.validFrom, validUntil: until }, [
      'counsellorId',
      'weekday',
      'starts',
      'ends',
      'validFrom',
      'validUntil',
    ]),
  });
  return id;
}

/** Removes one of the person's weekly ranges (404 when it is not theirs). */
export async function removeHours(uc: UseCase, seats: readonly CounsellorSeat[], id: string): Promise<void> {
  const n = await deleteHours(
    uc.tx,
    useCaseTenant(uc),
    seats.map((s) => s.counsellorId),
    id,
  );
  if (n === 0) throw notFound('counselling_hours');
  uc.record({ action: 'delete', subjectType: 'counselling.hours', subjectId: id });
}

/** The hours the person's other services hold on a day (their exceptions or weekly hours, holidays aside). */
async function otherRanges(uc: UseCase, t: Tenant, others: readonly string[], day: string) {
  const [hours, exceptions] = await Promise.all([hoursOf(uc.tx, t, others), exceptionsOf(uc.tx, t, others, day)]);
  return others.flatMap((id) =>
    rangesOfDay(
      day,
      hours.filter((h) => h.counsellorId === id),
      exceptions.filter((e) => e.counsellorId === id),
    ),
  );
}

/**
 * Adds an exception: a day off for one service or all of them, or other hours on a day for one service (which
 * must not overlap the hours the person's other services hold that day). The day lies from today on, within
 * two years.
 */
export async function addException(
  uc: UseCase,
  seats: readonly CounsellorSeat[],
  v: ExceptionInput,
): Promise<string[]> {
  const t = useCaseTenant(uc);
  const w = window(uc.now);
  if (v.day < w.today || v.day > w.last)
    throw invalid({ day: { key: 'counselling.hours.error.future', values: { days: MAX_DAYS_AHEAD } } });
  const all = v.exceptionService === 'all';
  if (!all && !seats.some((s) => s.counsellorId === v.exceptionService))
    throw invalid({ exceptionService: { key: 'counselling.hours.error.service' } });
  const times = v.dayStarts !== undefined && v.dayEnds !== undefined ? { starts: v.dayStarts, ends: v.dayEnds } : null;
  if (times && all && seats.length > 1)
    throw invalid({ exceptionService: { key: 'counselling.hours.error.oneService' } });
  const targets = all ? seats.map((s) => s.counsellorId) : [v.exceptionService];
  if (times) {
    const others = seats.map((s) => s.counsellorId).filter((id) => !targets.includes(id));
    const taken = await otherRanges(uc, t, others, v.day);
    const range = { from: minutesOf(times.starts), to: minutesOf(times.ends) };
    if (taken.some((r) => r.from < range.to && range.from < r.to))
      throw invalid({ dayStarts: { key: 'counselling.hours.error.overlap' } });
  }
  const ids: string[] = [];
  for (const counsellorId of targets) {
    const row = { counsellorId, day: v.day, starts: times?.starts ?? null, ends: times?.ends ?? null };
    const id = await insertException(uc.tx, t, { ...row, reason: v.reason });
    uc.record({
      action: 'create',
      subjectType: 'counselling.exception',
      subjectId: id,
      after: summarize({ ...row, reason: v.reason }, ['counsellorId', 'day', 'starts', 'ends', 'reason']),
    });
    ids.push(id);
  }
  return ids;
}

/** Removes one of the person's exceptions (404 when it is not theirs). */
export async function removeException(uc: UseCase, seats: readonly CounsellorSeat[], id: string): Promise<void> {
  const n = await deleteException(
    uc.tx,
    useCaseTenant(uc),
    seats.map((s) => s.counsellorId),
    id,
  );
  if (n === 0) throw notFound('counselling_exception');
  uc.record({ action: 'delete', subjectType: 'counselling.exception', subjectId: id });
}
