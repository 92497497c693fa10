import { notFound } from '../../platform/http/app-error.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { invalidFields, uniqueToFields } from './directory.errors.ts';
import type { QuartierInput } from './directory.schema.ts';
import {
  findQuartier,
  findQuartierBySlug,
  insertQuartier,
  listQuartiere,
  type QuartierRow,
  type QuartierValues,
  quartierSlugTaken,
  updateQuartier,
} from './quartiere.repository.ts';

export type { QuartierRow };

const SLUG_TAKEN = { quartiere_municipality_id_slug_key: { slug: { key: 'directory.slug.taken' } } };

function values(input: QuartierInput): QuartierValues {
  return {
    name: input.name,
    slug: input.slug,
    areaDescription: input.areaDescription ?? '',
    boundary: input.boundary,
    approxResidents: input.approxResidents ?? null,
    sourceLocale: input.sourceLocale,
  };
}

/** The tenant's Quartiere by name. */
export function quartiereOf(db: Executor, t: Tenant): Promise<QuartierRow[]> {
  return listQuartiere(db, t);
}

/** One Quartier of the tenant by id; 404 when it is not the tenant's. */
export async function getQuartier(db: Executor, t: Tenant, id: string): Promise<QuartierRow> {
  const q = await findQuartier(db, t, id);
  if (!q) throw notFound('quartier');
  return q;
}

/** One Quartier of the tenant by its slug; 404 when unknown. */
export async function getQuartierBySlug(db: Executor, t: Tenant, slug: string): Promise<QuartierRow> {
  const q = await findQuartierBySlug(db, t, slug);
  if (!q) throw notFound('quartier');
  return q;
}

// The audit keeps the slug, numbers and language; of the texts (name, description, boundary) only that they are set.
const summary = (v: QuartierValues | null) =>
  summarize(v, ['slug', 'approxResidents', 'sourceLocale'], ['name', 'areaDescription', 'boundary']);

/** Creates a Quartier in the use case's tenant; a slug taken in this municipality is a field problem. */
export async function createQuartier(uc: UseCase, input: QuartierInput): Promise<string> {
  const t = useCaseTenant(uc);
  if (await quartierSlugTaken(uc.tx, t, input.slug)) throw invalidFields({ slug: { key: 'directory.slug.taken' } });
  let id: string;
  try {
    id = await insertQuartier(uc.tx, t, values(input));
  } catch (err) {
    return uniqueToFields(err, SLUG_TAKEN);
  }
  uc.record({ action: 'create', subjectType: 'directory.quartier', subjectId: id, after: summary(values(input)) });
  return id;
}

/** Changes a Quartier of the use case's tenant; 404 when it is not the tenant's. */
export async function changeQuartier(uc: UseCase, id: string, input: QuartierInput): Promise<void> {
  const t = useCaseTenant(uc);
  if (await quartierSlugTaken(uc.tx, t, input.slug, id)) throw invalidFields({ slug: { key: 'directory.slug.taken' } });
  const before = await findQuartier(uc.tx, t, id);
  if (!before) throw notFound('quartier');
  try {
    await updateQuartier(uc.tx, t, id, values(input));
  } catch (err) {
    return uniqueToFields(err, SLUG_TAKEN);
  }
  uc.record({
    action: 'update',
    subjectType: 'directory.quartier',
    subjectId: id,
    before: summary(before),
    after: summary(values(input)),
  });
}
