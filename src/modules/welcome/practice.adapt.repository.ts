import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

/**
 * "Adapt this for my Quartier" into the guide: a draft guide page with its German text (version 1), written
 * straight on the core guide tables. The guide part is built beside this one; this small insert is all the practice
 * part needs of it, and it uses nothing but the columns of the core migration.
 */

/** A slug for the new page that the municipality's guide does not have yet: the example's, numbered if taken. */
export async function freeGuideSlug(db: Executor, t: Tenant, base: string): Promise<string> {
  const stem = base.slice(0, 70);
  const rows = await db
    .selectFrom('welcome_guide_pages')
    .select('slug')
    .where('municipality_id', '=', t.municipalityId)
    .where('slug', 'like', `${stem}%`)
    .execute();
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** Inserts a draft page in the tenant's guide with its German text as version 1; returns the page's id. */
export async function insertDraftGuidePage(
  db: Executor,
  t: Tenant,
  v: { slug: string; topic: string; title: string; body: string; by: string | null; now: Date },
): Promise<string> {
  const page = await db
    .insertInto('welcome_guide_pages')
    .values({ municipality_id: t.municipalityId, slug: v.slug, topic: v.topic, status: 'draft', position: 1000 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const text = { municipality_id: t.municipalityId, page_id: page.id, locale: 'de', title: v.title, body: v.body };
  await db
    .insertInto('welcome_guide_texts')
    .values({ ...text, version: 1, updated_by: v.by, updated_at: v.now })
    .execute();
  await db
    .insertInto('welcome_guide_versions')
    .values({ ...text, version: 1, saved_by: v.by, saved_at: v.now })
    .execute();
  return page.id;
}
