import type { Kysely, Transaction } from 'kysely';

/**
 * The database schema as Kysely sees it. Empty here: each module adds its tables by declaration merging
 * (`declare module '../../platform/db/types.ts' { interface Database { … } }`), so the platform knows no module.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each module
export interface Database {}

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or an open transaction: repositories take this. */
export type Executor = Kysely<Database> | Transaction<Database>;
