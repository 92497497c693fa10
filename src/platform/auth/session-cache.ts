import { currentQueryScope, type Dependencies, dataVersions } from '../db/query-observer.ts';
import type { SessionReader, StoredSession } from './sessions.ts';

interface Entry {
  stored: StoredSession | null;
  deps: Dependencies;
  expires: number;
}

// Sign-in, sign-out, the minute's "last seen" write, a role or password change: each writes one of these tables,
// and the write makes every cached session read again. Expiry and idle time are still checked on every request.
const TABLES = ['sessions', 'users', 'role_assignments'];
const MAX_ENTRIES = 10_000;

/** Sessions by token hash, read once per process and again when sessions, users or roles change. */
export class SessionCache implements SessionReader {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly lifetimeMs: number) {}

  async read(hash: string, load: () => Promise<StoredSession | null>): Promise<StoredSession | null> {
    const scope = currentQueryScope();
    if (scope) for (const t of TABLES) scope.reads.add(t);
    const hit = this.entries.get(hash);
    if (hit && hit.expires > Date.now() && dataVersions.current(hit.deps)) return hit.stored;
    const since = dataVersions.now();
    const stored = await load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(hash, {
      stored,
      deps: { tables: TABLES, all: false, since },
      expires: Date.now() + this.lifetimeMs,
    });
    return stored;
  }
}
