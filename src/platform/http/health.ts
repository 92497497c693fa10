import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { PUBLIC } from './access.ts';

/** Liveness (the process answers) and readiness (the database answers). */
export function registerHealth(app: FastifyInstance): void {
  app.get('/healthz', { config: { access: PUBLIC, pageCache: false }, logLevel: 'warn' }, async () => ({
    status: 'ok',
  }));
  app.get('/readyz', { config: { access: PUBLIC, pageCache: false }, logLevel: 'warn' }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(app.deps.db);
      return { status: 'ready', database: app.deps.engine };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
}
