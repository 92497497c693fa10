import type { Kysely } from 'kysely';
import { fixtureService } from '../modules/counselling/counselling.fixtures.ts';
import { fixtureAppointment } from '../modules/counselling/day.fixtures.ts';
import { localDay } from '../modules/counselling/slots.ts';
import type { Database } from '../platform/db/types.ts';
import { demoEmail } from '../seed/demo-accounts.ts';

/**
 * A service counselled by Meppen's demo counsellor (or by `email`), with an appointment that began a minute ago
 * and a walk-in counted today, so that the crawls reach the day's pages (done, rebook, a walk-in's counts) by
 * links, whatever the other counselling parts' demo holds. Returns the pages a crawl may start from.
 */
export async function dayToRead(
  db: Kysely<Database>,
  now: Date,
  email = demoEmail('beratung.meppen'),
): Promise<{ day: string; done: string; rebook: string; contact: string; figures: string }> {
  const m = await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').executeTakeFirstOrThrow();
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  const s = await fixtureService(db, m.id, {
    title: 'Sprechstunde zum Tagesablauf',
    userId: user.id,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
  });
  // Began a minute ago, or earlier today where the person already has an appointment then (one person, one time).
  const minute = Math.floor(now.getTime() / 60_000) * 60_000;
  let id = '';
  let startsAt = new Date(minute - 60_000);
  for (let tries = 0; !id; tries++) {
    startsAt = new Date(minute - (1 + 31 * tries) * 60_000);
    id = await fixtureAppointment(db, m.id, { ...s, startsAt, name: 'Crawl Person' }).catch((err: unknown) => {
      if (tries >= 8 || (err as { code?: string }).code !== '23P01') throw err;
      return '';
    });
  }
  const day = localDay(startsAt, 'Europe/Berlin');
  const contact = await db
    .insertInto('counselling_contacts')
    .values({
      municipality_id: m.id,
      service_id: s.serviceId,
      day,
      kind: 'walk_in',
      topic: 'housing',
      language: 'ar',
      channel: 'in_person',
      duration_minutes: 20,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const base = '/de/m/meppen/admin/counselling/day';
  return {
    day: `${base}?date=${day}`,
    done: `${base}/${id}/done`,
    rebook: `${base}/${id}/rebook`,
    contact: `${base}/contacts/${contact.id}`,
    figures: '/de/m/meppen/admin/counselling/figures',
  };
}
