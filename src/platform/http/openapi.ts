import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { PUBLIC } from './access.ts';

/** Collects the OpenAPI document from the API routes' schemas; serves it at /api/openapi.json. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Zuhause API',
        version: '1.0.0',
        description: 'Housing, neighbourhood, participation and funding for Lower Saxony and its municipalities.',
        license: {
          name: 'EUPL-1.2',
          url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
        },
      },
      servers: [{ url: app.deps.config.baseUrl }],
    },
    transform: jsonSchemaTransform,
    // Schemas with a `.meta({ id })` are referenced from the operations; this puts them into components.schemas.
    transformObject: jsonSchemaTransformObject,
    // Only the machine API belongs in the document; pages are for people.
    hideUntagged: true,
  });
  app.get('/api/openapi.json', { config: { access: PUBLIC } }, async () => app.swagger());
}
