import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { ProviderKind } from './directory.tables.ts';

export interface ProviderRow {
  id: string;
  name: string;
  kind: ProviderKind;
  email: string | null;
  phone: string | null;
  website: string | null;
}

export type ProviderValues = Omit<ProviderRow, 'id'>;

function base(db: Executor, t: Tenant) {
  return db
    .selectFrom('providers')
    .select(['id', 'name', 'kind', 'email', 'phone', 'website'])
    .where('municipality_id', '=', t.municipalityId);
}

/** The tenant's providers (Träger) by name. */
export function listProviders(db: Executor, t: Tenant): Promise<ProviderRow[]> {
  return base(db, t).orderBy('name').execute();
}

export function findProvider(db: Executor, t: Tenant, id: string): Promise<ProviderRow | undefined> {
  return base(db, t).where('id', '=', id).executeTakeFirst();
}

export async function insertProvider(db: Executor, t: Tenant, v: ProviderValues): Promise<string> {
  const row = await db
    .insertInto('providers')
    .values({ municipality_id: t.municipalityId, ...v })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates one provider of the tenant; false when the tenant has no such provider. */
export async function updateProvider(db: Executor, t: Tenant, id: string, v: ProviderValues): Promise<boolean> {
  const r = await db
    .updateTable('providers')
    .set(v)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}
