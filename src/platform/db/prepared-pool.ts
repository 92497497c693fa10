import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

// Only plain single statements are named: a multi-statement migration or DDL cannot be a prepared statement.
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;
const MAX_NAMED = 1000;

/**
 * A pool whose clients send each distinct statement as a named prepared statement, so that the database parses
 * and plans it once per connection and afterwards only binds and executes it. On the embedded engine every query
 * runs one after another on one connection and parsing is a measurable part of each (see docs/performance.md); on
 * a PostgreSQL server it saves the server's CPU, which shares the machine with the application. Statements beyond
 * the first thousand distinct texts run unnamed. (A pooler in transaction mode, e.g. PgBouncer before 1.21,
 * does not carry named statements between transactions: point DATABASE_URL at the server or a session pooler.)
 */
export function preparedPool(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMED && !text.includes(';') && PREPARABLE.test(text)) {
      name = `zh${names.size}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
      function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
      function query<R>(
        a: string | PostgresCursor<R>,
        parameters?: ReadonlyArray<unknown>,
      ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
        if (typeof a !== 'string') return client.query(a as never) as PostgresCursor<R>;
        const name = nameOf(a);
        const values = parameters as unknown[];
        const config = name ? { name, text: a, values } : { text: a, values };
        return client.query(config) as unknown as Promise<PostgresQueryResult<R>>;
      }
      return { query, release: (destroy?: boolean) => client.release(destroy) };
    },
    end: () => pool.end(),
  };
}
