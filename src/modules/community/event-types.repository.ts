import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

/** A municipality's own event type: its key and label per language (German always there). */
export interface OwnType {
  key: string;
  labels: Record<string, string>;
}

function labelsOf(v: unknown): Record<string, string> {
  const o = typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
  return o && typeof o === 'object' ? (o as Record<string, string>) : {};
}

export async function ownTypes(db: Executor, t: Tenant): Promise<OwnType[]> {
  const rows = await db
    .selectFrom('community_event_types')
    .select(['key', 'labels'])
    .where('municipality_id', '=', t.municipalityId)
    .orderBy('key')
    .execute();
  return rows.map((r) => ({ key: r.key, labels: labelsOf(r.labels) }));
}

/** Adds a type; false when the key is taken in this municipality. */
export async function insertType(db: Executor, t: Tenant, type: OwnType): Promise<boolean> {
  const r = await db
    .insertInto('community_event_types')
    .values({ municipality_id: t.municipalityId, key: type.key, labels: JSON.stringify(type.labels) })
    .onConflict((oc) => oc.columns(['municipality_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return r !== undefined;
}
