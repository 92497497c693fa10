import { notFound } from '../../platform/http/app-error.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { ProviderInput } from './directory.schema.ts';
import {
  findProvider,
  insertProvider,
  listProviders,
  type ProviderRow,
  type ProviderValues,
  updateProvider,
} from './providers.repository.ts';

export type { ProviderRow };

function values(input: ProviderInput): ProviderValues {
  return {
    name: input.name,
    kind: input.kind,
    email: input.email ?? null,
    phone: input.phone ?? null,
    website: input.website ?? null,
  };
}

/** The tenant's providers (Träger) by name. */
export function providersOf(db: Executor, t: Tenant): Promise<ProviderRow[]> {
  return listProviders(db, t);
}

/** One provider of the tenant; 404 when it is not the tenant's. */
export async function getProvider(db: Executor, t: Tenant, id: string): Promise<ProviderRow> {
  const p = await findProvider(db, t, id);
  if (!p) throw notFound('provider');
  return p;
}

/** Adds a provider to the tenant. */
export function createProvider(db: Executor, t: Tenant, input: ProviderInput): Promise<string> {
  return insertProvider(db, t, values(input));
}

/** Changes a provider of the tenant; 404 when it is not the tenant's. */
export async function changeProvider(db: Executor, t: Tenant, id: string, input: ProviderInput): Promise<void> {
  if (!(await updateProvider(db, t, id, values(input)))) throw notFound('provider');
}
