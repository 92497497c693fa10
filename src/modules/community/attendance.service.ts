import { conflict } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { type AttendanceCounts, findAttendance, upsertAttendance } from './attendance.repository.ts';
import type { OccurrenceForRegistration } from './registrations.read.ts';
import type { AttendanceInput } from './registrations.schema.ts';

const SUBJECT = 'community.attendance';

/** The form's answers as the table's columns; a breakdown left blank stays unknown (null), not zero. */
export function countsOf(input: AttendanceInput): AttendanceCounts {
  return {
    total: input.total,
    women: input.women ?? null,
    men: input.men ?? null,
    diverse: input.diverse ?? null,
    age_under_18: input.ageUnder18 ?? null,
    age_18_to_26: input.age18to26 ?? null,
    age_27_to_64: input.age27to64 ?? null,
    age_65_plus: input.age65plus ?? null,
  };
}

/**
 * Records how many came to a date (numbers only, never who), once it has begun; a second recording corrects the
 * first. The counts stay when the registrations' personal data is erased, for the funding reports.
 */
export async function recordAttendance(uc: UseCase, o: OccurrenceForRegistration, input: AttendanceInput) {
  const t = useCaseTenant(uc);
  if (o.startsAt > uc.now)
    throw conflict('community.attendance.early', 'community.registrations.attendance.error.early');
  const before = await findAttendance(uc.tx, t, o.id);
  const counts = countsOf(input);
  await upsertAttendance(uc.tx, t, o.id, counts, uc.actor, uc.now);
  uc.record({
    action: before ? 'update' : 'create',
    subjectType: SUBJECT,
    subjectId: o.id,
    before: before ? { total: before.total } : null,
    after: { ...counts },
  });
}
