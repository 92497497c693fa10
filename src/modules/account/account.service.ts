import { dummyHash, hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { sqlState } from '../../platform/db/transaction.ts';
import type { Executor } from '../../platform/db/types.ts';
import { isLocale, type Locale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { runUseCase, type UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { type AccountRow, findAccountByEmail, insertAccount } from '../../platform/identity/accounts.repository.ts';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import { type GrantView, rolesOf } from '../../platform/identity/grants.repository.ts';
import { withPlaceNames } from '../directory/index.ts';
import type { RegisterInput } from './account.schema.ts';
import { mailTokenLink } from './token-mail.ts';
import { consumeToken, findValidToken } from '../../platform/identity/tokens.repository.ts';
import {
  ADDRESS_RULE,
  addressKey,
  CLIENT_RULE,
  clearKey,
  clientKey,
  recordFailure,
  throttleWait,
} from './sign-in-throttle.ts';

/** A link to confirm a new account's address is valid this long. */
export const VERIFY_TTL_MS = 24 * 60 * 60 * 1000;
/** A "was this you? sign in" link is valid this long. */
export const UNLOCK_TTL_MS = 60 * 60 * 1000;

/** What mails need: where links point and the catalogs to word them. */
export interface MailEnv {
  baseUrl: string;
  messages: Pick<Messages, 'format'>;
  now: Date;
}

/**
 * Self-registration. The answer is the same whether the address is new or taken (the caller shows "check your
 * mail"): a new address gets an account that cannot sign in until the link in the mail is used; a taken one gets
 * a mail saying so, with links to sign in or reset the password. Either way only the owner of the address learns.
 */
export async function registerResident(
  call: UseCaseCall,
  input: RegisterInput & { locale: Locale },
  env: MailEnv,
): Promise<void> {
  // Hash in both cases, before the transaction: the answer takes as long for a taken address as for a new one.
  const passwordHash = await hashPassword(input.password);
  await runUseCase('account.register', call, async (uc) => {
    const existing = await findAccountByEmail(uc.tx, input.email);
    if (existing) {
      await mailExisting(uc.tx, existing, input.locale, env);
      uc.record({
        action: 'update',
        subjectType: 'account.user',
        subjectId: existing.id,
        after: { notified: 'registerExisting' },
      });
      return;
    }
    const userId = await insertAccount(uc.tx, { ...input, passwordHash });
    await sendVerification(
      uc.tx,
      { id: userId, email: input.email, display_name: input.displayName },
      input.locale,
      env,
    );
    uc.record({ action: 'create', subjectType: 'account.user', subjectId: userId, after: { locale: input.locale } });
  }).catch((err: unknown) => {
    // Two registrations of one address at once: the loser is treated as "taken" (its owner got the other mail).
    if (sqlState(err) !== '23505') throw err;
  });
}

async function mailExisting(tx: Executor, account: AccountRow, fallback: Locale, env: MailEnv): Promise<void> {
  const locale = isLocale(account.locale) ? account.locale : fallback;
  await queueMail(tx, {
    to: account.email,
    subject: env.messages.format(locale, 'account.mail.registerExisting.subject'),
    text: env.messages.format(locale, 'account.mail.registerExisting.text', {
      name: account.display_name,
      login: `${env.baseUrl}/${locale}/login`,
      forgot: `${env.baseUrl}/${locale}/password/forgot`,
    }),
  });
}

/** Sends (again) the link that confirms a new account's address; an older unused link stops working. */
export async function sendVerification(
  tx: Executor,
  account: Pick<AccountRow, 'id' | 'email' | 'display_name'>,
  locale: Locale,
  env: MailEnv,
): Promise<void> {
  const link = {
    purpose: 'email_verification',
    ttlMs: VERIFY_TTL_MS,
    path: 'register/confirm',
    mail: 'account.mail.verify',
  } as const;
  await mailTokenLink(tx, account, link, locale, env);
}

export type AuthResult =
  | { kind: 'ok'; account: AccountRow; finish: (tx: Executor) => Promise<void> }
  | { kind: 'invalid' }
  | { kind: 'unverified'; account: AccountRow }
  | { kind: 'throttled'; ms: number; coolDown: boolean };

export interface AuthInput {
  email: string;
  password: string;
  /** The client address (from trusted proxies only). */
  ip: string;
  /** A "was this you?" link's token: its owner signs in despite the throttle. */
  unlock?: string | undefined;
}

/**
 * Checks e-mail and password. The throttle is keyed by the address as typed (known or not) and by the client
 * address, and it is checked before the account is looked up, so that known and unknown addresses get the same
 * answers and cost the same work (argon2 against a dummy hash for an unknown one). Only failures count; a failure
 * that starts a cool-down mails the owner (if there is one) a link that lets them in.
 */
export async function authenticate(db: Executor, input: AuthInput, env: MailEnv): Promise<AuthResult> {
  const { now } = env;
  const keys = signInKeys(input.email, input.ip);
  const unlocked = input.unlock ? await findValidToken(db, input.unlock, 'unlock', now) : null;
  const unlockFits = unlocked !== null && unlocked.email.toLowerCase() === input.email.trim().toLowerCase();
  if (!unlockFits) {
    const wait = await throttleWait(db, keys, now);
    if (wait.ms > 0) return { kind: 'throttled', ...wait };
  }
  const account = await findAccountByEmail(db, input.email);
  // One code path for both: the same argon2 verification, against the dummy hash when there is no account.
  const hash = account?.password_hash ?? (await dummyHash());
  const ok = (await verifyPassword(hash, input.password)) && Boolean(account?.password_hash);
  if (!account || !ok || account.disabled_at) {
    await failed(db, keys, account, env);
    return { kind: 'invalid' };
  }
  if (!account.email_verified_at) return { kind: 'unverified', account };
  const unlock = unlockFits ? input.unlock : undefined;
  // Run by the caller in the transaction that opens the session: the address's failures are forgiven, the link spent.
  const finish = async (tx: Executor) => {
    await clearKey(tx, keys[0]![0]);
    if (unlock) await consumeToken(tx, unlock, 'unlock', now);
  };
  return { kind: 'ok', account, finish };
}

/** The throttle keys of a sign-in: the address as typed and the client address. */
export function signInKeys(email: string, ip: string): [string, typeof ADDRESS_RULE][] {
  return [
    [addressKey(email), ADDRESS_RULE],
    [clientKey(ip), CLIENT_RULE],
  ];
}

/** Counts a failed password or code for the address (and the client); mails the unlock link when it cools down. */
export async function failed(
  db: Executor,
  keys: [string, typeof ADDRESS_RULE][],
  account: AccountRow | null,
  env: MailEnv,
): Promise<void> {
  const [[addr, addrRule], [client, clientRule]] = keys as [
    [string, typeof ADDRESS_RULE],
    [string, typeof CLIENT_RULE],
  ];
  const coolsDown = await recordFailure(db, addr, addrRule, env.now);
  await recordFailure(db, client, clientRule, env.now);
  if (coolsDown && account && !account.disabled_at && account.password_hash) await mailUnlock(db, account, env);
}

async function mailUnlock(db: Executor, account: AccountRow, env: MailEnv): Promise<void> {
  const locale: Locale = isLocale(account.locale) ? account.locale : 'de';
  const link = { purpose: 'unlock', ttlMs: UNLOCK_TTL_MS, path: 'login/unlock', mail: 'account.mail.unlock' } as const;
  await mailTokenLink(db, account, link, locale, env);
}

/**
 * The person's roles with where they hold them, by municipality name then role: the municipality from the platform,
 * the Quartier's or provider's name from the directory (the platform holds only their ids).
 */
export async function grantsOfUser(db: Executor, userId: string): Promise<GrantView[]> {
  const [roles, municipalities] = await Promise.all([rolesOf(db, userId), listMunicipalities(db)]);
  const where = roles.map((r) => {
    const m = municipalities.find((x) => x.id === r.municipalityId);
    return { ...r, municipalityName: m?.name ?? null, municipalitySlug: m?.slug ?? null };
  });
  const named = await withPlaceNames(db, where);
  // State-wide roles (no municipality) last, as the account page has always listed them.
  const byPlace = (a: GrantView, b: GrantView) =>
    a.municipalityName === null || b.municipalityName === null
      ? Number(a.municipalityName === null) - Number(b.municipalityName === null)
      : a.municipalityName.localeCompare(b.municipalityName);
  return named.sort((a, b) => byPlace(a, b) || a.role.localeCompare(b.role));
}
