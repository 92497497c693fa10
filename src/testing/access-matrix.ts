import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { MUNICIPALITY_ROLES, type Role } from '../platform/auth/session-user.ts';
import { createSession, markSecondFactor } from '../platform/auth/sessions.ts';
import type { Executor } from '../platform/db/types.ts';
import '../platform/auth/auth-tables.ts';
import type { RouteEntry } from '../platform/http/route-table.ts';
import { Client } from './app.ts';

/** The roles that are held within one municipality (the state roles have none). */
export const MUNICIPAL_ROLES: readonly Role[] = MUNICIPALITY_ROLES;

/** The routes worth probing: every method but HEAD (Fastify derives it from GET). */
export function probedRoutes(app: FastifyInstance): RouteEntry[] {
  return app.routeTable.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
}

/** A concrete URL for a route pattern: locale `de`, the given municipality, a random UUID for other params. */
export function fillParams(url: string, municipality: string): string {
  return url
    .replace(/:locale(\([^)]*\))?/g, 'de')
    .replace(/:municipality(\([^)]*\))?/g, municipality)
    .replace(/:[A-Za-z0-9_]+(\([^)]*\))?/g, () => randomUUID())
    .replace(/\*/g, 'probe');
}

/** True for a route whose URL names a municipality. */
export function isMunicipal(r: RouteEntry): boolean {
  return /:municipality\b/.test(r.url);
}

/** Inserts a user holding the given roles in one municipality, signs them in with the second factor done. */
export async function signedInClient(
  app: FastifyInstance,
  db: Executor,
  options: { email: string; municipalityId: string | null; roles: readonly Role[] },
): Promise<Client> {
  const user = await db
    .insertInto('users')
    .values({ email: options.email, display_name: 'Access Matrix', password_hash: null, totp_secret: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const role of options.roles) {
    await db
      .insertInto('role_assignments')
      .values({ user_id: user.id, role, municipality_id: options.municipalityId, quartier_id: null, provider_id: null })
      .execute();
  }
  return sessionClient(app, db, user.id);
}

/** A client signed in as an existing user (a session straight in the database, the second factor done). */
export async function sessionClient(app: FastifyInstance, db: Executor, userId: string): Promise<Client> {
  const now = app.deps.now();
  const token = await createSession(db, userId, now);
  await markSecondFactor(db, token, now);
  const client = new Client(app);
  client.cookies = `zh_sid=${token}`;
  return client;
}

/** Finds a form token for this client's cookies: the sign-in page first, then any public page that has a form. */
export async function acquireCsrf(client: Client, candidates: readonly string[]): Promise<boolean> {
  for (const url of ['/de/login', '/de', ...candidates]) {
    await client.get(url);
    if (client.csrf) return true;
  }
  return false;
}

/** Sends one probe request: GET as is, other methods as an empty form with the token in body and header. */
export function probe(client: Client, method: string, url: string) {
  if (method === 'GET') return client.get(url);
  return client.request({
    method: method as 'POST',
    url,
    payload: new URLSearchParams({ _csrf: client.csrf }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': client.csrf },
  });
}

/** One line per route for a failure message. */
export function listRoutes(
  entries: readonly { method: string; url: string; status?: number; note?: string }[],
): string {
  return entries
    .map((e) => `  ${e.method} ${e.url}${e.status ? ` → ${e.status}` : ''}${e.note ? ` ${e.note}` : ''}`)
    .join('\n');
}
