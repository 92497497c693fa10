import { tenant } from '../../platform/db/tenant.ts';
import type { MeEntry, NavEntry } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { INTERPRETERS, POOL_KEEPERS } from './interpreters.policy.ts';
import { countTakeable, interpreterOfUser } from './interpreters.repository.ts';

/** The pool in the staff navigation of the municipality's administrators and Quartier managers. */
export const interpretersNav: readonly NavEntry[] = [
  staffEntry('counselling.interpreters.pool', 'municipality', 'counselling/interpreters', POOL_KEEPERS, {
    label: 'counselling.interpreters.pool.title',
    order: 84,
  }),
];

const page = (c: { locale: string; municipality?: string }, path: string) => `/${c.locale}/m/${c.municipality}/${path}`;

/** "My Zuhause": the interpreter's open requests (with how many they could take now), and the pool for its keepers. */
export const interpretersMe: readonly MeEntry[] = [
  {
    id: 'counselling.interpreters.interpreting',
    scope: 'municipality',
    label: 'counselling.interpreters.page.title',
    hint: 'counselling.interpreters.page.hint',
    href: (c) => page(c, 'interpreting'),
    roles: INTERPRETERS,
    waiting: async ({ db, user, municipalityId }) => {
      if (!municipalityId) return 0;
      const t = tenant(municipalityId);
      const it = await interpreterOfUser(db, t, user.id);
      return it?.active ? countTakeable(db, t, it, new Date()) : 0;
    },
    order: 84,
  },
  {
    id: 'counselling.interpreters.pool',
    scope: 'municipality',
    label: 'counselling.interpreters.pool.title',
    hint: 'counselling.interpreters.pool.hint',
    href: (c) => page(c, 'admin/counselling/interpreters'),
    roles: POOL_KEEPERS,
    order: 85,
  },
];
