import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

export interface SeedOccurrence {
  id: string;
  places: number | null;
}

/**
 * The dates of a municipality's published cooking evening that the demo fills: the coming ones that were neither
 * cancelled nor moved (in order), and the latest past one. Null when the municipality has no such evening.
 */
export async function cookingEvenings(
  db: Executor,
  t: Tenant,
  now: Date,
): Promise<{ coming: SeedOccurrence[]; past: SeedOccurrence | null } | null> {
  const event = await db
    .selectFrom('community_events')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('type_key', '=', 'cooking_evening')
    .where('status', '=', 'published')
    .where('registration', '=', 'required')
    .orderBy('created_at')
    .executeTakeFirst();
  if (!event) return null;
  const dates = db
    .selectFrom('community_occurrences')
    .select(['id', 'places'])
    .where('municipality_id', '=', t.municipalityId)
    .where('event_id', '=', event.id)
    .where('status', '=', 'scheduled')
    .whereRef('starts_at', '=', 'original_start');
  const [coming, past] = await Promise.all([
    dates.where('starts_at', '>', now).orderBy('starts_at').limit(2).execute(),
    dates.where('ends_at', '<', now).orderBy('starts_at', 'desc').executeTakeFirst(),
  ]);
  return { coming, past: past ?? null };
}
