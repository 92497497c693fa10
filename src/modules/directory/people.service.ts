import { createInvitation, type Invitation, listPendingInvitations } from '../../platform/auth/invitations.ts';
import { type Tenant, tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { invalidFields, uniqueToFields } from './directory.errors.ts';
import { mayRevoke } from './directory.policy.ts';
import type { GrantInput, InviteInput } from './directory.schema.ts';
import {
  deleteGrant,
  findGrant,
  hasGrant,
  insertGrant,
  isPersonOf,
  listPeople,
  type PersonRow,
} from '../../platform/identity/grants.repository.ts';
import { findProvider, listProviders } from './providers.repository.ts';
import { findQuartier, listQuartiere } from './quartiere.repository.ts';

export type { PersonRow };

type PlaceRef = { quartierId: string | null; providerId: string | null };
type PlaceNames = { quartierName: string | null; providerName: string | null };

/** Names the Quartier or provider a grant names by id (grants hold ids; the names are this module's). */
async function placeNamer(db: Executor, t: Tenant): Promise<(g: PlaceRef) => PlaceNames> {
  const [quartiere, providers] = await Promise.all([listQuartiere(db, t), listProviders(db, t)]);
  const quartierNames = new Map(quartiere.map((q) => [q.id, q.name]));
  const providerNames = new Map(providers.map((p) => [p.id, p.name]));
  return (g) => ({
    quartierName: g.quartierId ? (quartierNames.get(g.quartierId) ?? null) : null,
    providerName: g.providerId ? (providerNames.get(g.providerId) ?? null) : null,
  });
}

/**
 * A person's grants across municipalities with the names of the Quartiere and providers they name, each looked up
 * within the grant's own municipality (for the account pages, which hold ids only).
 */
export async function withPlaceNames<G extends PlaceRef & { municipalityId: string | null }>(
  db: Executor,
  grants: readonly G[],
): Promise<(G & PlaceNames)[]> {
  const named = grants.filter((g) => g.municipalityId !== null && (g.quartierId || g.providerId));
  const ids = [...new Set(named.map((g) => g.municipalityId!))];
  const namers = new Map(await Promise.all(ids.map(async (id) => [id, await placeNamer(db, tenant(id))] as const)));
  const none: PlaceNames = { quartierName: null, providerName: null };
  return grants.map((g) => {
    const name = g.municipalityId ? namers.get(g.municipalityId) : undefined;
    return { ...g, ...(name ? name(g) : none) };
  });
}

/**
 * The people holding a role in the tenant, with their grants there, followed by the tenant's own pending
 * invitations (shown as invited, without a revoke button: nothing is granted until the link is used).
 */
export async function peopleOf(db: Executor, t: Tenant, now = new Date()): Promise<PersonRow[]> {
  const [people, pending, name] = await Promise.all([
    listPeople(db, t),
    listPendingInvitations(db, t.municipalityId, now),
    placeNamer(db, t),
  ]);
  for (const p of people) for (const g of p.grants) Object.assign(g, name(g));
  const invited: PersonRow[] = pending.map((i) => ({
    id: `invitation:${i.id}`,
    displayName: i.displayName,
    email: i.email,
    active: false,
    disabled: false,
    grants: [
      {
        id: i.id,
        userId: '',
        role: i.role,
        quartierId: null,
        providerId: null,
        quartierName: null,
        providerName: null,
        grantedAt: i.createdAt,
        pending: true,
      },
    ],
  }));
  return [...people, ...invited];
}

/**
 * Grants a role in the tenant to a person who already holds one there (others are invited by e-mail, so that an
 * administrator cannot reach accounts outside their municipality). A Quartier or provider named must be the tenant's.
 */
export async function grantRole(uc: UseCase, input: GrantInput): Promise<void> {
  const { tx: db, actor } = uc;
  const t = useCaseTenant(uc);
  if (!(await isPersonOf(db, t, input.userId))) throw invalidFields({ userId: { key: 'directory.people.unknown' } });
  if (input.quartierId && !(await findQuartier(db, t, input.quartierId))) {
    throw invalidFields({ quartierId: { key: 'validation.choice' } });
  }
  if (input.providerId && !(await findProvider(db, t, input.providerId))) {
    throw invalidFields({ providerId: { key: 'validation.choice' } });
  }
  const grant = {
    userId: input.userId,
    role: input.role,
    quartierId: input.quartierId ?? null,
    providerId: input.providerId ?? null,
  };
  if (await hasGrant(db, t, grant)) throw invalidFields({ role: { key: 'directory.people.alreadyHolds' } });
  let id: string;
  try {
    id = await insertGrant(db, t, { ...grant, grantedBy: actor });
  } catch (err) {
    return uniqueToFields(err, { role_assignments_unique: { role: { key: 'directory.people.alreadyHolds' } } });
  }
  uc.record({ action: 'create', subjectType: 'directory.role_assignment', subjectId: id, after: grant });
}

/** Revokes one grant of the tenant; 404 when it is not the tenant's; nobody revokes their own admin role. */
export async function revokeRole(uc: UseCase, grantId: string): Promise<void> {
  const t = useCaseTenant(uc);
  const grant = await findGrant(uc.tx, t, grantId);
  if (!grant) throw notFound('grant');
  if (!uc.actor || !mayRevoke(uc.actor, grant)) {
    throw new AppError('directory.revoke_self', 409, 'directory.people.cannotRevokeSelf');
  }
  await deleteGrant(uc.tx, t, grantId);
  uc.record({ action: 'delete', subjectType: 'directory.role_assignment', subjectId: grantId, before: grant });
}

/** Invites a person by e-mail with one role in the tenant; the mail is queued in the same transaction. */
export async function invitePerson(
  uc: UseCase,
  input: InviteInput,
  env: { baseUrl: string; messages: Pick<Messages, 'format'> },
): Promise<Invitation> {
  const t = useCaseTenant(uc);
  const invitation = await createInvitation(uc.tx, {
    email: input.email,
    displayName: input.displayName,
    locale: input.locale,
    invitedBy: uc.actor,
    grant: { role: input.role, municipalityId: t.municipalityId },
    baseUrl: env.baseUrl,
    messages: env.messages,
    now: uc.now,
  });
  // The invitation's id and the role, never the address or name typed.
  const after = { role: input.role, locale: input.locale, existingAccount: invitation.existingAccount };
  uc.record({ action: 'create', subjectType: 'directory.invitation', subjectId: invitation.invitationId, after });
  return invitation;
}
