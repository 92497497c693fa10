import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import '../platform/auth/auth-tables.ts';

/** Seeds the demo when the database holds no municipality yet; returns whether it seeded. */
export async function seedIfEmpty(db: Kysely<Database>): Promise<boolean> {
  const any = await db.selectFrom('municipalities').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await seedDemo(db);
  return true;
}

/** Writes the demo data (placeholder until the directory module's demo lands). */
export async function seedDemo(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('municipalities')
    .values([
      { slug: 'meppen', ags: '03454032', name: 'Meppen', district: 'Landkreis Emsland' },
      { slug: 'osnabrueck', ags: '03404000', name: 'Osnabrück', district: 'Kreisfreie Stadt Osnabrück' },
      { slug: 'asendorf', ags: '03251003', name: 'Asendorf', district: 'Landkreis Diepholz' },
      { slug: 'hannover', ags: '03241001', name: 'Hannover', district: 'Region Hannover' },
    ])
    .execute();
}
