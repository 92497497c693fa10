import type { FastifyInstance } from 'fastify';
import type { Role } from '../../platform/auth/session-user.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Client } from '../../testing/app.ts';
import { clientWithRole } from '../../testing/housing-apply.ts';

/** A signed-in person with a role in a municipality (null: an account only), for the help part's tests. */
export async function person(
  app: FastifyInstance,
  db: Executor,
  m: string,
  role: Role | null = 'resident',
): Promise<{ client: Client; userId: string }> {
  return clientWithRole(app, db, { m, role });
}

/** Posts a new help entry as `client` and returns its id (asserting the redirect to its page). */
export async function postHelp(
  client: Client,
  base: string,
  form: Partial<Record<'kind' | 'category' | 'quartier' | 'authorName' | 'locale' | 'title' | 'body', string>> = {},
): Promise<string> {
  const res = await client.post(`${base}/help/new`, {
    kind: 'request',
    category: 'furniture',
    authorName: 'Samira',
    locale: 'ar',
    title: 'نحتاج إلى طاولة',
    body: 'نبحث عن طاولة للمطبخ.',
    ...form,
  });
  const id = /\/help\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1];
  if (res.statusCode !== 303 || !id)
    throw new Error(`posting help failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return id;
}

/** Answers a post as `client`; returns the conversation's URL. */
export async function answerHelp(
  client: Client,
  base: string,
  postId: string,
  body = 'Ich kann helfen.',
): Promise<string> {
  const res = await client.post(`${base}/help/${postId}/answer`, { name: 'Gerda', body }, `${base}/help/${postId}`);
  if (res.statusCode !== 303) throw new Error(`answering failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return String(res.headers.location);
}
