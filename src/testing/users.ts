import type { Kysely } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import '../platform/auth/auth-tables.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import type { Role } from '../platform/auth/session-user.ts';
import { newTotpSecret, totpCode, totpCounter } from '../platform/auth/totp.ts';
import type { Database } from '../platform/db/types.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import { Client } from './app.ts';

/** A role to grant a test user; state roles (`state_admin`, `funding_officer`) leave `municipalityId` out. */
export interface TestGrant {
  role: Role;
  municipalityId?: string | null;
  quartierId?: string | null;
  providerId?: string | null;
}

export interface NewTestUser {
  email: string;
  /** Default: a fresh valid password (returned). */
  password?: string;
  displayName?: string;
  roles?: TestGrant[];
  /** Enable TOTP with a fresh secret (returned as `totpSecret`). */
  totp?: boolean;
  isDemo?: boolean;
  locale?: Locale;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  totpSecret?: string;
}

let serial = 0;

function nextAddress(): string {
  serial++;
  return `10.${(serial >> 16) & 255}.${(serial >> 8) & 255}.${serial & 255}`;
}

/** A Client whose requests all come from its own client address, so that per-address rate limits stay apart. */
export class AddressedClient extends Client {
  constructor(
    app: Client['app'],
    readonly remoteAddress = nextAddress(),
  ) {
    super(app);
  }

  override request(opts: Parameters<Client['request']>[0]): Promise<LightMyRequestResponse> {
    return super.request({ remoteAddress: this.remoteAddress, ...opts });
  }
}

/**
 * Creates a user straight in the database (argon2id hash, roles, optional TOTP) and returns what a test needs to
 * sign in. Fast enough for many users per file (≈ 30 ms each, the hashing).
 */
export async function createUser(db: Kysely<Database>, input: NewTestUser): Promise<TestUser> {
  const password = input.password ?? `test-pass-${process.pid}-${++serial}-${Date.now()}`;
  const totpSecret = input.totp ? newTotpSecret() : undefined;
  const row = await db
    .insertInto('users')
    .values({
      email: input.email,
      display_name: input.displayName ?? input.email.split('@')[0] ?? input.email,
      password_hash: await hashPassword(password),
      locale: input.locale ?? null,
      is_demo: input.isDemo ?? false,
      totp_secret: totpSecret ?? null,
      totp_enabled_at: totpSecret ? new Date() : null,
      email_verified_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.roles?.length) {
    await db
      .insertInto('role_assignments')
      .values(
        input.roles.map((g) => ({
          user_id: row.id,
          role: g.role,
          municipality_id: g.municipalityId ?? null,
          quartier_id: g.quartierId ?? null,
          provider_id: g.providerId ?? null,
        })),
      )
      .execute();
  }
  return { id: row.id, email: input.email, password, ...(totpSecret ? { totpSecret } : {}) };
}

/** A current TOTP code for a secret, on the app's clock. */
export function currentTotpCode(client: Client, secret: string): string {
  return totpCode(secret, totpCounter(client.app.deps.now()));
}

/**
 * Signs a client in through the real pages: POST /:locale/login, then, when a secret is given and the app asks for
 * it, POST /:locale/login/totp with a code generated on the app's clock. Returns the last response (a 303 on
 * success; check `res.headers.location`). Throws when the password step fails, so tests fail loudly.
 *
 * Two shortcuts keep many sign-ins per test file possible: each call comes from its own client address (the login
 * form is rate-limited per address), and the user's "last used TOTP step" is cleared first (a code may be used only
 * once per 30 s window; the account tests check that protection itself).
 */
export async function signIn(
  client: Client,
  locale: Locale,
  email: string,
  password: string,
  totpSecret?: string,
): Promise<LightMyRequestResponse> {
  const remoteAddress = nextAddress();
  if (!client.csrf) await client.get(`/${locale}/login`);
  const res = await postForm(client, `/${locale}/login`, { email, password }, remoteAddress);
  if (res.statusCode !== 303) throw new Error(`signIn(${email}): login answered ${res.statusCode}`);
  const location = String(res.headers.location ?? '');
  if (!location.includes('/login/totp') || !totpSecret) return res;
  await client.app.deps.db.updateTable('users').set({ totp_last_counter: null }).where('email', '=', email).execute();
  const next = new URL(location, 'http://x').searchParams.get('next') ?? '';
  // The new session needs its own form token: the code page gives it, as it would to a browser.
  await client.request({ method: 'GET', url: location, remoteAddress });
  const code = currentTotpCode(client, totpSecret);
  const second = await postForm(client, `/${locale}/login/totp`, { code, next }, remoteAddress);
  if (second.statusCode !== 303) throw new Error(`signIn(${email}): TOTP answered ${second.statusCode}`);
  return second;
}

function postForm(
  client: Client,
  url: string,
  form: Record<string, string>,
  remoteAddress: string,
): Promise<LightMyRequestResponse> {
  const body = new URLSearchParams({ ...form, _csrf: client.csrf });
  return client.request({
    method: 'POST',
    url,
    payload: body.toString(),
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}
