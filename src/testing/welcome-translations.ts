import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import { contentHash } from '../modules/welcome/guide.segments.ts';

/**
 * A guide page with a German text and an unreviewed Farsi machine translation, so that the crawls (bad input,
 * tenant leak, role journeys) find the translation editor with all three of its forms whatever the demo content
 * holds. Written directly, as the guide part would; returns the page's id. Idempotent per municipality.
 */
export async function guidePageToTranslate(db: Kysely<Database>, municipalityId: string): Promise<string> {
  const slug = 'uebersetzung-probe';
  const found = await db
    .selectFrom('welcome_guide_pages')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (found) return found.id;
  const { id } = await db
    .insertInto('welcome_guide_pages')
    .values({ municipality_id: municipalityId, slug, topic: 'arrival', status: 'published' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const de = { title: 'Anmeldung der Wohnung', body: '<p>Melden Sie Ihre Wohnung innerhalb von zwei Wochen an.</p>' };
  const fa = { title: 'ثبت محل سکونت', body: '<p>محل سکونت خود را ظرف دو هفته ثبت کنید.</p>' };
  const texts = [
    { locale: 'de', ...de, source_hash: null, source_version: null, machine: false },
    { locale: 'fa', ...fa, source_hash: contentHash(de.title, de.body), source_version: 1, machine: true },
  ];
  for (const x of texts) {
    await db
      .insertInto('welcome_guide_texts')
      .values({ municipality_id: municipalityId, page_id: id, ...x })
      .execute();
    await db
      .insertInto('welcome_guide_versions')
      .values({
        municipality_id: municipalityId,
        page_id: id,
        locale: x.locale,
        version: 1,
        title: x.title,
        body: x.body,
        machine: x.machine,
      })
      .execute();
  }
  return id;
}
