import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { manifests as allManifests } from './modules/index.ts';
import { enforceAccess } from './platform/http/access.ts';
import { registerApiDocs } from './platform/http/api-docs.ts';
import { registerConsent } from './platform/http/consent.ts';
import { registerErrorHandling, rewriteBadUrl } from './platform/http/error-handler.ts';
import type { AppDeps } from './platform/http/fastify-types.ts';
import { registerHealth } from './platform/http/health.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { registerPageCache } from './platform/http/page-cache.ts';
import { registerRequestContext } from './platform/http/request-context.ts';
import { registerRequestScope } from './platform/http/request-scope.ts';
import { collectRoutes } from './platform/http/route-table.ts';
import { registerSecurity } from './platform/http/security.ts';
import type { ModuleManifest } from './platform/modules/manifest.ts';
import { registerAssets } from './platform/views/assets/plugin.ts';

export type { AppDeps };

/**
 * Assembles the application: platform plugins in order, then every manifest's routes. `manifests` defaults to
 * every module of the application; tests may add a manifest of their own.
 */
export async function buildApp(
  deps: AppDeps,
  manifests: readonly ModuleManifest[] = allManifests,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.config.logLevel === 'silent' ? false : { level: deps.config.logLevel },
    trustProxy: deps.config.trustProxy.length > 0 ? deps.config.trustProxy : false,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
    rewriteUrl: rewriteBadUrl,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.decorate('manifests', manifests);
  collectRoutes(app);

  registerRequestScope(app);
  await registerSecurity(app);
  registerRequestContext(app);
  registerErrorHandling(app);
  await registerOpenApi(app);
  app.addHook('preHandler', enforceAccess);
  registerPageCache(app);

  registerAssets(app);
  registerHealth(app);
  registerConsent(app);
  registerApiDocs(app);
  for (const m of manifests) if (m.routes) await app.register(m.routes);
  await app.ready();
  return app;
}
