import { sql } from 'kysely';
import { tenant } from '../../platform/db/tenant.ts';
import type { MeEntry, NavEntry } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { FLAT_STAFF, flatScope } from './flats.policy.ts';
import { draftCount } from './flats.repository.ts';

/** The flats' entries: the public search for everyone, the staff list for landlords and the housing office. */
export const flatsNav: readonly NavEntry[] = [
  staffEntry('housing.flats.public', 'public', 'flats', [], { label: 'housing.flats.nav.public', order: 40 }),
  staffEntry('housing.flats.staff', 'municipality', 'housing/flats', FLAT_STAFF, {
    label: 'housing.flats.nav.staff',
    order: 50,
  }),
];

/** "My Zuhause": flats still in draft, and applications not yet looked at, of the person's providers. */
export const flatsMe: readonly MeEntry[] = [
  {
    id: 'housing.flats.staff',
    scope: 'municipality',
    label: 'housing.flats.nav.staff',
    hint: 'housing.flats.me.hint',
    href: (c) => `/${c.locale}/m/${c.municipality}/admin/housing/flats`,
    roles: FLAT_STAFF,
    waiting: async ({ db, user, municipalityId }) => {
      if (!municipalityId) return 0;
      const t = tenant(municipalityId);
      const scope = flatScope(user, municipalityId);
      const drafts = await draftCount(db, t, scope);
      if (scope !== null && scope.length === 0) return drafts;
      // Submitted applications to the person's flats: the same module's table, read only.
      const providers = scope === null ? sql`true` : sql`f.provider_id in (${sql.join(scope)})`;
      const r = await sql<{ n: string }>`
        select count(*) as n from housing_applications a
        join housing_flats f on f.municipality_id = a.municipality_id and f.id = a.flat_id
        where a.municipality_id = ${municipalityId} and a.status = 'submitted' and ${providers}`.execute(db);
      return drafts + Number(r.rows[0]?.n ?? 0);
    },
    order: 50,
  },
];
