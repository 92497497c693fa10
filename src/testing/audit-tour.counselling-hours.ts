import type { Kysely } from 'kysely';
import { fixtureService } from '../modules/counselling/counselling.fixtures.ts';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';
import { dayAhead } from './counselling-hours.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The hours part's writes in the audit tour: `admin` (every municipal role, signed in as `adminEmail`) adds and
 * removes a weekly range and an exception on their own page, and again on the keepers' page of another counsellor.
 */
export async function tourCounsellingHours(
  db: Kysely<Database>,
  admin: Client,
  municipalityId: string,
  adminEmail: string,
  post: Post,
) {
  const q = '/:locale/m/:municipality/admin/counselling';
  const base = '/de/m/meppen/admin/counselling';
  const user = await db.selectFrom('users').select('id').where('email', '=', adminEmail).executeTakeFirstOrThrow();
  const mine = await fixtureService(db, municipalityId, { title: 'Toursprechstunde', weekdays: [1], userId: user.id });
  const other = await fixtureService(db, municipalityId, { title: 'Tourberatung', weekdays: [1] });
  const day = dayAhead(new Date(), 30);
  const pages = [
    { route: `${q}/hours`, url: `${base}/hours`, seat: mine.counsellorId },
    {
      route: `${q}/counsellors/:id/hours`,
      url: `${base}/counsellors/${other.counsellorId}/hours`,
      seat: other.counsellorId,
    },
  ];
  for (const p of pages) {
    const range = { service: p.seat, weekday: '4', starts: '09:00', ends: '11:00', validFrom: day };
    await post(admin, `POST ${p.route}`, p.url, range);
    const h = await db
      .selectFrom('counselling_hours')
      .select('id')
      .where('counsellor_id', '=', p.seat)
      .where('weekday', '=', 4)
      .executeTakeFirstOrThrow();
    await post(admin, `POST ${p.route}/:rid/remove`, `${p.url}/${h.id}/remove`, {});
    const off = { exceptionService: p.seat, day, reason: 'training' };
    await post(admin, `POST ${p.route}/exceptions`, `${p.url}/exceptions`, off);
    const e = await db
      .selectFrom('counselling_exceptions')
      .select('id')
      .where('counsellor_id', '=', p.seat)
      .executeTakeFirstOrThrow();
    await post(admin, `POST ${p.route}/exceptions/:rid/remove`, `${p.url}/exceptions/${e.id}/remove`, {});
  }
}
