import { createInvitation, type Invitation, listPendingInvitations } from '../../platform/auth/invitations.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import type { Db, Executor } from '../../platform/db/types.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
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

/**
 * The people holding a role in the tenant, with their grants there, followed by the tenant's own pending
 * invitations (shown as invited, without a revoke button: nothing is granted until the link is used).
 */
export async function peopleOf(db: Executor, t: Tenant, now = new Date()): Promise<PersonRow[]> {
  const [people, pending, quartiere, providers] = await Promise.all([
    listPeople(db, t),
    listPendingInvitations(db, t.municipalityId, now),
    listQuartiere(db, t),
    listProviders(db, t),
  ]);
  // Grants name a Quartier or provider by id; their names are this module's.
  const quartierNames = new Map(quartiere.map((q) => [q.id, q.name]));
  const providerNames = new Map(providers.map((p) => [p.id, p.name]));
  for (const p of people) {
    for (const g of p.grants) {
      g.quartierName = g.quartierId ? (quartierNames.get(g.quartierId) ?? null) : null;
      g.providerName = g.providerId ? (providerNames.get(g.providerId) ?? null) : null;
    }
  }
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
export async function grantRole(db: Db, t: Tenant, actorId: string, input: GrantInput): Promise<void> {
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
  try {
    await insertGrant(db, t, { ...grant, grantedBy: actorId });
  } catch (err) {
    uniqueToFields(err, { role_assignments_unique: { role: { key: 'directory.people.alreadyHolds' } } });
  }
}

/** Revokes one grant of the tenant; 404 when it is not the tenant's; nobody revokes their own admin role. */
export async function revokeRole(db: Db, t: Tenant, actorId: string, grantId: string): Promise<void> {
  const grant = await findGrant(db, t, grantId);
  if (!grant) throw notFound('grant');
  if (!mayRevoke(actorId, grant)) throw new AppError('directory.revoke_self', 409, 'directory.people.cannotRevokeSelf');
  await deleteGrant(db, t, grantId);
}

/** Invites a person by e-mail with one role in the tenant; the mail is queued in the same transaction. */
export function invitePerson(
  db: Db,
  t: Tenant,
  actorId: string,
  input: InviteInput,
  env: { baseUrl: string; messages: Pick<Messages, 'format'>; now: Date },
): Promise<Invitation> {
  return withTransaction(db, (tx) =>
    createInvitation(tx, {
      email: input.email,
      displayName: input.displayName,
      locale: input.locale,
      invitedBy: actorId,
      grant: { role: input.role, municipalityId: t.municipalityId },
      baseUrl: env.baseUrl,
      messages: env.messages,
      now: env.now,
    }),
  );
}
