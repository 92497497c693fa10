import '../auth/auth-tables.ts';
import type { Role, RoleGrant } from '../auth/session-user.ts';
import type { Tenant } from '../db/tenant.ts';
import type { Executor } from '../db/types.ts';

// The identity part of the platform: role assignments, read and written only here. A grant may name a Quartier or
// a provider (tables of the directory module); their names are the directory's to add.

export interface GrantRow {
  id: string;
  userId: string;
  role: Role;
  quartierId: string | null;
  providerId: string | null;
  /** Filled in by the module that owns Quartiere and providers (the directory), for display. */
  quartierName: string | null;
  providerName: string | null;
  grantedAt: Date;
  /** An invitation not yet accepted: nothing is granted yet, so there is nothing to revoke. */
  pending?: boolean;
}

export interface PersonRow {
  id: string;
  displayName: string;
  email: string;
  /** False until an invited person has set a password. */
  active: boolean;
  disabled: boolean;
  grants: GrantRow[];
}

/** The people who hold a role in the tenant, each with the grants they hold there (and only there). */
export async function listPeople(db: Executor, t: Tenant): Promise<PersonRow[]> {
  const rows = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select([
      'ra.id',
      'ra.user_id as userId',
      'ra.role',
      'ra.granted_at as grantedAt',
      'ra.quartier_id as quartierId',
      'ra.provider_id as providerId',
      'u.display_name as displayName',
      'u.email',
      'u.password_hash',
      'u.disabled_at',
    ])
    .where('ra.municipality_id', '=', t.municipalityId)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .orderBy('ra.role')
    .execute();
  const people = new Map<string, PersonRow>();
  for (const r of rows) {
    let p = people.get(r.userId);
    if (!p) {
      p = {
        id: r.userId,
        displayName: r.displayName,
        email: r.email,
        active: r.password_hash !== null,
        disabled: r.disabled_at !== null,
        grants: [],
      };
      people.set(r.userId, p);
    }
    p.grants.push({
      id: r.id,
      userId: r.userId,
      role: r.role as Role,
      quartierId: r.quartierId,
      providerId: r.providerId,
      quartierName: null,
      providerName: null,
      grantedAt: r.grantedAt,
    });
  }
  return [...people.values()];
}

/** True when the user holds any role in the tenant (only such people can be managed from it). */
export async function isPersonOf(db: Executor, t: Tenant, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('role_assignments')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function hasGrant(
  db: Executor,
  t: Tenant,
  g: { userId: string; role: string; quartierId: string | null; providerId: string | null },
): Promise<boolean> {
  let q = db
    .selectFrom('role_assignments')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('user_id', '=', g.userId)
    .where('role', '=', g.role);
  q = g.quartierId ? q.where('quartier_id', '=', g.quartierId) : q.where('quartier_id', 'is', null);
  q = g.providerId ? q.where('provider_id', '=', g.providerId) : q.where('provider_id', 'is', null);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertGrant(
  db: Executor,
  t: Tenant,
  g: { userId: string; role: Role; quartierId: string | null; providerId: string | null; grantedBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('role_assignments')
    .values({
      user_id: g.userId,
      role: g.role,
      municipality_id: t.municipalityId,
      quartier_id: g.quartierId,
      provider_id: g.providerId,
      granted_by: g.grantedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findGrant(db: Executor, t: Tenant, id: string): Promise<{ userId: string; role: string } | undefined> {
  return db
    .selectFrom('role_assignments')
    .select(['user_id as userId', 'role'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Deletes one grant of the tenant; false when the tenant has no such grant. */
export async function deleteGrant(db: Executor, t: Tenant, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('role_assignments')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r.numDeletedRows > 0n;
}

/** Grants roles in bulk (the demo seed); state roles carry no municipality. */
export async function insertGrants(
  db: Executor,
  rows: {
    userId: string;
    role: Role;
    municipalityId: string | null;
    quartierId: string | null;
    providerId: string | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('role_assignments')
    .values(
      rows.map((g) => ({
        user_id: g.userId,
        role: g.role,
        municipality_id: g.municipalityId,
        quartier_id: g.quartierId,
        provider_id: g.providerId,
      })),
    )
    .execute();
}

/** Grants the role of an accepted invitation (once: accepting again changes nothing). */
export async function grantInvited(
  db: Executor,
  g: { userId: string; role: Role; municipalityId: string | null; grantedBy: string | null },
): Promise<void> {
  await db
    .insertInto('role_assignments')
    .values({ user_id: g.userId, role: g.role, municipality_id: g.municipalityId, granted_by: g.grantedBy })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * A held grant as the account pages show it: where it is held (the municipality's name and slug, null for a
 * state-wide role) and the names of the Quartier or provider it names, which the directory adds.
 */
export interface GrantView extends RoleGrant {
  municipalityName: string | null;
  municipalitySlug: string | null;
  quartierName: string | null;
  providerName: string | null;
}

/** Every role a user holds, as the session carries them. */
export async function rolesOf(db: Executor, userId: string): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('role_assignments')
    .select(['role', 'municipality_id', 'quartier_id', 'provider_id'])
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => ({
    role: r.role as Role,
    municipalityId: r.municipality_id,
    quartierId: r.quartier_id,
    providerId: r.provider_id,
  }));
}
