import type { Tx } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Messages } from '../i18n/messages.ts';
import { queueMail } from '../mail/outbox.ts';
import './auth-tables.ts';
import { hashToken, newToken } from './sessions.ts';
import type { Role } from './session-user.ts';
import { roleLabelKey } from './session-user.ts';

/** An invitation link is valid this long. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A role to grant with the invitation; state roles have `municipalityId: null`. */
export interface InvitationGrant {
  role: Role;
  municipalityId: string | null;
  quartierId?: string | null;
  providerId?: string | null;
}

export interface InvitationInput {
  email: string;
  displayName: string;
  /** The invitee's language for the mail and the account (an existing account keeps its own). */
  locale: Locale;
  /** The inviting user's id (recorded as `granted_by`), or null for the system. */
  invitedBy: string | null;
  grants: InvitationGrant[];
  /** `config.baseUrl`, for the link in the mail. */
  baseUrl: string;
  /** `app.deps.messages`: the mail is rendered from the account module's catalog (`account.mail.*`). */
  messages: Pick<Messages, 'format'>;
  /** The clock (`app.deps.now()`), for the link's expiry. */
  now?: Date;
}

export interface Invitation {
  userId: string;
  /** The one-time token of the link, or null when the person already has a password (they just sign in). */
  token: string | null;
  /** The link sent: `/:locale/invitation/:token`, or the sign-in page for an existing account. */
  url: string;
}

/**
 * Invites a person as staff, inside the caller's transaction: creates the account without a password (or reuses the
 * one with this e-mail address), grants the roles (granting one twice is harmless), stores only the hash of a
 * 7-day one-time token, and queues the mail in the invitee's language. Usage from a route:
 * `withTransaction(db, (tx) => createInvitation(tx, { email, displayName, locale, invitedBy: req.user.id,
 * grants: [{ role: 'counsellor', municipalityId }], baseUrl: config.baseUrl, messages: app.deps.messages,
 * now: app.deps.now() }))`. A bad grant (e.g. a state role with a municipality) fails with the database's check
 * violation (SQLSTATE 23514) or foreign-key violation (23503); validate the form first.
 */
export async function createInvitation(tx: Tx, input: InvitationInput): Promise<Invitation> {
  const now = input.now ?? new Date();
  const email = input.email.trim();
  const existing = await tx
    .selectFrom('users')
    .select(['id', 'password_hash', 'locale', 'display_name'])
    .where('email', '=', email)
    .executeTakeFirst();
  const user =
    existing ??
    (await tx
      .insertInto('users')
      .values({ email, display_name: input.displayName.trim(), locale: input.locale })
      .returning(['id', 'password_hash', 'locale', 'display_name'])
      .executeTakeFirstOrThrow());
  if (input.grants.length > 0) {
    await tx
      .insertInto('role_assignments')
      .values(
        input.grants.map((g) => ({
          user_id: user.id,
          role: g.role,
          municipality_id: g.municipalityId,
          quartier_id: g.quartierId ?? null,
          provider_id: g.providerId ?? null,
          granted_by: input.invitedBy,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const locale = (user.locale as Locale | null) ?? input.locale;
  let token: string | null = null;
  let url = `${input.baseUrl}/${locale}/login`;
  if (user.password_hash === null) {
    token = newToken();
    url = `${input.baseUrl}/${locale}/invitation/${token}`;
    await tx
      .insertInto('auth_tokens')
      .values({
        token_hash: hashToken(token),
        user_id: user.id,
        purpose: 'invitation',
        expires_at: new Date(now.getTime() + INVITATION_TTL_MS),
      })
      .execute();
  }
  const roles = await describeGrants(tx, input, locale);
  const f = (key: string, values?: Record<string, string | number>) => input.messages.format(locale, key, values);
  await queueMail(tx, {
    to: email,
    subject: f('account.mail.invitation.subject'),
    text: f(token ? 'account.mail.invitation.text' : 'account.mail.rolesGranted.text', {
      name: user.display_name,
      roles,
      url,
      days: INVITATION_TTL_MS / 86_400_000,
    }),
    municipalityId: input.grants.find((g) => g.municipalityId)?.municipalityId ?? null,
  });
  return { userId: user.id, token, url };
}

/** The granted roles as lines for the mail: "– Counsellor (Meppen)". */
async function describeGrants(tx: Tx, input: InvitationInput, locale: Locale): Promise<string> {
  const ids = [...new Set(input.grants.map((g) => g.municipalityId).filter((x): x is string => x !== null))];
  const names = new Map<string, string>();
  if (ids.length > 0) {
    const rows = await tx.selectFrom('municipalities').select(['id', 'name']).where('id', 'in', ids).execute();
    for (const r of rows) names.set(r.id, r.name);
  }
  return input.grants
    .map((g) => {
      const role = input.messages.format(locale, roleLabelKey(g.role));
      const where = g.municipalityId
        ? (names.get(g.municipalityId) ?? '')
        : input.messages.format(locale, 'account.scope.state');
      return `– ${role} (${where})`;
    })
    .join('\n');
}
