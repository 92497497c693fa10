import { type Kysely, sql } from 'kysely';
import { hashPassword } from '../platform/auth/passwords.ts';
import { withTransaction } from '../platform/db/transaction.ts';
import type { Database, Tx } from '../platform/db/types.ts';
import '../platform/auth/auth-tables.ts';
import { manifests } from '../modules/index.ts';
import type { SeedContext, SeedStep } from '../platform/modules/seed-context.ts';
import { DEMO_PASSWORD } from './demo-accounts.ts';

export type { SeedContext, SeedStep };

/**
 * The demo, module by module: every manifest's seed steps by their `order`, then in manifest order (later steps
 * use earlier ids). `sort` is stable, so steps of equal order keep the manifests' order.
 */
export const SEED_STEPS: readonly SeedStep[] = manifests
  .flatMap((m) => m.seed ?? [])
  .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));

/**
 * Tables a wipe leaves alone: the migration log, and reference tables whose rows the migrations themselves
 * insert (rules as data). A module whose migration inserts reference rows adds its table here.
 */
export const KEEP_ON_WIPE: ReadonlySet<string> = new Set(['schema_migrations', 'roles', 'housing_rule_sets']);

// Serialises seeders on a shared server: two instances starting at once must not both seed.
const SEED_LOCK = 738_203;

/** Seeds the demo when the database holds no municipality yet; returns whether it seeded. */
export async function seedIfEmpty(db: Kysely<Database>): Promise<boolean> {
  return withTransaction(db, async (tx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(tx);
    const any = await tx.selectFrom('municipalities').select('id').limit(1).executeTakeFirst();
    if (any) return false;
    await runSteps(tx, SEED_STEPS);
    return true;
  });
}

/** Writes the demo into the database (which should be empty: slugs and e-mail addresses are unique). */
export async function seedDemo(db: Kysely<Database>): Promise<SeedContext> {
  return withTransaction(db, (tx) => runSteps(tx, SEED_STEPS));
}

/** Wipes every data table and seeds the demo again, in one transaction: on failure the old data stays. */
export async function reseed(db: Kysely<Database>): Promise<SeedContext> {
  return withTransaction(db, async (tx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(tx);
    await wipeData(tx);
    return runSteps(tx, SEED_STEPS);
  });
}

/** Empties every table of the current schema except those in KEEP_ON_WIPE; returns the tables emptied. */
export async function wipeData(tx: Tx): Promise<string[]> {
  const { rows } = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = current_schema() order by tablename`.execute(tx);
  const tables = rows.map((r) => r.tablename).filter((t) => !KEEP_ON_WIPE.has(t));
  if (tables.length > 0) {
    const list = tables.map((t) => `"${t.replaceAll('"', '""')}"`).join(', ');
    await sql.raw(`truncate table ${list} restart identity cascade`).execute(tx);
  }
  return tables;
}

/** Runs the steps in order with a fresh context; the demo password is hashed once for all accounts. */
export async function runSteps(tx: Tx, steps: readonly SeedStep[], now = new Date()): Promise<SeedContext> {
  const ctx: SeedContext = { ids: {}, passwordHash: await hashPassword(DEMO_PASSWORD), now };
  for (const step of steps) await step.run(tx, ctx);
  return ctx;
}
