import type { Tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { markNotice } from './registrations.repository.ts';
import { NOTICES_JOB } from './registrations.service.ts';

/** What happened to an occurrence that its registered people must hear about. */
export type OccurrenceChange = 'cancelled' | 'moved';

/**
 * Tells everyone registered for an occurrence (confirmed and waitlisted, who left an e-mail address) that it was
 * cancelled or moved, in the language they registered in. Called by the events part inside the same transaction
 * as the change: it leaves a notice on each registration and queues the notices job, which writes the mails
 * (with the date's new time and the person's cancel link) into the outbox and clears the notices. A later change
 * before the job ran replaces the notice, so a person hears the latest state once. Returns how many will hear.
 */
export async function notifyOccurrenceChange(
  tx: Tx,
  t: Tenant,
  occurrenceId: string,
  change: OccurrenceChange,
): Promise<number> {
  const n = await markNotice(tx, t, occurrenceId, change);
  if (n > 0) await enqueue(tx, { kind: NOTICES_JOB, municipalityId: t.municipalityId });
  return n;
}
