import { randomUUID } from 'node:crypto';
import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, conflict } from '../../platform/http/app-error.ts';
import { isLocale } from '../../platform/i18n/locales.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { findAccountById } from '../../platform/identity/accounts.repository.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import type { ProgrammeRow } from './core.repository.ts';
import {
  countHeldPlaces,
  countPairingsOfMentor,
  cycleMentors,
  declinedPairs,
  deleteOpenProposals,
  deleteProposal,
  findMentee,
  hasOpenPairing,
  insertPairing,
  lockMentor,
  markPublished,
  openProposals,
  unpairedMentees,
} from './matching.repository.ts';
import { menteeFacts, mentorFacts } from './matching.score.ts';
import { proposePairs } from './matching.solve.ts';

/** Where links in mails point and the catalogs they are written from. */
export interface MatchingMailEnv {
  baseUrl: string;
  messages: Pick<Messages, 'format'>;
  slug: string;
}

const SUBJECT = 'mentoring.pairing';

/** The answer page of a pairing, in a locale. */
export const answerPath = (locale: string, slug: string, pairingId: string) =>
  `/${locale}/m/${slug}/mentoring/pairings/${pairingId}/answer`;

/**
 * Fixes a pair before a run: the mentee must hold a place and have no pairing, the mentor must have a free place
 * (counted under the mentor's row lock). Runs keep it as it is.
 */
export async function fixPair(uc: UseCase, v: { cycleId: string; menteeId: string; mentorId: string }) {
  const t = useCaseTenant(uc);
  const mentor = await lockMentor(uc.tx, t, v.mentorId);
  const mentee = await findMentee(uc.tx, t, v.cycleId, v.menteeId);
  const fields: Record<string, { key: string }> = {};
  if (mentee?.status !== 'accepted') fields.menteeId = { key: 'mentoring.matching.fixed.menteeInvalid' };
  else if (await hasOpenPairing(uc.tx, t, mentee.id))
    fields.menteeId = { key: 'mentoring.matching.fixed.menteePaired' };
  if (!mentor || mentor.cycleId !== v.cycleId || mentor.status !== 'active') {
    fields.mentorId = { key: 'mentoring.matching.fixed.mentorInvalid' };
  } else {
    const taken = await countPairs(uc.tx, t, mentor.id);
    if (taken >= mentor.capacity) fields.mentorId = { key: 'mentoring.matching.fixed.mentorFull' };
  }
  if (Object.keys(fields).length > 0)
    throw new AppError('mentoring.fixed.invalid', 422, 'validation.invalid', {}, fields);
  const id = await insertPairing(uc.tx, t, { ...v, fixed: true, runId: null, score: null, reasons: [] });
  uc.record({
    action: 'create',
    subjectType: SUBJECT,
    subjectId: id,
    after: { cycleId: v.cycleId, menteeId: v.menteeId, mentorId: v.mentorId, fixed: true, status: 'proposed' },
  });
  return id;
}

// All pairings of a mentor that are not declined: what a new proposal must fit next to.
function countPairs(db: Executor, t: Tenant, mentorId: string): Promise<number> {
  return countPairingsOfMentor(db, t, mentorId, ['proposed', 'published', 'active', 'ended', 'completed']);
}

/**
 * A matching run: the open proposals of an earlier run go, fixed/published/active pairings stay; the mentees with a
 * place and no pairing are matched optimally to the mentors' free places (capacity minus every pairing that is not
 * declined), never to a mentor they declined or who declined them. The results stay `proposed` until published.
 */
export async function runMatching(uc: UseCase, programme: ProgrammeRow, cycleId: string) {
  const t = useCaseTenant(uc);
  const removed = await deleteOpenProposals(uc.tx, t, cycleId);
  const [mentees, mentors, excluded] = await Promise.all([
    unpairedMentees(uc.tx, t, cycleId),
    cycleMentors(uc.tx, t, cycleId),
    declinedPairs(uc.tx, t, cycleId),
  ]);
  const slots = mentors.map((m) => ({ facts: mentorFacts(m), free: Math.max(0, m.capacity - m.taken) }));
  const proposals = proposePairs(mentees.map(menteeFacts), slots, programme.asksPolitical, excluded);
  const runId = randomUUID();
  for (const p of proposals) {
    await insertPairing(uc.tx, t, { cycleId, ...p, fixed: false, runId });
  }
  uc.record({
    action: 'update',
    subjectType: SUBJECT,
    subjectId: null,
    after: { cycleId, runId, removed, proposed: proposals.length, unpaired: mentees.length - proposals.length },
  });
  return { runId, proposed: proposals.length, unpaired: mentees.length - proposals.length };
}

/** Drops one open proposal (or a fixed pair not yet published). */
export async function dropProposal(uc: UseCase, cycleId: string, pairingId: string) {
  const t = useCaseTenant(uc);
  const row = await deleteProposal(uc.tx, t, cycleId, pairingId);
  if (!row) throw conflict('mentoring.proposal.gone', 'mentoring.matching.drop.gone');
  uc.record({ action: 'delete', subjectType: SUBJECT, subjectId: row.id, before: { ...row, status: 'proposed' } });
}

/**
 * Publishes the cycle's open proposals: each under its mentor's row lock, only while the places its published and
 * active pairings hold stay below the capacity (a proposal that no longer fits stays proposed and is counted as
 * skipped). Both people get a mail with the link to answer, in their language.
 */
export async function publishProposals(uc: UseCase, cycleId: string, env: MatchingMailEnv | null) {
  const t = useCaseTenant(uc);
  const open = await openProposals(uc.tx, t, cycleId);
  let published = 0;
  let skipped = 0;
  for (const p of open) {
    const mentor = await lockMentor(uc.tx, t, p.mentorId);
    if (mentor?.status !== 'active' || (await countHeldPlaces(uc.tx, t, p.mentorId)) >= mentor.capacity) {
      skipped++;
      continue;
    }
    if (!(await markPublished(uc.tx, t, p.id, uc.now))) continue;
    published++;
    uc.record({ action: 'update', subjectType: SUBJECT, subjectId: p.id, after: { status: 'published' } });
    await mailPublished(uc.tx, t, env, { pairingId: p.id, menteeId: p.menteeId, mentorUserId: mentor.userId, cycleId });
  }
  if (published === 0) return uc.refuse({ published, skipped });
  return { published, skipped };
}

async function mailPublished(
  tx: Executor,
  t: Tenant,
  env: MatchingMailEnv | null,
  v: { pairingId: string; menteeId: string; mentorUserId: string; cycleId: string },
) {
  if (!env) return;
  const mentee = await findMentee(tx, t, v.cycleId, v.menteeId);
  const people = [
    { userId: mentee?.userId ?? null, locale: mentee?.locale ?? null, key: 'mentoring.matching.mail.mentee' },
    { userId: v.mentorUserId, locale: null, key: 'mentoring.matching.mail.mentor' },
  ];
  for (const p of people) {
    if (!p.userId) continue;
    const account = await findAccountById(tx, p.userId);
    if (!account || account.disabled_at) continue;
    const wanted = p.locale ?? account.locale;
    const locale = isLocale(wanted) ? wanted : 'de';
    const url = `${env.baseUrl}${answerPath(locale, env.slug, v.pairingId)}`;
    await queueMail(tx, {
      to: account.email,
      subject: env.messages.format(locale, 'mentoring.matching.mail.subject', {}),
      text: env.messages.format(locale, p.key, { url }),
      municipalityId: t.municipalityId,
    });
  }
}
