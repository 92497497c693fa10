import { eventTitle } from './registrations.read.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

/** One date on the organiser's overview: how full it is and whether its attendance was counted. */
export interface OrganiserDate {
  id: string;
  eventId: string;
  title: string;
  startsAt: Date;
  status: 'scheduled' | 'cancelled';
  places: number | null;
  confirmed: number;
  waiting: number;
  counted: number | null;
}

/**
 * The dates with registration of a municipality's published events from `from` on (the recent past included, for
 * the attendance counts), earliest first; only the events `organiserUserId` organises when given (a volunteer).
 */
export async function datesForOrganiser(
  db: Executor,
  t: Tenant,
  v: { organiserUserId: string | null; from: Date; locale: string },
): Promise<OrganiserDate[]> {
  let q = db
    .selectFrom('community_occurrences as o')
    .innerJoin('community_events as e', (j) =>
      j.onRef('e.municipality_id', '=', 'o.municipality_id').onRef('e.id', '=', 'o.event_id'),
    )
    .leftJoin('community_attendance as a', (j) =>
      j.onRef('a.municipality_id', '=', 'o.municipality_id').onRef('a.occurrence_id', '=', 'o.id'),
    )
    .select((eb) => [
      'o.id',
      'o.event_id',
      'o.starts_at',
      'o.status',
      'o.places',
      'o.confirmed_count',
      'a.total',
      eventTitle(eb, v.locale).as('title'),
      eb
        .selectFrom('community_registrations as w')
        .select((w) => w.fn.countAll<string>().as('n'))
        .whereRef('w.municipality_id', '=', 'o.municipality_id')
        .whereRef('w.occurrence_id', '=', 'o.id')
        .where('w.status', '=', 'waitlisted')
        .as('waiting'),
    ])
    .where('o.municipality_id', '=', t.municipalityId)
    .where('e.status', '=', 'published')
    .where('e.registration', '=', 'required')
    .where('o.starts_at', '>=', v.from)
    .orderBy('o.starts_at')
    .limit(100);
  if (v.organiserUserId) q = q.where('e.organiser_user_id', '=', v.organiserUserId);
  return (await q.execute()).map((r) => ({
    id: r.id,
    eventId: r.event_id,
    title: r.title,
    startsAt: new Date(r.starts_at),
    status: r.status,
    places: r.places,
    confirmed: r.confirmed_count,
    waiting: Number(r.waiting ?? 0),
    counted: r.total,
  }));
}
