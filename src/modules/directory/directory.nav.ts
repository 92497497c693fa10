import type { Kysely } from 'kysely';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { tenant } from '../../platform/db/tenant.ts';
import type { Database } from '../../platform/db/types.ts';
import type { MeEntry, NavContext, NavEntry } from '../../platform/modules/manifest.ts';
import { staffEntry } from '../../platform/modules/nav.ts';
import { DIRECTORY_READERS } from './directory.policy.ts';
import { quartiereOf } from './quartiere.service.ts';
import { translationStates, translationsOf } from './translations.service.ts';

const admin = (ctx: NavContext, section: string) => `/${ctx.locale}/m/${ctx.municipality}/admin/${section}`;

/** The directory's sections on a municipality's staff pages and on the state's. */
export const directoryNav: readonly NavEntry[] = [
  ...(['quartiere', 'providers', 'people'] as const).map((section, i) =>
    staffEntry(`directory.${section}`, 'municipality', section, DIRECTORY_READERS, {
      label: `directory.admin.${section}`,
      order: 20 + 10 * i,
    }),
  ),
  staffEntry('directory.municipalities', 'state', 'municipalities', ['state_admin'], {
    label: 'directory.state.title',
    order: 20,
  }),
];

/**
 * Translations of Quartier descriptions still to write or to update: of the Quartiere the person manages (their
 * Quartier manager grants), or of all the municipality's for its administrators.
 */
async function translationsToDo(q: {
  db: Kysely<Database>;
  user: SessionUser;
  municipalityId: string | null;
}): Promise<number> {
  if (!q.municipalityId) return 0;
  const mid = q.municipalityId;
  const grants = q.user.roles.filter((r) => r.municipalityId === mid);
  const all = grants.some((r) => r.role === 'municipality_admin');
  const own = new Set(grants.filter((r) => r.role === 'quartier_manager').map((r) => r.quartierId));
  const t = tenant(mid);
  const [quartiere, translations] = await Promise.all([quartiereOf(q.db, t), translationsOf(q.db, t)]);
  return quartiere
    .filter((x) => all || own.has(x.id))
    .flatMap((x) => translationStates(x, translations))
    .filter(([, state]) => state !== 'current').length;
}

/** What the directory puts on "My Zuhause". */
export const directoryMe: readonly MeEntry[] = [
  {
    id: 'directory.quartiere',
    scope: 'municipality',
    label: 'directory.me.quartiere',
    hint: 'directory.me.quartiereHint',
    href: (c) => admin(c, 'quartiere'),
    roles: DIRECTORY_READERS,
    waiting: translationsToDo,
    order: 20,
  },
  {
    id: 'directory.people',
    scope: 'municipality',
    label: 'directory.admin.people',
    hint: 'directory.me.peopleHint',
    href: (c) => admin(c, 'people'),
    roles: ['municipality_admin'],
    order: 40,
  },
  {
    id: 'directory.public',
    scope: 'municipality',
    label: 'directory.me.public',
    hint: 'directory.me.publicHint',
    href: (c) => `/${c.locale}/m/${c.municipality}`,
    roles: [],
    order: 90,
  },
  {
    id: 'directory.municipalities',
    scope: 'state',
    label: 'directory.state.title',
    hint: 'directory.me.municipalitiesHint',
    href: (c) => `/${c.locale}/state/municipalities`,
    roles: ['state_admin'],
    order: 20,
  },
];
