import { violatedConstraint } from '../../platform/db/transaction.ts';
import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { hasGrant, insertGrant, isPersonOf } from '../../platform/identity/grants.repository.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import {
  availableFor,
  findInterpreter,
  insertInterpreter,
  interpreterOfUser,
  lockRequest,
  markAccepted,
  overlapsAccepted,
  replaceHours,
  updateInterpreter,
  type WeeklyHours,
} from './interpreters.repository.ts';

export interface InterpreterInput {
  displayName: string;
  languages: string[];
  active: boolean;
  hours: WeeklyHours[];
}

const field = (name: string, key: string) => new AppError('invalid', 422, key, {}, { [name]: { key } });

/**
 * Adds a person of the municipality to the pool. Someone without the interpreter role is granted it here (through
 * the platform's identity functions, as the directory grants roles), so that the pool and the role stay one list.
 */
export async function addInterpreter(uc: UseCase, v: InterpreterInput & { userId: string }): Promise<string> {
  const t = useCaseTenant(uc);
  if (!(await isPersonOf(uc.tx, t, v.userId))) throw field('userId', 'validation.choice');
  if (await interpreterOfUser(uc.tx, t, v.userId)) throw field('userId', 'counselling.interpreters.error.inPool');
  const grant = { userId: v.userId, role: 'interpreter' as const, quartierId: null, providerId: null };
  const granted = !(await hasGrant(uc.tx, t, grant));
  if (granted) {
    const grantId = await insertGrant(uc.tx, t, { ...grant, grantedBy: uc.actor });
    uc.record({ action: 'create', subjectType: 'directory.role_assignment', subjectId: grantId, after: grant });
  }
  const id = await insertInterpreter(uc.tx, t, v);
  await replaceHours(uc.tx, t, id, v.hours);
  uc.record({ action: 'create', subjectType: 'counselling.interpreter', subjectId: id, after: summary(v, granted) });
  return id;
}

export async function editInterpreter(uc: UseCase, v: InterpreterInput & { id: string }): Promise<void> {
  const t = useCaseTenant(uc);
  const before = await findInterpreter(uc.tx, t, v.id);
  if (!before) throw notFound('interpreter');
  await updateInterpreter(uc.tx, t, v.id, v);
  await replaceHours(uc.tx, t, v.id, v.hours);
  uc.record({
    action: 'update',
    subjectType: 'counselling.interpreter',
    subjectId: v.id,
    before: { languages: before.languages.join(','), active: before.active },
    after: summary(v, false),
  });
}

const summary = (v: InterpreterInput, roleGranted: boolean) => ({
  languages: v.languages.join(','),
  active: v.active,
  hours: v.hours.length,
  roleGranted,
});

/**
 * An interpreter accepts an open request. The row lock makes a second acceptance of the same request wait and then
 * see it taken; the checks give clear messages; the exclusion constraint `counselling_interpreters_no_overlap` is the
 * last word when the same interpreter accepts two overlapping requests at once.
 */
export async function acceptRequest(uc: UseCase, v: { requestId: string; userId: string }): Promise<void> {
  const t = useCaseTenant(uc);
  const it = await interpreterOfUser(uc.tx, t, v.userId);
  if (!it?.active) throw notFound('interpreter');
  const r = await lockRequest(uc.tx, t, v.requestId);
  if (!r || !it.languages.includes(r.language)) throw notFound('interpreter_request');
  if (r.status === 'accepted') throw conflict('request_taken', 'counselling.interpreters.error.taken');
  if (r.status !== 'open') throw conflict('request_withdrawn', 'counselling.interpreters.error.withdrawn');
  if (await overlapsAccepted(uc.tx, t, it.id, r.blocks)) throw overlap();
  if (!(await availableFor(uc.tx, t, it, r.id))) {
    // Another acceptance of this interpreter may have committed between the two reads: then it is the overlap.
    if (await overlapsAccepted(uc.tx, t, it.id, r.blocks)) throw overlap();
    throw conflict('request_unavailable', 'counselling.interpreters.error.unavailable');
  }
  try {
    await markAccepted(uc.tx, t, r.id, it.id, uc.now);
  } catch (err) {
    if (violatedConstraint(err) === 'counselling_interpreters_no_overlap') throw overlap();
    throw err;
  }
  uc.record({
    action: 'update',
    subjectType: 'counselling.interpreter_request',
    subjectId: r.id,
    before: { status: 'open' },
    after: { status: 'accepted', interpreterId: it.id, language: r.language },
  });
}

const overlap = () => conflict('interpreter_double_booked', 'counselling.interpreters.error.overlap');
