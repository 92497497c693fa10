import { conflict } from '../../platform/http/app-error.ts';
import { type UseCase, useCaseTenant } from '../../platform/usecase/run-use-case.ts';
import { finishCycle, lockCycle } from './pairings.admin.repository.ts';

/** Cycles that may be finished: those whose mentoring runs (or whose matching was the last step taken). */
const FINISHABLE = ['matching', 'running'];

/**
 * Ends a cycle: it becomes `finished`; each active pairing is `completed` when its mentee attended at least the
 * cycle's required number of activities (the mentee `completed` too, with the day), else `ended`; pairings still
 * waiting for an answer end. Once only: a finished cycle stays as it is.
 */
export async function finishCycleUseCase(
  uc: UseCase,
  v: { cycleId: string; required: number },
): Promise<{ completed: number; ended: number }> {
  const t = useCaseTenant(uc);
  const status = await lockCycle(uc.tx, t, v.cycleId);
  if (status === 'finished') throw conflict('mentoring_cycle_finished', 'mentoring.workspace.finish.already');
  if (!status || !FINISHABLE.includes(status))
    throw conflict('mentoring_cycle_not_running', 'mentoring.workspace.finish.notRunning');
  const result = await finishCycle(uc.tx, t, { cycleId: v.cycleId, required: v.required, now: uc.now });
  uc.record({
    action: 'update',
    subjectType: 'mentoring.workspace.cycle_end',
    subjectId: v.cycleId,
    before: { status },
    after: { status: 'finished', completed: result.completed, ended: result.ended },
  });
  return result;
}
