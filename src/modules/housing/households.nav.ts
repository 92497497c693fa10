import type { Kysely } from 'kysely';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { tenant } from '../../platform/db/tenant.ts';
import type { Database } from '../../platform/db/types.ts';
import type { MeEntry, NavEntry } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { flatsWithApplicants, offersWaiting } from './applications.repository.ts';
import { landlordScope } from './applications.service.ts';
import { householdIdOfOwner, listHouseholds } from './households.repository.ts';

type Query = { db: Kysely<Database>; user: SessionUser; municipalityId: string | null };

/** Staff pages of the apply part (applicants, counselled households) and the household's own page. */
export const householdsNav: readonly NavEntry[] = [
  staffEntry('housing.applicants', 'municipality', 'housing/applicants', ['landlord', 'municipality_admin'], {
    label: 'housing.apply.applicantsTitle',
    order: 62,
  }),
  staffEntry('housing.households', 'municipality', 'housing/households', ['counsellor', 'municipality_admin'], {
    label: 'housing.households.adminTitle',
    order: 64,
  }),
  // On the municipality's public pages, for everyone: a visitor is asked to sign in first.
  staffEntry('housing.household', 'public', 'housing/household', [], { label: 'housing.households.title', order: 25 }),
];

async function offers(q: Query): Promise<number> {
  if (!q.municipalityId) return 0;
  const t = tenant(q.municipalityId);
  const id = await householdIdOfOwner(q.db, t, q.user.id);
  return id ? offersWaiting(q.db, t, id) : 0;
}

async function applicantsWaiting(q: Query): Promise<number> {
  if (!q.municipalityId) return 0;
  const t = tenant(q.municipalityId);
  const flats = await flatsWithApplicants(q.db, t, landlordScope(q.user, t));
  return flats.reduce((n, f) => n + Number(f.waiting ?? 0), 0);
}

async function helped(q: Query): Promise<number> {
  if (!q.municipalityId) return 0;
  return (await listHouseholds(q.db, tenant(q.municipalityId), q.user.id)).length;
}

const page = (c: { locale: string; municipality?: string }, path: string) => `/${c.locale}/m/${c.municipality}/${path}`;

/** "My Zuhause": the household's profile and applications, the landlord's applicants, the counsellor's households. */
export const householdsMe: readonly MeEntry[] = [
  {
    id: 'housing.household',
    scope: 'municipality',
    label: 'housing.households.meProfile',
    hint: 'housing.households.meProfileHint',
    href: (c) => page(c, 'housing/household'),
    // Anyone may look for a flat: every person with a place in the municipality has the tile.
    roles: [],
    order: 60,
  },
  {
    id: 'housing.applications',
    scope: 'municipality',
    label: 'housing.apply.mine',
    hint: 'housing.apply.meHint',
    href: (c) => `${page(c, 'housing/household')}#applications`,
    roles: ['resident'],
    waiting: offers,
    order: 61,
  },
  {
    id: 'housing.applicants',
    scope: 'municipality',
    label: 'housing.apply.applicantsTitle',
    hint: 'housing.apply.meApplicantsHint',
    href: (c) => page(c, 'admin/housing/applicants'),
    roles: ['landlord'],
    waiting: applicantsWaiting,
    order: 62,
  },
  {
    id: 'housing.households',
    scope: 'municipality',
    label: 'housing.households.meHelped',
    hint: 'housing.households.meHelpedHint',
    href: (c) => page(c, 'admin/housing/households'),
    roles: ['counsellor'],
    waiting: helped,
    order: 64,
  },
];
