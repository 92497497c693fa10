/** How long to wait before the next attempt, after `attempt` failed attempts (1 = the first failed). */
export function backoffMs(attempt: number, options: { baseMs?: number; maxMs?: number } = {}): number {
  const base = options.baseMs ?? 30_000;
  const max = options.maxMs ?? 6 * 3600_000;
  // Doubling from 30 s: 30 s, 1 min, 2 min, 4 min … capped at six hours, so a long outage is not hammered.
  const exp = Math.min(Math.max(attempt, 1) - 1, 30);
  return Math.min(base * 2 ** exp, max);
}
