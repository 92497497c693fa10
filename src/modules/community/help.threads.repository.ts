import { sql } from 'kysely';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

/** One conversation as its two people see it; the contact columns stay inside the repository. */
export interface HelpThread {
  id: string;
  post_id: string;
  responder_user_id: string;
  responder_name: string;
  author_consent_at: Date | null;
  responder_consent_at: Date | null;
  author_read_at: Date | null;
  responder_read_at: Date | null;
  last_message_at: Date;
  created_at: Date;
}

/** Both sides' contact details, present only once both agreed to exchange them (see `exchangedContacts`). */
export interface ExchangedContacts {
  author: string;
  responder: string;
}

const THREAD_COLUMNS = [
  'id',
  'post_id',
  'responder_user_id',
  'responder_name',
  'author_consent_at',
  'responder_consent_at',
  'author_read_at',
  'responder_read_at',
  'last_message_at',
  'created_at',
] as const;

/** A conversation of a post in the tenant, or null. */
export async function findThread(db: Executor, t: Tenant, postId: string, id: string): Promise<HelpThread | null> {
  const row = await db
    .selectFrom('community_help_threads')
    .select(THREAD_COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('post_id', '=', postId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** The conversation a neighbour already has about a post, or null. */
export async function threadOfResponder(
  db: Executor,
  t: Tenant,
  postId: string,
  userId: string,
): Promise<HelpThread | null> {
  const row = await db
    .selectFrom('community_help_threads')
    .select(THREAD_COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('post_id', '=', postId)
    .where('responder_user_id', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}

/** The conversations of a post (for its writer), latest first. */
export function threadsOfPost(db: Executor, t: Tenant, postId: string): Promise<HelpThread[]> {
  return db
    .selectFrom('community_help_threads')
    .select(THREAD_COLUMNS)
    .where('municipality_id', '=', t.municipalityId)
    .where('post_id', '=', postId)
    .orderBy('last_message_at', 'desc')
    .execute();
}

/**
 * The contact details of a conversation, only when both sides consented: the one place that reads the contact
 * columns, so that no page can show one side's details before the other agreed too.
 */
export async function exchangedContacts(db: Executor, t: Tenant, id: string): Promise<ExchangedContacts | null> {
  const row = await db
    .selectFrom('community_help_threads')
    .select(['author_contact', 'responder_contact'])
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .where('author_consent_at', 'is not', null)
    .where('responder_consent_at', 'is not', null)
    .executeTakeFirst();
  if (!row?.author_contact || !row.responder_contact) return null;
  return { author: row.author_contact, responder: row.responder_contact };
}

/** What one side offered (shown back to that side only, so that it sees what it agreed to share). */
export async function ownContact(db: Executor, t: Tenant, id: string, asAuthor: boolean): Promise<string | null> {
  const row = await db
    .selectFrom('community_help_threads')
    .select(asAuthor ? 'author_contact as contact' : 'responder_contact as contact')
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.contact ?? null;
}

export async function insertThread(
  db: Executor,
  t: Tenant,
  v: { postId: string; userId: string; name: string; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('community_help_threads')
    .values({
      municipality_id: t.municipalityId,
      post_id: v.postId,
      responder_user_id: v.userId,
      responder_name: v.name,
      responder_read_at: v.now,
      last_message_at: v.now,
      created_at: v.now,
    })
    // Two first answers of the same neighbour at once: one conversation, the second answer joins it.
    .onConflict((oc) => oc.columns(['municipality_id', 'post_id', 'responder_user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return row.id;
  const existing = await threadOfResponder(db, t, v.postId, v.userId);
  if (!existing) throw new Error('conversation vanished between insert and read');
  return existing.id;
}

/** Adds a message; the sender has read everything up to it, the other side has something new. */
export async function insertMessage(
  db: Executor,
  t: Tenant,
  v: { threadId: string; fromAuthor: boolean; body: string; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('community_help_messages')
    .values({
      municipality_id: t.municipalityId,
      thread_id: v.threadId,
      from_author: v.fromAuthor,
      body: v.body,
      created_at: v.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('community_help_threads')
    .set(
      v.fromAuthor
        ? { last_message_at: v.now, author_read_at: v.now }
        : { last_message_at: v.now, responder_read_at: v.now },
    )
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', v.threadId)
    .execute();
  return row.id;
}

/** The messages of a conversation, oldest first. */
export function messagesOf(db: Executor, t: Tenant, threadId: string) {
  return db
    .selectFrom('community_help_messages')
    .select(['id', 'from_author', 'body', 'created_at'])
    .where('municipality_id', '=', t.municipalityId)
    .where('thread_id', '=', threadId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Marks a conversation read by one side (a read page writes this one stamp, nothing else). */
export async function markRead(db: Executor, t: Tenant, id: string, asAuthor: boolean, now: Date): Promise<void> {
  await db
    .updateTable('community_help_threads')
    .set(asAuthor ? { author_read_at: now } : { responder_read_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Records one side's consent with the details it offers (null: takes it back while the other has not agreed). */
export async function setConsent(
  db: Executor,
  t: Tenant,
  id: string,
  asAuthor: boolean,
  contact: { text: string; at: Date } | null,
): Promise<void> {
  const at = contact?.at ?? null;
  const text = contact?.text ?? null;
  await db
    .updateTable('community_help_threads')
    .set(
      asAuthor
        ? { author_consent_at: at, author_contact: text }
        : { responder_consent_at: at, responder_contact: text },
    )
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** A person's conversations in the tenant (as writer or as neighbour), with the post's title and unread state. */
export function threadsOfPerson(db: Executor, t: Tenant, userId: string) {
  return db
    .selectFrom('community_help_threads as h')
    .innerJoin('community_help_posts as p', (j) =>
      j.onRef('p.municipality_id', '=', 'h.municipality_id').onRef('p.id', '=', 'h.post_id'),
    )
    .select([
      'h.id',
      'h.post_id',
      'h.responder_name',
      'h.last_message_at',
      'p.title',
      'p.locale',
      'p.author_name',
      sql<boolean>`p.author_user_id = ${userId}`.as('as_author'),
      sql<boolean>`case when p.author_user_id = ${userId}
        then h.author_read_at is null or h.author_read_at < h.last_message_at
        else h.responder_read_at is null or h.responder_read_at < h.last_message_at end`.as('unread'),
    ])
    .where('h.municipality_id', '=', t.municipalityId)
    .where((eb) => eb.or([eb('p.author_user_id', '=', userId), eb('h.responder_user_id', '=', userId)]))
    .orderBy('h.last_message_at', 'desc')
    .execute();
}

/** How many of a person's conversations in the tenant have a message they have not read. */
export async function unreadCount(db: Executor, t: Tenant, userId: string): Promise<number> {
  const rows = await threadsOfPerson(db, t, userId);
  return rows.filter((r) => r.unread).length;
}
