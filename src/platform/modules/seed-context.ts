import type { Tx } from '../db/types.ts';

/**
 * What one demo seed step leaves for the next: ids by kind and readable key, so that a later module's step can
 * say `seedIds(ctx, 'quartier')['hannover/muehlenberg']` instead of looking rows up again. Generic on purpose:
 * the platform knows no module's kinds; each module documents the kinds it records.
 */
export interface SeedContext {
  /** Ids by kind (`municipality`, `quartier`, `user`, …) and key (`meppen`, `hannover/muehlenberg`, `qm.hannover`). */
  readonly ids: Record<string, Record<string, string>>;
  /** The argon2id hash of the shared demo password, computed once per seed run. */
  readonly passwordHash: string;
  /** The moment the seed runs; steps place dated demo data relative to it. */
  readonly now: Date;
}

/** The ids recorded under one kind (an empty map, kept in the context, when none yet). */
export function seedIds(ctx: SeedContext, kind: string): Record<string, string> {
  ctx.ids[kind] ??= {};
  return ctx.ids[kind];
}

/** One recorded id; throws when an earlier step did not record it (a mistake in the demo data). */
export function seedId(ctx: SeedContext, kind: string, key: string): string {
  const id = ctx.ids[kind]?.[key];
  if (!id) throw new Error(`demo seed: no ${kind} "${key}" recorded by an earlier step`);
  return id;
}

/** One module's part of the demo. Steps run in manifest order, in one transaction. */
export interface SeedStep {
  name: string;
  run(tx: Tx, ctx: SeedContext): Promise<void>;
}
