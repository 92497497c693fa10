import { notFound } from '../../platform/http/app-error.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
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

// The audit keeps the kind; of the name and the contact details only that they are set.
const summary = (v: ProviderValues | null) => summarize(v, ['kind'], ['name', 'email', 'phone', 'website']);

/** Adds a provider to the use case's tenant. */
export async function createProvider(uc: UseCase, input: ProviderInput): Promise<string> {
  const id = await insertProvider(uc.tx, useCaseTenant(uc), values(input));
  uc.record({ action: 'create', subjectType: 'directory.provider', subjectId: id, after: summary(values(input)) });
  return id;
}

/** Changes a provider of the use case's tenant; 404 when it is not the tenant's. */
export async function changeProvider(uc: UseCase, id: string, input: ProviderInput): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findProvider(uc.tx, t, id);
  if (!before || !(await updateProvider(uc.tx, t, id, values(input)))) throw notFound('provider');
  const after = summary(values(input));
  uc.record({ action: 'update', subjectType: 'directory.provider', subjectId: id, before: summary(before), after });
}
