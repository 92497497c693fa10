import type { Kysely } from 'kysely';
import type { RoleGrant, SessionUser } from '../auth/session-user.ts';
import type { Database } from '../db/types.ts';
import type { MeEntry, ModuleManifest, NavContext, NavEntry, NavScope } from './manifest.ts';

/**
 * The grants a user holds in a scope: state-wide grants (no municipality) for `state`, the grants within the
 * municipality for `municipality` and `public`. Nobody signed in holds none.
 */
export function grantsIn(user: SessionUser | null, scope: NavScope, municipalityId: string | null): RoleGrant[] {
  if (!user) return [];
  if (scope === 'state') return user.roles.filter((r) => r.municipalityId === null);
  if (municipalityId === null) return [];
  return user.roles.filter((r) => r.municipalityId === municipalityId);
}

/** True when an entry with these roles is shown to a holder of these grants (no roles: to everyone). */
function visible(roles: readonly string[], grants: readonly RoleGrant[]): boolean {
  return roles.length === 0 || grants.some((g) => roles.includes(g.role));
}

function byOrder<T extends { order?: number; id: string }>(a: T, b: T): number {
  return (a.order ?? 100) - (b.order ?? 100) || a.id.localeCompare(b.id);
}

/**
 * The navigation of a scope for a user, from every module's manifest: the entries whose roles the user holds in
 * that scope (state roles for `state`, roles in the municipality otherwise), sorted by `order`, then id.
 */
export function navFor(
  manifests: readonly ModuleManifest[],
  scope: NavScope,
  user: SessionUser | null,
  municipalityId: string | null,
): NavEntry[] {
  const grants = grantsIn(user, scope, municipalityId);
  return manifests
    .flatMap((m) => m.nav ?? [])
    .filter((e) => e.scope === scope && visible(e.roles, grants))
    .sort(byOrder);
}

/**
 * The "My Zuhause" entries of a scope for a user. Entries without roles are shown only to someone who holds
 * some role in the scope: "My Zuhause" groups by the places a person belongs to. The `personal` scope is every
 * signed-in person's own (their account, their feedback), whatever roles they hold.
 */
export function meEntriesFor(
  manifests: readonly ModuleManifest[],
  scope: MeEntry['scope'],
  user: SessionUser | null,
  municipalityId: string | null,
): MeEntry[] {
  const entries = manifests.flatMap((m) => m.me ?? []).filter((e) => e.scope === scope);
  if (scope === 'personal') return user ? entries.sort(byOrder) : [];
  const grants = grantsIn(user, scope, municipalityId);
  if (grants.length === 0) return [];
  return entries.filter((e) => visible(e.roles, grants)).sort(byOrder);
}

type PlaceScope = Exclude<MeEntry['scope'], 'personal'>;

/** The places a person belongs to, each once: the state (when they hold a state role) first, then municipalities. */
export function placesOf(user: SessionUser): { scope: PlaceScope; municipalityId: string | null }[] {
  const places: { scope: PlaceScope; municipalityId: string | null }[] = [];
  if (user.roles.some((r) => r.municipalityId === null)) places.push({ scope: 'state', municipalityId: null });
  const seen = new Set<string>();
  for (const r of user.roles) {
    if (r.municipalityId === null || seen.has(r.municipalityId)) continue;
    seen.add(r.municipalityId);
    places.push({ scope: 'municipality', municipalityId: r.municipalityId });
  }
  return places;
}

/** An entry of "My Zuhause" or a start page, ready to show: its link, texts (keys) and what waits (null: no count). */
export interface ShownEntry {
  id: string;
  label: string;
  hint: string | null;
  href: string;
  waiting: number | null;
}

/** Resolves entries for one place: their links in the page's language and the counts of what waits there. */
export async function showEntries(
  entries: readonly MeEntry[],
  ctx: NavContext,
  q: { db: Kysely<Database>; user: SessionUser; municipalityId: string | null },
): Promise<ShownEntry[]> {
  return Promise.all(
    entries.map(async (e) => ({
      id: e.id,
      label: e.label,
      hint: e.hint ?? null,
      href: e.href(ctx),
      waiting: e.waiting ? await e.waiting(q) : null,
    })),
  );
}
