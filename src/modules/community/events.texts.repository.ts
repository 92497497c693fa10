import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { EventText } from './events.texts.ts';

/** The texts (all languages) of the given events. */
export async function textsOf(db: Executor, t: Tenant, eventIds: readonly string[]): Promise<EventText[]> {
  if (eventIds.length === 0) return [];
  const rows = await db
    .selectFrom('community_event_texts')
    .select(['event_id', 'locale', 'title', 'description', 'source_hash'])
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', 'in', eventIds)
    .execute();
  return rows.map((r) => ({
    eventId: r.event_id,
    locale: r.locale as Locale,
    title: r.title,
    description: r.description,
    sourceHash: r.source_hash,
  }));
}

export async function upsertText(db: Executor, t: Tenant, text: EventText, now: Date): Promise<void> {
  const values = { title: text.title, description: text.description, source_hash: text.sourceHash, updated_at: now };
  await db
    .insertInto('community_event_texts')
    .values({ municipality_id: t.municipalityId, event_id: text.eventId, locale: text.locale, ...values })
    .onConflict((oc) => oc.columns(['municipality_id', 'event_id', 'locale']).doUpdateSet(values))
    .execute();
}

export async function deleteText(db: Executor, t: Tenant, eventId: string, locale: Locale): Promise<number> {
  const r = await db
    .deleteFrom('community_event_texts')
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', '=', eventId)
    .where('locale', '=', locale)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Copies every text of one event to another (a split keeps its translations, their hashes too). */
export async function copyTexts(db: Executor, t: Tenant, from: string, to: string, now: Date): Promise<void> {
  for (const x of await textsOf(db, t, [from])) await upsertText(db, t, { ...x, eventId: to }, now);
}
