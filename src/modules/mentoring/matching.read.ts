import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { pairingsWithPeople, pairingsWithPeopleEverywhere } from './core.repository.ts';

// Reads other parts link from: the pairings that wait for a person's answer ("My mentoring" links each to its
// answer page), and the addresses of the matching and answer pages.

/** The staff matching page of a cycle. */
export const matchingPath = (locale: string, municipality: string, programme: string, cycleId: string) =>
  `/${locale}/m/${municipality}/admin/mentoring/${programme}/cycles/${cycleId}/matching`;

export { answerPath } from './matching.service.ts';

/**
 * Published pairings of the person (as mentee or as mentor) that still wait for their answer, in one municipality or
 * (`t` null, for the person's own "My mentoring" tile) in every one: scoped to the person, as their account is.
 */
export async function answersAwaiting(
  db: Executor,
  t: Tenant | null,
  userId: string,
): Promise<{ pairingId: string; side: 'mentee' | 'mentor' }[]> {
  const rows = await (t ? pairingsWithPeople(db, t) : pairingsWithPeopleEverywhere(db))
    .select([
      'p.id',
      'e.user_id as menteeUserId',
      'r.user_id as mentorUserId',
      'p.mentee_answer as menteeAnswer',
      'p.mentor_answer as mentorAnswer',
    ])
    .where('p.status', '=', 'published')
    .where((eb) => eb.or([eb('e.user_id', '=', userId), eb('r.user_id', '=', userId)]))
    .orderBy('p.published_at')
    .execute();
  const out: { pairingId: string; side: 'mentee' | 'mentor' }[] = [];
  for (const r of rows) {
    if (r.menteeUserId === userId && r.menteeAnswer === null) out.push({ pairingId: r.id, side: 'mentee' });
    if (r.mentorUserId === userId && r.mentorAnswer === null) out.push({ pairingId: r.id, side: 'mentor' });
  }
  return out;
}
