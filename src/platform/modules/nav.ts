import type { Role } from '../auth/session-user.ts';
import type { NavEntry, NavScope } from './manifest.ts';

/**
 * A staff navigation entry whose link is a path below its scope's area: `/:locale/m/:municipality/admin/<path>` in a
 * municipality, `/:locale/state/<path>` for the state, `/:locale/m/:municipality/<path>` on public pages.
 */
export function staffEntry(
  id: string,
  scope: NavScope,
  path: string,
  roles: readonly Role[],
  options: { label?: string; order?: number } = {},
): NavEntry {
  const href: NavEntry['href'] =
    scope === 'state'
      ? (c) => `/${c.locale}/state/${path}`
      : scope === 'municipality'
        ? (c) => `/${c.locale}/m/${c.municipality}/admin/${path}`
        : (c) => `/${c.locale}/m/${c.municipality}/${path}`;
  return { id, scope, label: options.label ?? id, href, roles, ...(options.order ? { order: options.order } : {}) };
}
