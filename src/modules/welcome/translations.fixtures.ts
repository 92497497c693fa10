import { tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { saveGuideText } from './guide.repository.ts';
import { SOURCE_LOCALE } from './welcome.tables.ts';

// Test data for the translations part: guide pages and German texts written the way the guide part writes them
// (a text row and a version row per save), so that these tests do not wait for the guide's forms.

/** A guide page of a municipality, without texts. */
export async function fixturePage(
  db: Executor,
  municipalityId: string,
  v: { slug: string; topic?: string; status?: string; parentId?: string | null },
): Promise<string> {
  const row = await db
    .insertInto('welcome_guide_pages')
    .values({
      municipality_id: municipalityId,
      slug: v.slug,
      topic: v.topic ?? 'arrival',
      status: v.status ?? 'published',
      parent_id: v.parentId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves the German text of a page as its next version (as the guide's editor does); returns the version. */
export async function saveGerman(
  db: Executor,
  municipalityId: string,
  pageId: string,
  text: { title: string; body: string },
  at: Date,
): Promise<number> {
  const write = { pageId, locale: SOURCE_LOCALE, ...text, sourceHash: null, sourceVersion: null, machine: false };
  return (await saveGuideText(db, tenant(municipalityId), { ...write, userId: null, now: at })).version;
}
