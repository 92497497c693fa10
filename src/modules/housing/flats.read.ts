import type { PageOf, PageSlice } from '../../platform/db/paginate.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { getProvider, quartiereOf } from '../directory/index.ts';
import { PUBLIC_STATUSES } from './flats.policy.ts';
import { findFlatRow, type FlatFilter, type FlatRow, publishedFlatRows } from './flats.repository.ts';
import type { FlatText } from './flats.texts.ts';
import { textsOf } from './flats.texts.repository.ts';
import { type PhotoMeta, photosOf } from './photos.repository.ts';

/** A flat as the public sees it: the row, its texts in every language, the Quartier's name, its photos. */
export interface PublicFlat extends FlatRow {
  texts: FlatText[];
  quartierName: string | null;
  photos: PhotoMeta[];
}

/** A published flat's page: also the landlord's name. */
export interface FlatDetail extends PublicFlat {
  providerName: string;
}

async function withDetails(db: Executor, t: Tenant, rows: FlatRow[]): Promise<PublicFlat[]> {
  const ids = rows.map((r) => r.id);
  const [texts, quartiere, photos] = await Promise.all([textsOf(db, t, ids), quartiereOf(db, t), photosOf(db, t, ids)]);
  return rows.map((r) => ({
    ...r,
    texts: texts.filter((x) => x.flatId === r.id),
    quartierName: quartiere.find((q) => q.id === r.quartierId)?.name ?? null,
    photos: photos.filter((p) => p.flatId === r.id),
  }));
}

/** One page of the tenant's published flats that fit the filter (for the search page and the API). */
export async function listFlats(
  db: Executor,
  t: Tenant,
  filter: FlatFilter,
  page: PageSlice,
): Promise<PageOf<PublicFlat>> {
  const { rows, total } = await publishedFlatRows(db, t, filter, page);
  return { rows: await withDetails(db, t, rows), total };
}

/** A flat the public may see (published or reserved) with its landlord's name, or null. */
export async function findFlat(db: Executor, t: Tenant, id: string): Promise<FlatDetail | null> {
  const row = await findFlatRow(db, t, id);
  if (!row || !PUBLIC_STATUSES.includes(row.status)) return null;
  const [flat] = await withDetails(db, t, [row]);
  const provider = await getProvider(db, t, row.providerId);
  return { ...flat!, providerName: provider.name };
}
