import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import './photos.tables.ts';

/** A photo without its bytes: what pages list. */
export interface PhotoMeta {
  id: string;
  flatId: string;
  width: number;
  height: number;
  bytes: number;
  altText: string;
}

/** The photos of the given flats, in order. */
export async function photosOf(db: Executor, t: Tenant, flatIds: readonly string[]): Promise<PhotoMeta[]> {
  if (flatIds.length === 0) return [];
  const rows = await db
    .selectFrom('housing_flat_photos')
    .select(['id', 'flat_id', 'width', 'height', 'bytes', 'alt_text'])
    .where('municipality_id', '=', t.municipalityId)
    .where('flat_id', 'in', flatIds)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    flatId: r.flat_id,
    width: r.width,
    height: r.height,
    bytes: r.bytes,
    altText: r.alt_text,
  }));
}

/** One photo's bytes, if it belongs to this flat of the tenant. */
export async function photoData(db: Executor, t: Tenant, flatId: string, id: string) {
  return db
    .selectFrom('housing_flat_photos')
    .select(['data', 'content_type'])
    .where('municipality_id', '=', t.municipalityId)
    .where('flat_id', '=', flatId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertPhoto(
  db: Executor,
  t: Tenant,
  v: { flatId: string; data: Uint8Array; width: number; height: number; altText: string },
): Promise<string> {
  const count = await db
    .selectFrom('housing_flat_photos')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('flat_id', '=', v.flatId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('housing_flat_photos')
    .values({
      municipality_id: t.municipalityId,
      flat_id: v.flatId,
      position: Number(count.n) + 1,
      content_type: 'image/webp',
      data: v.data,
      width: v.width,
      height: v.height,
      bytes: v.data.byteLength,
      alt_text: v.altText,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deletePhoto(db: Executor, t: Tenant, flatId: string, id: string): Promise<number> {
  const r = await db
    .deleteFrom('housing_flat_photos')
    .where('municipality_id', '=', t.municipalityId)
    .where('flat_id', '=', flatId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
