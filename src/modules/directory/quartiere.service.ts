import { notFound } from '../../platform/http/app-error.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
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

/** Creates a Quartier in the tenant; a slug taken in this municipality is a field problem. */
export async function createQuartier(db: Executor, t: Tenant, input: QuartierInput): Promise<string> {
  if (await quartierSlugTaken(db, t, input.slug)) throw invalidFields({ slug: { key: 'directory.slug.taken' } });
  try {
    return await insertQuartier(db, t, values(input));
  } catch (err) {
    return uniqueToFields(err, SLUG_TAKEN);
  }
}

/** Changes a Quartier of the tenant; 404 when it is not the tenant's. */
export async function changeQuartier(db: Executor, t: Tenant, id: string, input: QuartierInput): Promise<void> {
  if (await quartierSlugTaken(db, t, input.slug, id)) throw invalidFields({ slug: { key: 'directory.slug.taken' } });
  let found: boolean;
  try {
    found = await updateQuartier(db, t, id, values(input));
  } catch (err) {
    return uniqueToFields(err, SLUG_TAKEN);
  }
  if (!found) throw notFound('quartier');
}
