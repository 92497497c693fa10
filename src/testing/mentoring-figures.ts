import type { Kysely } from 'kysely';
import { figuresFixture } from '../modules/mentoring/figures.fixtures.ts';
import type { Database } from '../platform/db/types.ts';
import { demoEmail } from '../seed/demo-accounts.ts';

/**
 * A mentoring programme of Meppen run by Meppen's demo administrator and Quartier manager, with a finished and an
 * open cycle, so that the crawls reach its staff pages (the figures among them) from the staff overview by links,
 * whatever the module's demo holds (the demo's programme is Osnabrück's). Returns the figures page.
 */
export async function mentoringFiguresToRead(db: Kysely<Database>): Promise<string> {
  const m = await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').executeTakeFirstOrThrow();
  const staff = await db
    .selectFrom('users')
    .select('id')
    .where('email', 'in', [demoEmail('admin.meppen'), demoEmail('qm.meppen')])
    .execute();
  const f = await figuresFixture(db, m.id, { staff: staff.map((s) => s.id), slug: 'mentoring-meppen' });
  return `/de/m/meppen/admin/mentoring/${f.slug}/figures`;
}
