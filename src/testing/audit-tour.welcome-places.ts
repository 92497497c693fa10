import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The welcome module's places and welcome-page writes in the audit tour: a place added, changed, imported and
 * deleted; the welcome page saved and translated; a contact point added, changed and removed.
 */
export async function tourWelcomePlaces(db: Kysely<Database>, admin: Client, municipalityId: string, post: Post) {
  const q = '/:locale/m/:municipality/admin';
  const base = '/de/m/meppen/admin';
  const place = { name: 'Tourort', kind: 'library', openingHours: 'Mo-Fr 10:00-18:00', lat: '52.69', lon: '7.29' };
  await post(admin, `POST ${q}/places`, `${base}/places`, place);
  const { id } = await db
    .selectFrom('welcome_places')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('name', '=', 'Tourort')
    .executeTakeFirstOrThrow();
  await post(admin, `POST ${q}/places/:id`, `${base}/places/${id}`, {
    ...place,
    wheelchair: 'yes',
    description: 'Bücher.',
  });
  const text = { description: 'Books.' };
  await post(admin, `POST ${q}/places/:id/texts/:lang`, `${base}/places/${id}/texts/en`, text);
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'node/987654',
        geometry: { type: 'Point', coordinates: [7.29, 52.69] },
        properties: { name: 'Tourimport', amenity: 'library' },
      },
    ],
  });
  await post(admin, `POST ${q}/places/import`, `${base}/places/import`, { geojson });
  await post(admin, `POST ${q}/places/:id/delete`, `${base}/places/${id}/delete`, {});

  const home = { headline: 'Willkommen zur Tour', body: 'Ein Absatz.' };
  await post(admin, `POST ${q}/welcome`, `${base}/welcome`, home);
  await post(admin, `POST ${q}/welcome/texts/:lang`, `${base}/welcome/texts/en`, { headline: 'Welcome to the tour' });
  await post(admin, `POST ${q}/welcome/contacts`, `${base}/welcome/contacts`, { name: 'Tourbüro' });
  const contact = await db
    .selectFrom('welcome_contacts')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('name', '=', 'Tourbüro')
    .executeTakeFirstOrThrow();
  const url = `${base}/welcome/contacts/${contact.id}`;
  await post(admin, `POST ${q}/welcome/contacts/:id`, url, { name: 'Tourbüro 2', openingHours: 'Mo 09:00-12:00' });
  await post(admin, `POST ${q}/welcome/contacts/:id/delete`, `${url}/delete`, {});
}

/** For the role journeys: a place and a contact point of Meppen, so that their staff pages have a link. */
export async function welcomePlacesToRead(db: Kysely<Database>): Promise<void> {
  const m = await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').executeTakeFirstOrThrow();
  await welcomePlacesFormPages(db, m.id);
}

/**
 * Start pages for the bad-input crawl (and the tenant-leak crawl): the staff pages of places and of the welcome page, with one place and one
 * contact point of Meppen (made here when the demo has none), so that their edit forms are found.
 */
export async function welcomePlacesFormPages(
  db: Kysely<Database>,
  municipalityId: string,
  slug = 'meppen',
): Promise<string[]> {
  const base = `/de/m/${slug}/admin`;
  let place = await db
    .selectFrom('welcome_places')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  place ??= await db
    .insertInto('welcome_places')
    .values({ municipality_id: municipalityId, kind: 'other', name: 'Prüfort', osm_tags: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('welcome_pages')
    .values({ municipality_id: municipalityId, video_url: null, video_host: null })
    .onConflict((oc) => oc.column('municipality_id').doNothing())
    .execute();
  await db.insertInto('welcome_contacts').values({ municipality_id: municipalityId, name: 'Prüfstelle' }).execute();
  return [`${base}/places`, `${base}/places/${place.id}/edit`, `${base}/places/import`, `${base}/welcome`];
}
