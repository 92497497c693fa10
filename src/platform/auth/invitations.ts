import type { Executor, Tx } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Messages } from '../i18n/messages.ts';
import { queueMail } from '../mail/outbox.ts';
import './auth-tables.ts';
import { claimInvitedAccount, findAccountByEmail } from '../identity/accounts.repository.ts';
import { grantInvited } from '../identity/grants.repository.ts';
import { hashToken, newToken } from './sessions.ts';
import { type Role, roleLabelKey, STATE_ROLES } from './session-user.ts';

/** An invitation link is valid this long. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Roles that protect personal data and so need a second factor (the others are offered one). */
const STAFF: ReadonlySet<Role> = new Set(['quartier_manager', 'counsellor', 'municipality_admin', ...STATE_ROLES]);

/** The role to grant once the invitation is accepted; state roles have `municipalityId: null`. */
export interface InvitationGrant {
  role: Role;
  municipalityId: string | null;
}

export interface InvitationInput {
  email: string;
  displayName: string;
  /** The invitee's language for the mail (an existing account keeps its own). */
  locale: Locale;
  /** The inviting user's id (recorded as `granted_by` on acceptance), or null for the system. */
  invitedBy: string | null;
  grant: InvitationGrant;
  /** `config.baseUrl`, for the link in the mail. */
  baseUrl: string;
  /** `app.deps.messages`: the mail is rendered from the account module's catalog (`account.mail.*`). */
  messages: Pick<Messages, 'format'>;
  now?: Date;
}

export interface Invitation {
  invitationId: string;
  /** The one-time token of the link. */
  token: string;
  /** The link sent: `/:locale/invitation/:token`. */
  url: string;
  /** True when the address already has a confirmed account: the mail asks to confirm the role, not to set a password. */
  existingAccount: boolean;
}

/**
 * Records an invitation inside the caller's transaction and queues its mail. Nothing is granted and no account is
 * created or changed here: the role is granted when the invited person opens this invitation's own link, which
 * proves the address (a second invitation of the same address, from anywhere, gets its own row and token and
 * cannot touch this one). An address with a confirmed account gets a "confirm this role" mail, others a link to
 * choose a password.
 */
export async function createInvitation(tx: Tx, input: InvitationInput): Promise<Invitation> {
  const now = input.now ?? new Date();
  const email = input.email.trim();
  const existing = await findAccountByEmail(tx, email);
  const existingAccount = Boolean(existing?.password_hash && existing.email_verified_at);
  const locale = existingAccount ? ((existing?.locale as Locale | null) ?? input.locale) : input.locale;
  const token = newToken();
  const row = await tx
    .insertInto('invitations')
    .values({
      token_hash: hashToken(token),
      email,
      display_name: input.displayName.trim(),
      locale,
      role: input.grant.role,
      municipality_id: input.grant.municipalityId,
      invited_by: input.invitedBy,
      expires_at: new Date(now.getTime() + INVITATION_TTL_MS),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const url = `${input.baseUrl}/${locale}/invitation/${token}`;
  const f = (key: string, values?: Record<string, string | number>) => input.messages.format(locale, key, values);
  const kind = existingAccount ? 'confirm' : STAFF.has(input.grant.role) ? 'staff' : 'welcome';
  await queueMail(tx, {
    to: email,
    subject: f(`account.mail.invitation.${kind}.subject`),
    text: f(`account.mail.invitation.${kind}.text`, {
      name: existingAccount ? (existing?.display_name ?? '') : input.displayName.trim(),
      roles: await describeGrant(tx, input.grant, input.messages, locale),
      url,
      days: INVITATION_TTL_MS / 86_400_000,
    }),
    municipalityId: input.grant.municipalityId,
  });
  return { invitationId: row.id, token, url, existingAccount };
}

/** True when a role needs a second factor. */
export function isStaffRole(role: Role): boolean {
  return STAFF.has(role);
}

/** The granted role as a line for the mail: "– Counsellor (Meppen)". */
async function describeGrant(
  tx: Executor,
  g: InvitationGrant,
  messages: Pick<Messages, 'format'>,
  locale: Locale,
): Promise<string> {
  const role = messages.format(locale, roleLabelKey(g.role));
  if (!g.municipalityId) return `– ${role} (${messages.format(locale, 'account.scope.state')})`;
  const m = await tx.selectFrom('municipalities').select('name').where('id', '=', g.municipalityId).executeTakeFirst();
  return `– ${role} (${m?.name ?? ''})`;
}

/** A pending invitation as its link shows it. */
export interface PendingInvitation {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  role: Role;
  municipalityId: string | null;
  municipalityName: string | null;
  /** Who invited (recorded as `granted_by` on acceptance), or null for the system. */
  invitedBy: string | null;
  /** The account of this address if it exists, and whether it is confirmed (then only its holder may accept). */
  account: { id: string; confirmed: boolean } | null;
}

/** The pending (unused, unexpired) invitation behind a link, or null. */
export async function findPendingInvitation(db: Executor, token: string, now: Date): Promise<PendingInvitation | null> {
  const row = await db
    .selectFrom('invitations as i')
    .leftJoin('municipalities as m', 'm.id', 'i.municipality_id')
    .select([
      'i.id',
      'i.email',
      'i.display_name',
      'i.locale',
      'i.role',
      'i.municipality_id',
      'i.invited_by',
      'm.name as municipality_name',
    ])
    .where('i.token_hash', '=', hashToken(token))
    .where('i.accepted_at', 'is', null)
    .where('i.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const account = await findAccountByEmail(db, row.email);
  if (account?.disabled_at) return null;
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    role: row.role as Role,
    municipalityId: row.municipality_id,
    municipalityName: row.municipality_name,
    invitedBy: row.invited_by,
    account: account
      ? { id: account.id, confirmed: account.password_hash !== null && account.email_verified_at !== null }
      : null,
  };
}

/** An accepted invitation: whose account holds its role now, and whether the acceptance created that account. */
export interface AcceptedInvitation {
  invitationId: string;
  userId: string;
  accountCreated: boolean;
  role: Role;
  municipalityId: string | null;
}

/**
 * Accepts an invitation in the caller's transaction and grants its role. `as` is either the signed-in holder of
 * the confirmed account of this address, or a password (hash) for an address without a confirmed account: that
 * creates the account, or takes over an unconfirmed one (whoever registered it never proved the address; the link
 * does), ending its sessions. Returns null when the link is used, expired or not this person's.
 */
export async function acceptInvitation(
  tx: Tx,
  token: string,
  as: { userId: string } | { passwordHash: string; displayName: string },
  now: Date,
): Promise<AcceptedInvitation | null> {
  const inv = await findPendingInvitation(tx, token, now);
  if (!inv) return null;
  let holder: { id: string; created: boolean };
  if ('userId' in as) {
    if (!inv.account?.confirmed || inv.account.id !== as.userId) return null;
    holder = { id: as.userId, created: false };
  } else {
    if (inv.account?.confirmed) return null;
    const claim = { existingId: inv.account?.id ?? null, email: inv.email, locale: inv.locale, ...as };
    holder = await claimInvitedAccount(tx, claim, now);
  }
  const used = await tx
    .updateTable('invitations')
    .set({ accepted_at: now, accepted_by: holder.id })
    .where('id', '=', inv.id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  if (used.numUpdatedRows === 0n) return null;
  const grant = { userId: holder.id, role: inv.role, municipalityId: inv.municipalityId, grantedBy: inv.invitedBy };
  await grantInvited(tx, grant);
  return { invitationId: inv.id, accountCreated: holder.created, ...grant };
}

/** A municipality's pending invitations (never another's), newest first, for its people page. */
export async function listPendingInvitations(
  db: Executor,
  municipalityId: string,
  now: Date,
): Promise<{ id: string; email: string; displayName: string; role: Role; createdAt: Date }[]> {
  const rows = await db
    .selectFrom('invitations')
    .select(['id', 'email', 'display_name', 'role', 'created_at'])
    .where('municipality_id', '=', municipalityId)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role as Role,
    createdAt: r.created_at,
  }));
}
