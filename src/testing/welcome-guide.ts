import type { Kysely } from 'kysely';
import { fixtureGuidePage } from '../modules/welcome/guide.fixtures.ts';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * A guide page waiting for review in a municipality (its edit page offers every form of the workflow, publishing
 * included), with two German versions (its versions page offers a diff). Returns its id.
 */
export function guidePageInReview(db: Kysely<Database>, municipalityId: string, slug = 'probe-seite'): Promise<string> {
  return fixtureGuidePage(db, municipalityId, {
    slug,
    status: 'review',
    de: [
      { title: 'Probeseite', body: '<p>Erste Fassung.</p>' },
      { title: 'Probeseite', body: '<p>Zweite Fassung.</p>' },
    ],
  });
}

/** Start pages for the bad-input crawl: the guide's staff list, its new-page form and a page's edit form. */
export async function guideFormPages(db: Kysely<Database>, municipalityId: string, m: string): Promise<string[]> {
  const id = await guidePageInReview(db, municipalityId, 'bad-input-seite');
  const base = `/de/m/${m}/admin/guide`;
  return [base, `${base}/new`, `${base}/${id}/edit`, `${base}/${id}/versions`];
}

/** The guide's writes in the audit tour: a page added, changed, sent for review and published. */
export async function tourWelcomeGuide(db: Kysely<Database>, admin: Client, municipalityId: string, post: Post) {
  const q = '/:locale/m/:municipality/admin/guide';
  const base = '/de/m/meppen/admin/guide';
  const form = {
    title: 'Tourseite',
    body: '<p>Eine Seite der Tour.</p>',
    slug: 'tourseite',
    topic: 'arrival',
    position: '5',
  };
  await admin.get(`${base}/new`);
  await post(admin, `POST ${q}`, base, form);
  const { id } = await db
    .selectFrom('welcome_guide_pages')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('slug', '=', 'tourseite')
    .executeTakeFirstOrThrow();
  await post(admin, `POST ${q}/:id`, `${base}/${id}`, {
    ...form,
    body: '<p>Geändert.</p>',
    lastCheckedOn: '2026-11-30',
  });
  await post(admin, `POST ${q}/:id/status`, `${base}/${id}/status`, { status: 'review' });
  await post(admin, `POST ${q}/:id/publish`, `${base}/${id}/publish`, {});
}
