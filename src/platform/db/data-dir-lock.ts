import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The embedded database's folder is held by another running process; the message is one line for the operator. */
export class DataDirLockedError extends Error {}

const LOCK_FILE = 'zuhause.lock';

/**
 * Takes the embedded database's folder for this process: PGlite serves one process, and a second one on the same
 * folder would silently lose one side's commits. The lock is a file created exclusively (O_EXCL) holding our pid;
 * one left by a process that no longer runs (a crash, a kill -9) is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      const release = () => {
        try {
          if (holder(file) === process.pid) unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = holder(file);
      if (pid !== null && pid !== process.pid && isRunning(pid)) {
        throw new DataDirLockedError(
          `Data folder ${dataDir} is in use by process ${pid}; stop that process or choose another DATA_DIR.`,
        );
      }
      // A stale lock of a process that is gone (or our own from an earlier open): take it over.
      try {
        unlinkSync(file);
      } catch {
        // Another process took it over first; the next attempt finds out who.
      }
    }
  }
  throw new DataDirLockedError(`Data folder ${dataDir} is being opened by another process; try again.`);
}

function holder(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
