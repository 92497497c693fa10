import type { Kysely } from 'kysely';
import { daysFrom, fixtureOccurrence } from '../modules/community/registrations.fixtures.ts';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The community registrations' writes in the audit tour: a visitor registers for a date and cancels through the
 * holder's link; the Meppen member (every municipal role, so the Quartier manager too) cancels for someone and
 * records the attendance of a date that has begun.
 */
export async function tourCommunityRegistrations(
  db: Kysely<Database>,
  admin: Client,
  visitor: Client,
  m: string,
  now: Date,
  post: Post,
): Promise<void> {
  const soon = await fixtureOccurrence(db, m, { startsAt: daysFrom(now, 9), places: 10 });
  const began = await fixtureOccurrence(db, m, { startsAt: new Date(now.getTime() - 3600_000), places: 10 });
  const p = '/:locale/m/:municipality';
  const register = `/de/m/meppen/events/${soon.eventId}/occurrences/${soon.occurrenceId}/register`;
  const guest = { name: 'Tour Gast', email: 'tour-guest-event@example.test', partySize: '2', consent: 'yes' };
  await visitor.get(register);
  await post(visitor, `POST ${p}/events/:id/occurrences/:occurrenceId/register`, register, guest);
  await post(visitor, `POST ${p}/events/:id/occurrences/:occurrenceId/register`, register, {
    ...guest,
    name: 'Tour Zweiter',
    email: 'tour-second@example.test',
  });
  const mail = await db
    .selectFrom('mail_outbox')
    .select('body_text')
    .where('to_address', '=', 'tour-guest-event@example.test')
    .executeTakeFirstOrThrow();
  const holder = /\/de\/m\/meppen\/registrations\/[0-9A-Z]{12}/.exec(mail.body_text)![0];
  await visitor.get(holder);
  await post(visitor, `POST ${p}/registrations/:token/cancel`, `${holder}/cancel`, {});
  const second = await db
    .selectFrom('community_registrations')
    .select('id')
    .where('email', '=', 'tour-second@example.test')
    .executeTakeFirstOrThrow();
  const list = `/de/m/meppen/admin/events/${soon.eventId}/occurrences/${soon.occurrenceId}/registrations`;
  const q = `${p}/admin/events/:id/occurrences/:occurrenceId/registrations`;
  await admin.get(list);
  await post(admin, `POST ${q}/:registrationId/cancel`, `${list}/${second.id}/cancel`, {});
  const counted = `/de/m/meppen/admin/events/${began.eventId}/occurrences/${began.occurrenceId}/registrations/attendance`;
  await post(admin, `POST ${q}/attendance`, counted, { total: '18', women: '10', men: '8' });
}
