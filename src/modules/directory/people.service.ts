import { createInvitation, type Invitation } from '../../platform/auth/invitations.ts';
import type { Tenant } from '../../platform/db/tenant.ts';
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
} from './people.repository.ts';
import { findProvider } from './providers.repository.ts';
import { findQuartier } from './quartiere.repository.ts';

export type { PersonRow };

/** The people holding a role in the tenant, with their grants there. */
export function peopleOf(db: Executor, t: Tenant): Promise<PersonRow[]> {
  return listPeople(db, t);
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
    grants: [{ role: input.role, municipalityId: t.municipalityId }],
    baseUrl: env.baseUrl,
    messages: env.messages,
    now: uc.now,
  });
  // The person's id and the role, never the address or name typed.
  const after = { userId: invitation.userId, role: input.role, locale: input.locale };
  uc.record({ action: 'create', subjectType: 'directory.invitation', subjectId: invitation.userId, after });
  return invitation;
}
