import type { Selectable } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { AttendanceTable } from './registrations.tables.ts';

export type AttendanceRow = Selectable<AttendanceTable>;
export type AttendanceCounts = Omit<
  AttendanceRow,
  'municipality_id' | 'occurrence_id' | 'recorded_by_user_id' | 'recorded_at'
>;

/** The counts of one date, or null when none were recorded. */
export async function findAttendance(db: Executor, t: Tenant, occurrenceId: string): Promise<AttendanceRow | null> {
  return (
    (await db
      .selectFrom('community_attendance')
      .selectAll()
      .where('municipality_id', '=', t.municipalityId)
      .where('occurrence_id', '=', occurrenceId)
      .executeTakeFirst()) ?? null
  );
}

/** Records (or corrects) the counts of one date. */
export async function upsertAttendance(
  tx: Executor,
  t: Tenant,
  occurrenceId: string,
  counts: AttendanceCounts,
  by: string | null,
  now: Date,
): Promise<void> {
  const row = { ...counts, recorded_by_user_id: by, recorded_at: now };
  await tx
    .insertInto('community_attendance')
    .values({ municipality_id: t.municipalityId, occurrence_id: occurrenceId, ...row })
    .onConflict((oc) => oc.columns(['municipality_id', 'occurrence_id']).doUpdateSet(row))
    .execute();
}
