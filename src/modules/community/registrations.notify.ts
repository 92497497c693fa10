import type { Tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';

/** What happened to an occurrence that its registered people must hear about. */
export type OccurrenceChange = 'cancelled' | 'moved';

/**
 * Tells everyone registered for an occurrence (confirmed and waitlisted, who left a way to reach them) that it was
 * cancelled or moved, in the language they registered in. Called by the events part inside the same transaction
 * as the change. Until the registrations part exists there is nobody to tell.
 */
export async function notifyOccurrenceChange(
  _tx: Tx,
  _t: Tenant,
  _occurrenceId: string,
  _change: OccurrenceChange,
): Promise<number> {
  return 0;
}
