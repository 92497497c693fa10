import { type PageOf, type PageSlice, paginate } from '../db/paginate.ts';
import type { Executor } from '../db/types.ts';
import type { JobStatus } from './jobs-table.ts';
import './jobs-table.ts';

export const JOB_STATUSES: readonly JobStatus[] = ['queued', 'running', 'done', 'dead'];

export interface JobSummary {
  id: string;
  kind: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  createdAt: Date;
  finishedAt: Date | null;
  lastError: string | null;
  municipalityName: string | null;
}

/** One page of all jobs (operators' view), newest first, optionally of one status, with the total. */
export async function listJobs(
  db: Executor,
  filter: { status?: JobStatus | undefined },
  page: PageSlice,
): Promise<PageOf<JobSummary>> {
  let q = db.selectFrom('jobs as j');
  if (filter.status) q = q.where('j.status', '=', filter.status);
  const { rows, total } = await paginate(q, page, (q) =>
    q
      .leftJoin('municipalities as m', 'm.id', 'j.municipality_id')
      .select([
        'j.id',
        'j.kind',
        'j.status',
        'j.attempts',
        'j.max_attempts',
        'j.run_at',
        'j.created_at',
        'j.finished_at',
        'j.last_error',
        'm.name',
      ])
      .orderBy('j.created_at', 'desc')
      .orderBy('j.id', 'desc'),
  );
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
      runAt: new Date(r.run_at),
      createdAt: new Date(r.created_at),
      finishedAt: r.finished_at ? new Date(r.finished_at) : null,
      lastError: r.last_error,
      municipalityName: r.name,
    })),
  };
}
