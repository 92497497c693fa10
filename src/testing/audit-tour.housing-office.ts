import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/**
 * The housing office's writes in the audit tour: a new round, the demo's draft round previewed and run, one proposal
 * confirmed from the list and one from its explanation page. `admin` is a Meppen administrator.
 */
export async function tourHousingOffice(db: Kysely<Database>, admin: Client, post: Post): Promise<void> {
  const q = '/:locale/m/:municipality/admin/housing/rounds';
  const base = '/de/m/meppen/admin/housing/rounds';
  const draft = await db
    .selectFrom('housing_rounds')
    .select('id')
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow();
  const round = { title: 'Tourrunde', policy: 'priority', householdScope: 'all', flatScope: 'all' };
  await post(admin, `POST ${q}`, base, round);
  const made = await db
    .selectFrom('housing_rounds')
    .select('id')
    .where('title', '=', 'Tourrunde')
    .executeTakeFirstOrThrow();
  await post(admin, `POST ${q}/:id/preview`, `${base}/${draft.id}/preview`, {});
  await post(admin, `POST ${q}/:id/run`, `${base}/${draft.id}/run`, { policy: 'optimal' });
  await post(admin, `POST ${q}/:id/run`, `${base}/${made.id}/run`, { policy: 'priority' });
  const first = async (roundId: string) =>
    (
      await db
        .selectFrom('housing_round_proposals')
        .select('household_id')
        .where('round_id', '=', roundId)
        .orderBy('household_id')
        .executeTakeFirstOrThrow()
    ).household_id;
  await post(admin, `POST ${q}/:id/confirm`, `${base}/${draft.id}/confirm`, { household: await first(draft.id) });
  const single = `${base}/${made.id}/proposals/${await first(made.id)}/confirm`;
  await post(admin, `POST ${q}/:id/proposals/:householdId/confirm`, single, {
    reason: 'Abweichung für die Tour begründet',
  });
}
