import type { Kysely } from 'kysely';
import { audit, auditRead } from '../../platform/audit/audit.ts';
import { scopeMunicipality } from '../../platform/db/list-scope.ts';
import { fetchPage } from '../../platform/db/paginate.ts';
import { withTransaction } from '../../platform/db/transaction.ts';
import type { Database, Db } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { Translate } from '../../platform/i18n/messages.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import type { UseCase } from '../../platform/usecase/run-use-case.ts';
import {
  deleteFeedbackBefore,
  type FeedbackDetail,
  type FeedbackStatus,
  type FeedbackSummary,
  findFeedback,
  findTeamAddress,
  type InboxScope,
  insertFeedback,
  listFeedback,
  saveTeamAddress,
  updateFeedbackStatus,
} from './feedback.repository.ts';
import type { FeedbackInput, InboxQuery } from './feedback.schema.ts';

export interface FeedbackNotice {
  /** The state-level address (`FEEDBACK_EMAIL`) for feedback whose municipality has no team address. */
  fallback: string | undefined;
  /** The no-reply sender (`MAIL_FROM`): feedback is never mailed there. */
  sender: string;
  /** Translator in the team's language (German). */
  t: Translate;
}

/** Who acts, for the audit rows. */
export interface Actor {
  userId: string;
  requestId: string;
}

/** Rows per page of an inbox. */
export const INBOX_PAGE_SIZE = 25;

export interface InboxPage {
  rows: FeedbackSummary[];
  total: number;
  page: number;
  pageSize: number;
}

const SUBJECT = 'site.feedback';

/** The bare address of a `Name <address>` sender, or the string itself. */
export function mailAddress(from: string): string {
  return /<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? from.trim();
}

/**
 * Stores feedback and, in the same transaction, queues the notice to the team: the municipality's team address,
 * else the state's `FEEDBACK_EMAIL`, else none (it waits in the inbox). Never to the no-reply sender.
 */
export async function submitFeedback(
  uc: UseCase,
  input: FeedbackInput & { municipalityId: string | null },
  locale: Locale,
  notice: FeedbackNotice,
): Promise<string> {
  const { tx } = uc;
  const id = await insertFeedback(tx, {
    message: input.message,
    pageUrl: input.page ?? null,
    email: input.email ?? null,
    locale,
    municipalityId: input.municipalityId,
  });
  // Feedback is anonymous free text: the audit keeps only that it came, in which language, with an address or not.
  const after = { locale, withEmail: input.email !== undefined, municipalityId: input.municipalityId };
  uc.record({ action: 'create', subjectType: SUBJECT, subjectId: id, after });
  const team = input.municipalityId ? await findTeamAddress(tx, input.municipalityId) : null;
  const to = team ?? notice.fallback;
  if (!to || to.toLowerCase() === mailAddress(notice.sender).toLowerCase()) return id;
  const none = notice.t('site.feedback.mail.none');
  await queueMail(tx, {
    to,
    subject: notice.t('site.feedback.mail.subject', { id: id.slice(0, 8) }),
    text: notice.t('site.feedback.mail.body', {
      message: input.message,
      page: input.page ?? none,
      email: input.email ?? none,
      locale,
      id,
    }),
    ...(input.municipalityId ? { municipalityId: input.municipalityId } : {}),
  });
  return id;
}

/** One page of an inbox, newest first. */
export async function inboxPage(db: Kysely<Database>, scope: InboxScope, query: InboxQuery): Promise<InboxPage> {
  const filter = { status: query.status, from: query.from, to: query.to };
  return fetchPage(query.page, INBOX_PAGE_SIZE, (slice) => listFeedback(db, scope, filter, slice));
}

/** One message of an inbox; reading one that carries an e-mail address (personal data) is audited. */
export async function readFeedback(
  db: Kysely<Database>,
  scope: InboxScope,
  id: string,
  actor: Actor,
): Promise<FeedbackDetail> {
  return db.transaction().execute(async (tx) => {
    const item = await findFeedback(tx, scope, id);
    if (!item) throw notFound('feedback');
    if (item.email) {
      await auditRead(tx, actor, scope, { subjectType: SUBJECT, subjectId: id, reason: 'site.inbox.reason.read' });
    }
    return item;
  });
}

/** Marks a message new, answered or done, with an audit row naming both statuses. */
export async function changeFeedbackStatus(
  db: Db,
  scope: InboxScope,
  id: string,
  status: FeedbackStatus,
  actor: Actor & { now: Date },
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const before = await updateFeedbackStatus(tx, scope, id, { status, by: actor.userId, at: actor.now });
    if (before === null) throw notFound('feedback');
    await audit(tx, {
      actor: actor.userId,
      municipalityId: scopeMunicipality(scope),
      action: 'update',
      subjectType: SUBJECT,
      subjectId: id,
      reason: `status: ${before} → ${status}`,
      requestId: actor.requestId,
    });
  });
}

/** The team address of a municipality's feedback, or null. */
export async function teamAddress(db: Kysely<Database>, municipalityId: string): Promise<string | null> {
  return findTeamAddress(db, municipalityId);
}

/** Sets or removes a municipality's team address, with an audit row (the address itself is not logged). */
export async function changeTeamAddress(
  db: Db,
  municipalityId: string,
  email: string | null,
  actor: Actor,
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const before = await saveTeamAddress(tx, municipalityId, email, actor.userId);
    await audit(tx, {
      actor: actor.userId,
      municipalityId,
      action: before === null ? 'create' : email === null ? 'delete' : 'update',
      subjectType: 'site.feedback_team_address',
      subjectId: municipalityId,
      requestId: actor.requestId,
    });
  });
}

/** Deletes feedback older than the retention period; returns how many messages went. */
export async function purgeFeedback(db: Db, cutoff: Date, now: Date): Promise<number> {
  return withTransaction(db, async (tx) => {
    const deleted = await deleteFeedbackBefore(tx, cutoff);
    if (deleted > 0) {
      await audit(tx, {
        actor: null,
        municipalityId: null,
        action: 'delete',
        subjectType: SUBJECT,
        reason: `retention: ${deleted} messages before ${cutoff.toISOString()}`,
        at: now,
      });
    }
    return deleted;
  });
}
