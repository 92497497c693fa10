import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/types.ts';

/** A hostile body as it might sit in the database from before the cleaning rule, or from a direct write. */
export const HOSTILE_BODY =
  '<p style="color:red" onclick="steal()">Hallo <strong>Welt</strong></p><img src="x" onerror="alert(1)">' +
  '<script>alert(2)</script><a href="javascript:alert(3)">Link</a><a href="https://example.org/">Amt</a>';

/** Guide pages for offline tests, written straight into the core tables: the guide part is built elsewhere. */
export async function offlineGuideFixture(db: Kysely<Database>) {
  const ms = await db.selectFrom('municipalities').select(['id', 'slug']).execute();
  const id = (slug: string) => ms.find((m) => m.slug === slug)!.id;
  const page = async (
    m: string,
    slug: string,
    status: string,
    texts: Record<string, [string, string]>,
    position = 0,
  ) => {
    const row = await db
      .insertInto('welcome_guide_pages')
      .values({ municipality_id: id(m), slug, topic: 'arrival', status, position })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [locale, [title, body]] of Object.entries(texts)) {
      await db
        .insertInto('welcome_guide_texts')
        .values({ municipality_id: id(m), page_id: row.id, locale, title, body })
        .execute();
    }
    return row.id;
  };
  return {
    translated: await page(
      'meppen',
      'offline-anmeldung',
      'published',
      {
        de: ['Offline: Anmeldung', HOSTILE_BODY],
        en: ['Offline: registration', '<p>Register within two weeks.</p>'],
        fa: ['آفلاین: ثبت نام', '<p>ثبت نام</p>'],
      },
      1,
    ),
    germanOnly: await page('meppen', 'offline-kita', 'published', { de: ['Offline: Kita', '<p>Kita-Platz</p>'] }, 2),
    draft: await page('meppen', 'offline-entwurf', 'draft', {
      de: ['Offline: Entwurf', '<p>x</p>'],
      en: ['Draft', '<p>x</p>'],
    }),
    other: await page('osnabrueck', 'offline-osnabrueck', 'published', { de: ['Offline: Osnabrück', '<p>y</p>'] }),
    meppen: id('meppen'),
  };
}
