import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import { signedInClient } from './access-matrix.ts';
import type { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

const q = '/:locale/m/:municipality/help';
const base = '/de/m/meppen/help';
let serial = 0;

async function neighbour(author: Client, db: Kysely<Database>, municipalityId: string): Promise<Client> {
  return signedInClient(author.app, db, {
    email: `help-neighbour-${process.pid}-${++serial}@example.test`,
    municipalityId,
    roles: ['resident'],
  });
}

async function newestPost(db: Kysely<Database>, title: string): Promise<string> {
  const row = await db
    .selectFrom('community_help_posts')
    .select('id')
    .where('title', '=', title)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function threadOf(db: Kysely<Database>, postId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('community_help_threads')
    .select('id')
    .where('post_id', '=', postId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * A help post of `author` (a signed-in Meppen client) with two answers: in the first conversation the author has
 * offered contact details (its page has the withdraw form), the second has the contact form. Returns the pages that
 * show every form of the help part to the author, for a crawl.
 */
export async function helpFormsFixture(
  db: Kysely<Database>,
  author: Client,
  municipalityId: string,
): Promise<string[]> {
  const title = `Tisch gesucht ${++serial}`;
  await author.post(`${base}/new`, {
    kind: 'request',
    category: 'furniture',
    authorName: 'Tour',
    locale: 'de',
    title,
    body: 'Wir suchen einen Küchentisch.',
  });
  const id = await newestPost(db, title);
  for (const text of ['Ich habe einen Tisch.', 'Ich habe Stühle.']) {
    const n = await neighbour(author, db, municipalityId);
    await n.post(`${base}/${id}/answer`, { name: 'Nachbarin', body: text }, `${base}/${id}`);
  }
  const [first, second] = await threadOf(db, id);
  await author.post(`${base}/${id}/threads/${first}/contact`, { contact: '0151 000000', consent: 'yes' });
  return [`${base}/${id}`, `${base}/${id}/threads/${first}`, `${base}/${id}/threads/${second}`];
}

/**
 * The help part's writes in the audit tour: a post, an answer, a message, contact consent given and taken back,
 * reports of a conversation and of the post, a report dismissed, the post hidden, and closed with "it helped".
 */
export async function tourCommunityHelp(
  db: Kysely<Database>,
  admin: Client,
  municipalityId: string,
  post: Post,
): Promise<void> {
  const title = 'Tour: Sprachtandem';
  const form = { kind: 'offer', category: 'language_tandem', authorName: 'Tour', locale: 'de', title, body: 'Gern.' };
  await post(admin, `POST ${q}/new`, `${base}/new`, form);
  const id = await newestPost(db, title);
  const n = await neighbour(admin, db, municipalityId);
  await n.get(`${base}/${id}`);
  await post(n, `POST ${q}/:id/answer`, `${base}/${id}/answer`, { name: 'Nachbar', body: 'Ich mache mit.' });
  const [thread] = await threadOf(db, id);
  const t = `${base}/${id}/threads/${thread}`;
  const tq = `${q}/:id/threads/:threadId`;
  await admin.get(t);
  await post(admin, `POST ${tq}`, t, { body: 'Schön, wann passt es?' });
  await post(admin, `POST ${tq}/contact`, `${t}/contact`, { contact: '0151 000000', consent: 'yes' });
  await post(admin, `POST ${tq}/contact/withdraw`, `${t}/contact/withdraw`, {});
  await n.get(t);
  await post(n, `POST ${tq}/report`, `${t}/report`, { reason: 'other', note: 'Tour' });
  await post(n, `POST ${q}/:id/report`, `${base}/${id}/report`, { reason: 'spam' });
  const report = await db
    .selectFrom('community_help_reports')
    .select('id')
    .where('thread_id', '=', thread!)
    .executeTakeFirstOrThrow();
  const a = `/de/m/meppen/admin/help/${id}`;
  const aq = '/:locale/m/:municipality/admin/help/:id';
  await admin.get(a);
  await post(admin, `POST ${aq}/reports/:reportId/dismiss`, `${a}/reports/${report.id}/dismiss`, {});
  await post(admin, `POST ${aq}/:step`, `${a}/hide`, {});
  await post(admin, `POST ${aq}/:step`, `${a}/restore`, {});
  await admin.get(`${base}/${id}`);
  await post(admin, `POST ${q}/:id/close`, `${base}/${id}/close`, { outcome: 'helped' });
}
