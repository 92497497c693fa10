import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { summarize, type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { type ApplicationMailEnv, mailApplicationStatus } from './applications.mail.ts';
import {
  eraseSpecialData,
  findMentee,
  findMentor,
  firstWaitlisted,
  insertMentee,
  insertMentor,
  lockCycle,
  type MenteeRow,
  setMenteeStatus,
  setMentorCapacity,
  takenPart,
} from './applications.repository.ts';
import type { MenteeForm, MentorForm } from './applications.schema.ts';
import type { CycleRow, ProgrammeRow } from './core.repository.ts';
import { berlinDay, isOpenOn, takenPlaces } from './programmes.repository.ts';

// The use cases of applications: a mentee applies (a place while places last, else the waitlist in the order of
// arrival), a mentor signs up, a mentee withdraws, staff confirm or decline an application and set a mentor's
// capacity. Every change that frees a place promotes the first of the waitlist. Places are counted with the
// cycle's row locked, so concurrent applications never take more places than the cycle has.

/** Statuses that hold one of the cycle's places. */
export const HOLDS_PLACE = ['applied', 'accepted', 'matched', 'completed'] as const;
const holds = (status: string) => (HOLDS_PLACE as readonly string[]).includes(status);

export interface CycleScope {
  programme: ProgrammeRow;
  programmeTitle: string;
  cycle: CycleRow;
}

const formError = (field: string, key: string) =>
  new AppError('mentoring.application.invalid', 422, key, {}, { [field]: { key } });

/** A mentee's application: the place or the waitlist is decided with the cycle locked; a confirmation mail. */
export async function applyAsMentee(
  uc: UseCase,
  scope: CycleScope,
  who: { userId: string; locale: string },
  v: MenteeForm,
  mail: ApplicationMailEnv,
): Promise<{ id: string; status: 'applied' | 'waitlisted' }> {
  const t = useCaseTenant(uc);
  const { cycle, programme } = scope;
  if (!isOpenOn(cycle, berlinDay(uc.now))) throw conflict('mentoring.cycle.closed', 'mentoring.applications.closed');
  await lockCycle(uc.tx, t, cycle.id);
  const taken = await takenPart(uc.tx, t, cycle.id, who.userId);
  if (taken.mentee || taken.mentor) throw formError('displayName', 'mentoring.applications.error.already');
  const status = (await takenPlaces(uc.tx, t, cycle.id)) < cycle.places ? 'applied' : 'waitlisted';
  if (v.preferredMentorId) {
    const m = await findMentor(uc.tx, t, v.preferredMentorId);
    if (!m || m.cycleId !== cycle.id) throw formError('preferredMentorId', 'mentoring.applications.error.choice');
  }
  // Political direction only where the programme asks for it, and only with consent (the schema checks that).
  const political = programme.asksPolitical && v.politicalDirection ? v.politicalDirection : null;
  const id = await insertMentee(
    uc.tx,
    t,
    {
      cycleId: cycle.id,
      userId: who.userId,
      displayName: v.displayName,
      locale: who.locale,
      motivation: v.motivation,
      topics: v.topics,
      committees: v.committees,
      languages: v.languages,
      availability: v.availability,
      accessibility: v.accessibility ?? null,
      gender: v.gender ?? null,
      politicalDirection: political,
      preferredMentorId: v.preferredMentorId ?? null,
      status,
    },
    uc.now,
  );
  uc.record({
    action: 'create',
    subjectType: 'mentoring.mentee',
    subjectId: id,
    after: {
      cycleId: cycle.id,
      status,
      locale: who.locale,
      topics: v.topics.length,
      motivation: 'filled',
      ...(political ? { politicalDirection: 'filled' } : {}),
    },
  });
  await mailApplicationStatus(
    uc.tx,
    t,
    mail,
    { userId: who.userId, locale: who.locale, status, programmeTitle: scope.programmeTitle, cycleName: cycle.name },
    'confirmation',
  );
  return { id, status };
}

/** A mentor's sign-up for a cycle (open for sign-ups until the cycle starts). */
export async function signUpMentor(
  uc: UseCase,
  scope: CycleScope,
  who: { userId: string },
  v: MentorForm,
): Promise<string> {
  const t = useCaseTenant(uc);
  const { cycle } = scope;
  if (!mentorsMaySignUp(cycle, berlinDay(uc.now)))
    throw conflict('mentoring.cycle.closed', 'mentoring.applications.closed');
  const taken = await takenPart(uc.tx, t, cycle.id, who.userId);
  if (taken.mentee || taken.mentor) throw formError('displayName', 'mentoring.applications.error.already');
  const id = await insertMentor(uc.tx, t, {
    cycleId: cycle.id,
    userId: who.userId,
    displayName: v.displayName,
    body: v.body,
    faction: v.faction ?? null,
    committees: v.committees,
    topics: v.topics,
    languages: v.languages,
    availability: v.availability,
    capacity: v.capacity,
  });
  uc.record({
    action: 'create',
    subjectType: 'mentoring.mentor',
    subjectId: id,
    after: { cycleId: cycle.id, capacity: v.capacity, ...summarize(v, [], ['body', 'faction']) },
  });
  return id;
}

/** Mentors sign up while the cycle is open or being matched, before it starts. */
export function mentorsMaySignUp(c: CycleRow, today: string): boolean {
  return (c.status === 'open' || c.status === 'matching') && c.applicationsOpen <= today && today < c.startsOn;
}

/** Promotes the first `n` of the waitlist to a place, in order, and tells them. */
export async function promoteWaitlist(uc: UseCase, scope: CycleScope, mail: ApplicationMailEnv): Promise<void> {
  const t = useCaseTenant(uc);
  const free = scope.cycle.places - (await takenPlaces(uc.tx, t, scope.cycle.id));
  for (const m of await firstWaitlisted(uc.tx, t, scope.cycle.id, free)) {
    await setMenteeStatus(uc.tx, t, m.id, 'applied');
    uc.record({
      action: 'update',
      subjectType: 'mentoring.mentee',
      subjectId: m.id,
      before: { status: 'waitlisted' },
      after: { status: 'applied', promoted: 1 },
    });
    await statusMail(uc, scope, m, 'applied', mail);
  }
}

function statusMail(uc: UseCase, scope: CycleScope, m: MenteeRow, status: string, mail: ApplicationMailEnv) {
  return mailApplicationStatus(
    uc.tx,
    useCaseTenant(uc),
    mail,
    { userId: m.userId, locale: m.locale, status, programmeTitle: scope.programmeTitle, cycleName: scope.cycle.name },
    'status',
  );
}

/** Statuses a mentee may withdraw from (not once matched: a pairing is declined on its answer page). */
export const WITHDRAWABLE = ['applied', 'waitlisted', 'accepted'] as const;

/** The mentee withdraws their own application; the political direction is erased; a freed place is passed on. */
export async function withdrawApplication(
  uc: UseCase,
  scope: CycleScope,
  menteeId: string,
  userId: string,
  mail: ApplicationMailEnv,
): Promise<void> {
  const t = useCaseTenant(uc);
  await lockCycle(uc.tx, t, scope.cycle.id);
  const m = await findMentee(uc.tx, t, menteeId);
  if (!m || m.userId !== userId || m.cycleId !== scope.cycle.id) throw notFound('mentoring.application');
  if (!(WITHDRAWABLE as readonly string[]).includes(m.status))
    throw conflict('mentoring.application.final', 'mentoring.applications.notWithdrawable');
  await setMenteeStatus(uc.tx, t, m.id, 'withdrawn');
  await eraseSpecialData(uc.tx, t, m.id);
  uc.record({
    action: 'update',
    subjectType: 'mentoring.mentee',
    subjectId: m.id,
    before: { status: m.status },
    after: { status: 'withdrawn' },
  });
  if (holds(m.status)) await promoteWaitlist(uc, scope, mail);
}

/**
 * Staff confirm an application (`accepted`: from applied, or from the waitlist while a place is free) or decline it
 * (which frees its place for the waitlist). Matched and completed applications are changed by the matching and
 * the cycle's end, not here.
 */
export async function changeApplicationStatus(
  uc: UseCase,
  scope: CycleScope,
  menteeId: string,
  status: 'accepted' | 'declined',
  mail: ApplicationMailEnv,
): Promise<void> {
  const t = useCaseTenant(uc);
  await lockCycle(uc.tx, t, scope.cycle.id);
  const m = await findMentee(uc.tx, t, menteeId);
  if (!m || m.cycleId !== scope.cycle.id) throw notFound('mentoring.application');
  if (!['applied', 'waitlisted', 'accepted'].includes(m.status) || m.status === status)
    throw conflict('mentoring.application.final', 'mentoring.applications.admin.notChangeable');
  if (status === 'accepted' && !holds(m.status)) {
    const free = scope.cycle.places - (await takenPlaces(uc.tx, t, scope.cycle.id));
    if (free <= 0) throw conflict('mentoring.cycle.full', 'mentoring.applications.admin.full');
  }
  await setMenteeStatus(uc.tx, t, m.id, status);
  if (status === 'declined') await eraseSpecialData(uc.tx, t, m.id);
  uc.record({
    action: 'update',
    subjectType: 'mentoring.mentee',
    subjectId: m.id,
    before: { status: m.status },
    after: { status },
  });
  await statusMail(uc, scope, m, status, mail);
  if (status === 'declined' && holds(m.status)) await promoteWaitlist(uc, scope, mail);
}

/** Staff set a mentor's capacity (0 pauses the mentor for the matching). */
export async function changeMentorCapacity(uc: UseCase, cycleId: string, mentorId: string, capacity: number) {
  const t = useCaseTenant(uc);
  const m = await findMentor(uc.tx, t, mentorId);
  if (!m || m.cycleId !== cycleId) throw notFound('mentoring.mentor');
  if (m.capacity === capacity) return uc.refuse(undefined);
  await setMentorCapacity(uc.tx, t, m.id, capacity);
  uc.record({
    action: 'update',
    subjectType: 'mentoring.mentor',
    subjectId: m.id,
    before: { capacity: m.capacity },
    after: { capacity },
  });
}
