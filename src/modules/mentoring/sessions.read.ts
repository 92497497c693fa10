import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

/** A session as a pair sees it: what, when, where, and what a visitor needs to know. */
export interface OfferedSession {
  id: string;
  kind: string;
  title: string;
  organization: string | null;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  visitorNote: string | null;
  webUrl: string | null;
  source: string;
}

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
    .select([
      'id',
      'kind',
      'title',
      'organization',
      'starts_at as startsAt',
      'ends_at as endsAt',
      'location',
      'visitor_note as visitorNote',
      'web_url as webUrl',
      'source',
    ])
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
