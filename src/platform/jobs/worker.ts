/** One kind of background work: handles what is due and says how many items it handled. */
export type WorkerStep = (ctx: { now: () => Date; signal: AbortSignal }) => Promise<number>;

export interface WorkerLog {
  warn: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

export interface WorkerOptions {
  steps: WorkerStep[];
  /** Pause between polls when nothing was due (default 2 s). */
  intervalMs?: number;
  now?: () => Date;
  log?: WorkerLog;
  /** Called once after the last cycle has finished (close SMTP connections and the like). */
  onStop?: () => void | Promise<void>;
}

export interface Worker {
  /** Starts polling; a no-op when already started. */
  start(): void;
  /** Stops polling and waits for the running cycle (and so its running jobs) to finish. */
  stop(): Promise<void>;
  /** Runs every step once, now; returns how many items were handled. */
  tick(): Promise<number>;
}

/**
 * A poll loop over the steps. It never keeps the process alive by itself (its timer is unref'd) and never runs
 * two cycles at once; after a busy cycle it polls again at once, after an idle one it waits `intervalMs`.
 */
export function createWorker(options: WorkerOptions): Worker {
  const intervalMs = options.intervalMs ?? 2000;
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | null = null;
  let started = false;
  let abort = new AbortController();

  const tick = async (): Promise<number> => {
    let handled = 0;
    for (const step of options.steps) {
      if (abort.signal.aborted) break;
      try {
        handled += await step({ now, signal: abort.signal });
      } catch (err) {
        // One failing step (say, the database briefly gone) must not stop the others or the loop.
        options.log?.error({ err }, 'background step failed');
      }
    }
    return handled;
  };

  const schedule = (ms: number) => {
    timer = setTimeout(run, ms);
    timer.unref();
  };

  function run(): void {
    timer = undefined;
    const cycle = tick().then((handled) => {
      if (started) schedule(handled > 0 ? 0 : intervalMs);
    });
    current = cycle;
    void cycle.finally(() => {
      if (current === cycle) current = null;
    });
  }

  return {
    start() {
      if (started) return;
      started = true;
      abort = new AbortController();
      schedule(0);
    },
    async stop() {
      if (!started) return;
      started = false;
      abort.abort();
      if (timer) clearTimeout(timer);
      timer = undefined;
      await current;
      await options.onStop?.();
    },
    tick,
  };
}
