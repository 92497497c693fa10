import { z } from 'zod';
import { tenant } from '../../platform/db/tenant.ts';
import type { JobHandler } from '../../platform/jobs/queue.ts';
import { runUseCase, type UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { lockRound, type RoundRow, updateRound } from './rounds.repository.ts';
import { solveAll, storeRun } from './rounds.service.ts';

// A large round runs here, outside any request: delivery is at least once, so a round that is no longer queued or
// running (done, or re-run meanwhile) is left alone. Progress is written after each policy's solve, each step its
// own use case, so that the round page shows it while the job runs.

const SUBJECT = 'housing.round';

const payload = z.object({ roundId: z.uuid() });

export const runRoundJob: JobHandler = async (job, { db, now }) => {
  const parsed = payload.safeParse(job.payload);
  if (!job.municipalityId || !parsed.success) return;
  const roundId = parsed.data.roundId;
  const t = tenant(job.municipalityId);
  const call = (): UseCaseCall => ({ db, tenant: t, actor: null, requestId: job.id, now: now() });
  const round = await runUseCase<RoundRow | null>('housing.round.start', call(), async (uc) => {
    const r = await lockRound(uc.tx, t, roundId);
    if (!r || (r.status !== 'queued' && r.status !== 'running')) return uc.refuse(null);
    await updateRound(uc.tx, t, r.id, { status: 'running', progress: 5 }, uc.now);
    uc.record({ action: 'update', subjectType: SUBJECT, subjectId: r.id, after: { status: 'running', progress: 5 } });
    return r;
  });
  if (!round) return;
  try {
    const run = await solveAll(round.input, round.policy, async (done, of) => {
      if (done === of) return;
      const progress = 5 + Math.floor((90 * done) / of);
      await runUseCase('housing.round.progress', call(), async (uc) => {
        await updateRound(uc.tx, t, round.id, { progress }, uc.now);
        uc.record({ action: 'update', subjectType: SUBJECT, subjectId: round.id, after: { progress } });
      });
    });
    await runUseCase('housing.round.store', call(), async (uc) => {
      const r = await lockRound(uc.tx, t, round.id);
      if (r?.status !== 'running') return uc.refuse(undefined);
      await storeRun(uc, r, run);
    });
  } catch (err) {
    await runUseCase('housing.round.fail', call(), async (uc) => {
      await updateRound(uc.tx, t, round.id, { status: 'failed' }, uc.now);
      uc.record({ action: 'update', subjectType: SUBJECT, subjectId: round.id, after: { status: 'failed' } });
    });
    throw err;
  }
};
