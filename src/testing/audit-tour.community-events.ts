import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The events part's writes in the audit tour: a new series, its edit, publication, a translation, one date moved,
 * another cancelled, "this and following", and an own event type. `admin` holds every municipal role in Meppen.
 */
export async function tourCommunityEvents(db: Kysely<Database>, admin: Client, post: Post): Promise<void> {
  const q = '/:locale/m/:municipality/admin/events';
  const base = '/de/m/meppen/admin/events';
  const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const form = {
    typeKey: 'sports',
    sourceLocale: 'de',
    title: 'Tourlauf',
    organiserName: 'Tour',
    place: 'address',
    address: 'Sportplatz, 49716 Meppen',
    languages: 'de',
    startDate: day,
    startTime: '10:00',
    endTime: '11:00',
    repeat: 'weekly',
    weekdays: 'SA',
    ends: 'count',
    count: '5',
    registration: 'none',
  };
  await post(admin, `POST ${q}`, base, form);
  const text = await db
    .selectFrom('community_event_texts')
    .select('event_id')
    .where('title', '=', 'Tourlauf')
    .executeTakeFirstOrThrow();
  const id = text.event_id;
  await post(admin, `POST ${q}/:id`, `${base}/${id}`, { ...form, endTime: '11:30' });
  await post(admin, `POST ${q}/:id/status`, `${base}/${id}/status`, { status: 'published' });
  await post(admin, `POST ${q}/:id/texts/:lang`, `${base}/${id}/texts/en`, { title: 'Tour run' });
  const dates = await db
    .selectFrom('community_occurrences')
    .select('id')
    .where('event_id', '=', id)
    .orderBy('original_start')
    .execute();
  const [first, second, third] = dates.map((d) => d.id);
  const one = `${base}/${id}/occurrences`;
  await post(admin, `POST ${q}/:id/occurrences/:occurrenceId`, `${one}/${first}`, {
    date: day,
    startTime: '10:30',
    endTime: '11:30',
  });
  await post(admin, `POST ${q}/:id/occurrences/:occurrenceId/cancel`, `${one}/${second}/cancel`, {});
  await post(admin, `POST ${q}/:id/occurrences/:occurrenceId/split`, `${one}/${third}/split`, {});
  await post(admin, `POST ${q}/types`, `${base}/types`, { key: 'tour_typ', label_de: 'Tourtyp' });
}

/** Pages with the events part's forms in a municipality (one event, one of its dates, a translation), for crawls. */
export async function eventFormPages(db: Kysely<Database>, municipalityId: string, slug: string): Promise<string[]> {
  const o = await db
    .selectFrom('community_occurrences')
    .select(['id', 'event_id'])
    .where('municipality_id', '=', municipalityId)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>', new Date())
    .orderBy('starts_at')
    .executeTakeFirstOrThrow();
  const base = `/de/m/${slug}/admin/events/${o.event_id}`;
  return [base, `${base}/occurrences/${o.id}`, `${base}/texts/en`];
}
