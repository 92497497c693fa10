import type { Tx } from '../platform/db/types.ts';

/**
 * What one seed step leaves for the next: ids by readable keys, so that a later module's step can say
 * `ctx.quartiere['hannover/muehlenberg']` instead of looking rows up again.
 */
export interface SeedContext {
  /** Municipality id by slug (`meppen`). */
  municipalities: Record<string, string>;
  /** Quartier id by `municipality/quartier` slug (`hannover/muehlenberg`). */
  quartiere: Record<string, string>;
  /** Provider id by `municipality/key` (`asendorf/landfrauen`). */
  providers: Record<string, string>;
  /** User id by the local part of the demo e-mail address (`qm.hannover`). */
  users: Record<string, string>;
  /** The argon2id hash of the shared demo password, computed once per seed run. */
  passwordHash: string;
  /** The moment the seed runs; steps place dated demo data relative to it. */
  now: Date;
}

/** One module's part of the demo. Steps run in order, in one transaction. */
export interface SeedStep {
  name: string;
  run(tx: Tx, ctx: SeedContext): Promise<void>;
}
