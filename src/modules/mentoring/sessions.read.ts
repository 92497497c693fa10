import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { OFFERED_SESSION, type OfferedSession } from './sessions.repository.ts';

/**
 * The sessions of a programme a pair may attend: public, not cancelled, not deleted, starting after `now`, soonest
 * first (at most `limit`).
 */
export function upcomingSessions(
  db: Executor,
  t: Tenant,
  programmeId: string,
  now: Date,
  limit = 50,
): Promise<OfferedSession[]> {
  return db
    .selectFrom('mentoring_sessions')
    .select(OFFERED_SESSION)
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('public', '=', true)
    .where('cancelled', '=', false)
    .where('deleted', '=', false)
    .where('starts_at', '>', now)
    .orderBy('starts_at')
    .limit(limit)
    .execute();
}
