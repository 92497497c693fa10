import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { type HelpMailEnv, mailNewMessage } from './help.notify.ts';
import { mayAnswer, sideOf } from './help.policy.ts';
import { closePost, countHelped, type HelpPost, insertPost, lockPost } from './help.repository.ts';
import { hasOpenReport, insertReport } from './help.reports.repository.ts';
import type { HelpAnswerInput, HelpPostInput } from './help.schema.ts';
import type { ReportReason } from './help.tables.ts';
import {
  findThread,
  type HelpThread,
  insertMessage,
  insertThread,
  markRead,
  setConsent,
} from './help.threads.repository.ts';

/** A field problem on the form the person is filling (422 with the input kept). */
const fieldError = (field: string, key: string) => new AppError('invalid', 422, key, {}, { [field]: { key } });

async function openPost(uc: UseCase, postId: string): Promise<HelpPost> {
  const post = await lockPost(uc.tx, useCaseTenant(uc), postId);
  if (!post) throw notFound('help_post');
  return post;
}

/** Posts an offer or a request in the use case's tenant; the Quartier was resolved from its slug by the caller. */
export async function createHelpPost(
  uc: UseCase,
  v: { input: HelpPostInput; quartierId: string | null; userId: string },
): Promise<string> {
  const { input } = v;
  const id = await insertPost(uc.tx, useCaseTenant(uc), {
    kind: input.kind,
    category: input.category,
    quartierId: v.quartierId,
    authorUserId: v.userId,
    authorName: input.authorName,
    locale: input.locale,
    title: input.title,
    body: input.body,
    now: uc.now,
  });
  uc.record({
    action: 'create',
    subjectType: 'community.help_post',
    subjectId: id,
    after: { kind: input.kind, category: input.category, quartierId: v.quartierId, locale: input.locale },
  });
  return id;
}

/** A neighbour answers a post: their conversation with the writer (made on the first answer) gets the message. */
export async function answerHelpPost(
  uc: UseCase,
  env: HelpMailEnv | null,
  v: { postId: string; userId: string; input: HelpAnswerInput },
): Promise<string> {
  const t = useCaseTenant(uc);
  const post = await openPost(uc, v.postId);
  if (post.author_user_id === v.userId) throw fieldError('body', 'community.help.error.ownPost');
  if (!mayAnswer(post, v.userId)) throw conflict('help_post_closed', 'community.help.error.closed');
  const threadId = await insertThread(uc.tx, t, { postId: post.id, userId: v.userId, name: v.input.name, now: uc.now });
  const messageId = await insertMessage(uc.tx, t, { threadId, fromAuthor: false, body: v.input.body, now: uc.now });
  uc.record({ action: 'create', subjectType: 'community.help_message', subjectId: messageId, after: { threadId } });
  await mailNewMessage(uc.tx, t, env, { toUserId: post.author_user_id, postId: post.id, threadId });
  return threadId;
}

/** The conversation and the caller's side of it; 404 for anyone who is not one of its two people. */
export async function threadForPerson(
  uc: UseCase,
  v: { postId: string; threadId: string; userId: string },
): Promise<{ post: HelpPost; thread: HelpThread; side: 'author' | 'responder' }> {
  const post = await openPost(uc, v.postId);
  const thread = await findThread(uc.tx, useCaseTenant(uc), post.id, v.threadId);
  const side = thread ? sideOf(post, thread, v.userId) : null;
  if (!thread || !side) throw notFound('help_thread');
  return { post, thread, side };
}

/** Writes a further message; a post hidden by moderation takes no more. */
export async function sendHelpMessage(
  uc: UseCase,
  env: HelpMailEnv | null,
  v: { postId: string; threadId: string; userId: string; body: string },
): Promise<void> {
  const t = useCaseTenant(uc);
  const { post, thread, side } = await threadForPerson(uc, v);
  if (post.hidden_at) throw conflict('help_post_hidden', 'community.help.error.hidden');
  const fromAuthor = side === 'author';
  const id = await insertMessage(uc.tx, t, { threadId: thread.id, fromAuthor, body: v.body, now: uc.now });
  uc.record({ action: 'create', subjectType: 'community.help_message', subjectId: id, after: { threadId: thread.id } });
  const to = fromAuthor ? thread.responder_user_id : post.author_user_id;
  await mailNewMessage(uc.tx, t, env, { toUserId: to, postId: post.id, threadId: thread.id });
}

/**
 * One side agrees to exchange contact details and says which (or, with null, takes its consent back). Taking it
 * back is possible only while the other side has not agreed: once both agreed, both have seen the details.
 */
export async function setHelpContact(
  uc: UseCase,
  v: { postId: string; threadId: string; userId: string; contact: string | null },
): Promise<'shared' | 'exchanged' | 'withdrawn'> {
  const { thread, side } = await threadForPerson(uc, v);
  const asAuthor = side === 'author';
  const other = asAuthor ? thread.responder_consent_at : thread.author_consent_at;
  const mine = asAuthor ? thread.author_consent_at : thread.responder_consent_at;
  if (v.contact === null && mine && other) throw conflict('help_contact_exchanged', 'community.help.contact.tooLate');
  if (v.contact === null && !mine) return uc.refuse('withdrawn');
  const at = v.contact === null ? null : { text: v.contact, at: uc.now };
  await setConsent(uc.tx, useCaseTenant(uc), thread.id, asAuthor, at);
  const outcome = v.contact === null ? 'withdrawn' : other ? 'exchanged' : 'shared';
  uc.record({
    action: 'update',
    subjectType: 'community.help_thread',
    subjectId: thread.id,
    before: { [`${side}Consent`]: mine !== null },
    after: { [`${side}Consent`]: v.contact !== null, outcome },
  });
  return outcome;
}

/** The person has now read the conversation (written only when something new was unread). */
export async function readHelpThread(uc: UseCase, v: { postId: string; threadId: string; userId: string }) {
  const { thread, side } = await threadForPerson(uc, v);
  const read = side === 'author' ? thread.author_read_at : thread.responder_read_at;
  if (read && read >= thread.last_message_at) return uc.refuse(undefined);
  await markRead(uc.tx, useCaseTenant(uc), thread.id, side === 'author', uc.now);
  uc.record({ action: 'update', subjectType: 'community.help_thread', subjectId: thread.id, after: { read: side } });
}

/** The writer closes their post and says whether it helped; "it helped" adds one to the category's month. */
export async function closeOwnHelpPost(
  uc: UseCase,
  v: { postId: string; userId: string; outcome: 'helped' | 'not_helped' },
): Promise<void> {
  const t = useCaseTenant(uc);
  const post = await openPost(uc, v.postId);
  if (post.author_user_id !== v.userId) throw notFound('help_post');
  if (!(await closePost(uc.tx, t, post.id, v.outcome, uc.now)))
    throw conflict('help_post_closed', 'community.help.error.alreadyClosed');
  if (v.outcome === 'helped') await countHelped(uc.tx, t, post.category, uc.now);
  uc.record({
    action: 'update',
    subjectType: 'community.help_post',
    subjectId: post.id,
    before: { status: 'open' },
    after: { status: 'closed', outcome: v.outcome, category: post.category },
  });
}

/**
 * Reports a post (anyone signed in who sees it) or a conversation (one of its two people). One open report per
 * person and subject: a second one says it is already with moderation.
 */
export async function reportHelp(
  uc: UseCase,
  v: { postId: string; threadId: string | null; userId: string; reason: ReportReason; note: string | null },
): Promise<string> {
  const t = useCaseTenant(uc);
  if (v.threadId) await threadForPerson(uc, { postId: v.postId, threadId: v.threadId, userId: v.userId });
  else await openPost(uc, v.postId);
  if (await hasOpenReport(uc.tx, t, v)) throw conflict('help_report_open', 'community.help.report.already');
  const id = await insertReport(uc.tx, t, { ...v, now: uc.now });
  uc.record({
    action: 'create',
    subjectType: 'community.help_report',
    subjectId: id,
    after: { postId: v.postId, threadId: v.threadId, reason: v.reason, note: v.note !== null },
  });
  return id;
}
