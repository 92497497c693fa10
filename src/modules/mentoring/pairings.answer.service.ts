import { conflict, notFound } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { countAcceptedPairs, lockMentor, lockPairing, setMenteeStatus, updateAnswer } from './matching.repository.ts';
import { pairingPeople } from './core.repository.ts';

export type Answer = 'accepted' | 'declined';

/**
 * One side answers a published pairing. Declined by either side: the pairing is `declined` and its places are free
 * for a re-run. Accepted by both: the pairing is `active` and the mentee `matched` — only while the mentor's
 * accepted pairings stay within the capacity, counted under the mentor's row lock (mentor first, then the pairing:
 * the same order as publishing).
 */
export async function answerPairing(uc: UseCase, v: { pairingId: string; userId: string; answer: Answer }) {
  const t = useCaseTenant(uc);
  const people = await pairingPeople(uc.tx, t, v.pairingId);
  if (!people) throw notFound('mentoring_pairing');
  const side = people.menteeUserId === v.userId ? 'mentee' : people.mentorUserId === v.userId ? 'mentor' : null;
  if (!side) throw notFound('mentoring_pairing');
  const mentor = await lockMentor(uc.tx, t, people.mentorId);
  const p = await lockPairing(uc.tx, t, v.pairingId);
  if (!mentor || !p) throw notFound('mentoring_pairing');
  if (p.status !== 'published') throw conflict('mentoring.pairing.not_open', 'mentoring.answer.closed');
  const answers = {
    menteeAnswer: side === 'mentee' ? v.answer : p.menteeAnswer,
    mentorAnswer: side === 'mentor' ? v.answer : p.mentorAnswer,
  };
  let status = 'published';
  if (v.answer === 'declined') status = 'declined';
  else if (answers.menteeAnswer === 'accepted' && answers.mentorAnswer === 'accepted') {
    if ((await countAcceptedPairs(uc.tx, t, mentor.id)) >= mentor.capacity) {
      throw conflict('mentoring.mentor.full', 'mentoring.answer.full');
    }
    status = 'active';
  }
  await updateAnswer(uc.tx, t, p.id, { status, ...answers }, uc.now);
  if (status === 'active') await setMenteeStatus(uc.tx, t, p.menteeId, 'matched');
  uc.record({
    action: 'update',
    subjectType: 'mentoring.pairing',
    subjectId: p.id,
    before: { status: p.status, menteeAnswer: p.menteeAnswer, mentorAnswer: p.mentorAnswer },
    after: { status, ...answers, side },
  });
  return { status, side };
}
