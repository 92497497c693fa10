import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { isLocale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { findAccountById } from '../../platform/identity/accounts.repository.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { FEEDBACK_QUESTIONS } from './mentoring.tables.ts';
import type { ActivityInput, FeedbackInput, FeedbackStage } from './workspace.schema.ts';
import {
  activityDay,
  activityOfSession,
  berlinDay,
  findWorkspacePairing,
  insertActivity,
  insertFeedback,
  insertMessage,
  lockPairing,
  markRead,
  offeredSession,
  setAttended,
  type WorkspacePairing,
} from './workspace.repository.ts';

// The pair's use cases: log a session they go to, enter an activity, say it was attended, give feedback, write to
// each other. Only the pairing's two people act here; changes to the log only while the pairing is active.

export type Side = 'mentee' | 'mentor';

/** Which side of the pairing a person is, or null for anyone else (staff included: the workspace is the pair's). */
export function sideOf(p: Pick<WorkspacePairing, 'menteeUserId' | 'mentorUserId'>, userId: string): Side | null {
  if (p.menteeUserId === userId) return 'mentee';
  if (p.mentorUserId === userId) return 'mentor';
  return null;
}

/** Pairings with a workspace: once both accepted, and after the cycle's end (to read, and for the final feedback). */
const OPEN_STATUSES = ['active', 'completed', 'ended'];

/** The pairing and the person's side; the same 404 for a pairing that does not exist and one of other people. */
export async function pairingForPerson(
  db: Executor,
  t: Tenant,
  pairingId: string,
  userId: string,
): Promise<{ pairing: WorkspacePairing; side: Side }> {
  const pairing = await findWorkspacePairing(db, t, pairingId);
  const side = pairing ? sideOf(pairing, userId) : null;
  if (!pairing || !side || !OPEN_STATUSES.includes(pairing.status)) throw notFound('mentoring_pairing');
  return { pairing, side };
}

/** Adds days to a calendar day `YYYY-MM-DD`. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** The first day a feedback form opens: mid-term at half-time of the cycle, final two weeks before its end. */
export function feedbackOpensOn(cycle: { startsOn: string; endsOn: string }, stage: FeedbackStage): string {
  if (stage === 'final') {
    // Days as `YYYY-MM-DD` sort as text: the later of the two.
    return [addDays(cycle.endsOn, -14), cycle.startsOn].sort()[1]!;
  }
  return addDays(cycle.startsOn, Math.floor((dayNumber(cycle.endsOn) - dayNumber(cycle.startsOn)) / 2));
}

const fieldError = (field: string, key: string) =>
  new AppError('mentoring_workspace_invalid', 422, key, {}, { [field]: { key } });

/** Locks the pairing for a change of its log; refuses when it is not (or no longer) active. */
async function activeForPerson(uc: UseCase, pairingId: string, userId: string) {
  const t = useCaseTenant(uc);
  const found = await pairingForPerson(uc.tx, t, pairingId, userId);
  const status = await lockPairing(uc.tx, t, pairingId);
  if (status !== 'active') throw conflict('mentoring_pairing_not_active', 'mentoring.workspace.error.notActive');
  return found;
}

/** "We go": a session of the programme added to the log as planned (attended once they were there). */
export async function logSession(
  uc: UseCase,
  v: { pairingId: string; userId: string; sessionId: string },
): Promise<'logged' | 'known'> {
  const t = useCaseTenant(uc);
  const { pairing } = await activeForPerson(uc, v.pairingId, v.userId);
  const session = await offeredSession(uc.tx, t, pairing.programmeId, v.sessionId);
  if (!session) throw conflict('mentoring_session_gone', 'mentoring.workspace.error.sessionGone');
  if (await activityOfSession(uc.tx, t, pairing.id, session.id)) return uc.refuse('known');
  const onDate = await berlinDay(uc.tx, session.startsAt);
  const id = await insertActivity(uc.tx, t, {
    pairingId: pairing.id,
    sessionId: session.id,
    kind: session.kind,
    title: session.title,
    onDate,
    attended: false,
    by: v.userId,
  });
  uc.record({
    action: 'create',
    subjectType: 'mentoring.workspace.activity',
    subjectId: id,
    after: { pairingId: pairing.id, sessionId: session.id, kind: session.kind, onDate, attended: false },
  });
  return 'logged';
}

/** An activity the pair enters: a kind the cycle counts, within the cycle, attended only on a day that has come. */
export async function addActivity(
  uc: UseCase,
  v: { pairingId: string; userId: string; input: ActivityInput },
): Promise<string> {
  const t = useCaseTenant(uc);
  const { pairing } = await activeForPerson(uc, v.pairingId, v.userId);
  const { input } = v;
  if (!pairing.activityKinds.includes(input.kind)) throw fieldError('kind', 'mentoring.workspace.error.kind');
  if (input.onDate < pairing.startsOn || input.onDate > pairing.endsOn)
    throw fieldError('onDate', 'mentoring.workspace.error.outsideCycle');
  const attended = input.attended === 'yes';
  if (attended && input.onDate > (await berlinDay(uc.tx, uc.now)))
    throw fieldError('attended', 'mentoring.workspace.error.future');
  const id = await insertActivity(uc.tx, t, {
    pairingId: pairing.id,
    sessionId: null,
    kind: input.kind,
    title: input.title,
    onDate: input.onDate,
    attended,
    by: v.userId,
  });
  uc.record({
    action: 'create',
    subjectType: 'mentoring.workspace.activity',
    subjectId: id,
    after: { pairingId: pairing.id, kind: input.kind, onDate: input.onDate, attended, title: true },
  });
  return id;
}

/** Says whether an activity of the log was attended (only for a day that has come). */
export async function markAttended(
  uc: UseCase,
  v: { pairingId: string; userId: string; activityId: string; attended: boolean },
): Promise<void> {
  const t = useCaseTenant(uc);
  const { pairing } = await activeForPerson(uc, v.pairingId, v.userId);
  if (v.attended) {
    const today = await berlinDay(uc.tx, uc.now);
    const row = await activityDay(uc.tx, t, pairing.id, v.activityId);
    if (row && row > today) throw conflict('mentoring_activity_future', 'mentoring.workspace.error.future');
  }
  const before = await setAttended(uc.tx, t, pairing.id, v.activityId, v.attended);
  if (!before) throw notFound('mentoring_activity');
  if (before.attended === v.attended) return uc.refuse(undefined);
  uc.record({
    action: 'update',
    subjectType: 'mentoring.workspace.activity',
    subjectId: v.activityId,
    before: { attended: before.attended },
    after: { attended: v.attended },
  });
}

/** One side's feedback for a stage: once, from the day the stage opens; scores only, the comment marked "filled". */
export async function giveFeedback(
  uc: UseCase,
  v: { pairingId: string; userId: string; stage: FeedbackStage; input: FeedbackInput },
): Promise<void> {
  const t = useCaseTenant(uc);
  const { pairing, side } = await pairingForPerson(uc.tx, t, v.pairingId, v.userId);
  const today = await berlinDay(uc.tx, uc.now);
  if (today < feedbackOpensOn(pairing, v.stage))
    throw conflict('mentoring_feedback_not_open', 'mentoring.workspace.feedback.notYet');
  const scores = Object.fromEntries(FEEDBACK_QUESTIONS.map((q) => [q, v.input[q]]));
  const comment = v.input.comment ?? null;
  const stored = await insertFeedback(uc.tx, t, {
    pairingId: pairing.id,
    side,
    stage: v.stage,
    scores,
    comment,
    now: uc.now,
  });
  if (!stored) throw conflict('mentoring_feedback_given', 'mentoring.workspace.feedback.already');
  uc.record({
    action: 'create',
    subjectType: 'mentoring.workspace.feedback',
    subjectId: pairing.id,
    after: { side, stage: v.stage, ...scores, comment: comment !== null },
  });
}

/** Where links in mails point and the catalogs they are written from. */
export interface WorkspaceMailEnv {
  baseUrl: string;
  messages: Pick<Messages, 'format'>;
  slug: string;
}

/**
 * A message to the other side, who gets a mail in their language with a link (never the message itself: the
 * outbox is readable by the municipality's staff, and the messages are the pair's alone).
 */
export async function sendMessage(
  uc: UseCase,
  env: WorkspaceMailEnv | null,
  v: { pairingId: string; userId: string; body: string },
): Promise<string> {
  const t = useCaseTenant(uc);
  const { pairing, side } = await activeForPerson(uc, v.pairingId, v.userId);
  const id = await insertMessage(uc.tx, t, { pairingId: pairing.id, authorId: v.userId, body: v.body, now: uc.now });
  uc.record({
    action: 'create',
    subjectType: 'mentoring.workspace.message',
    subjectId: id,
    after: { pairingId: pairing.id, side, body: true },
  });
  const to = side === 'mentee' ? pairing.mentorUserId : pairing.menteeUserId;
  if (env) {
    const account = await findAccountById(uc.tx, to);
    if (account && !account.disabled_at) {
      const locale = isLocale(account.locale) ? account.locale : 'de';
      const url = `${env.baseUrl}/${locale}/m/${env.slug}/mentoring/pairings/${pairing.id}#messages`;
      await queueMail(uc.tx, {
        to: account.email,
        subject: env.messages.format(locale, 'mentoring.workspace.mail.subject', {}),
        text: env.messages.format(locale, 'mentoring.workspace.mail.text', { url }),
        municipalityId: t.municipalityId,
      });
    }
  }
  return id;
}

/** The reader opened the workspace: the other side's messages are read (nothing to record when none were new). */
export async function readMessages(uc: UseCase, v: { pairingId: string; userId: string }): Promise<void> {
  const t = useCaseTenant(uc);
  const n = await markRead(uc.tx, t, v.pairingId, v.userId, uc.now);
  if (n === 0) return uc.refuse(undefined);
  uc.record({
    action: 'update',
    subjectType: 'mentoring.workspace.message',
    subjectId: v.pairingId,
    after: { read: n },
  });
}
