import type { FastifyInstance } from 'fastify';
import { currentQueryScope, dataVersions, type QueryScope, runInQueryScope } from '../db/query-observer.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** What this request's queries did so far (count, tables read and written). */
    queryScope: QueryScope | null;
  }
}

/** The header that carries a request's query count in test mode only (query-health tests read it). */
export const QUERY_COUNT_HEADER = 'x-zuhause-queries';

/**
 * Runs every request in its own query scope. Registered first, so that the session and tenant lookups count too.
 * In test mode each response says how many queries it cost.
 */
export function registerRequestScope(app: FastifyInstance): void {
  app.decorateRequest('queryScope', null);
  app.addHook('onRequest', (req, _reply, done) => {
    runInQueryScope(() => {
      req.queryScope = currentQueryScope() ?? null;
      done();
    });
  });
  if (app.deps.config.env === 'test') {
    app.addHook('onSend', async (req, reply, payload) => {
      if (req.queryScope) reply.header(QUERY_COUNT_HEADER, String(req.queryScope.queries));
      return payload;
    });
  }
  // The writes were counted when they were sent; on a server another connection may have read the old rows
  // before the commit and cached them as new. Counting them again once the response is out closes that gap.
  app.addHook('onResponse', (req, _reply, done) => {
    const writes = req.queryScope?.writes;
    if (writes && writes.size > 0) dataVersions.bump(writes);
    done();
  });
}
