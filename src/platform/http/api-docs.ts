import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { localeParams } from './params.ts';
import { type ApiOperation, type ApiParameter, ApiDocsPage } from '../views/api-docs-page.tsx';
import { sendPage } from '../views/render.ts';
import { PUBLIC } from './access.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

interface OpenApiParameter {
  name?: string;
  in?: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string | string[]; format?: string; enum?: unknown[] };
}
interface OpenApiOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: OpenApiParameter[];
}
interface OpenApiDocument {
  paths?: Record<string, Partial<Record<(typeof METHODS)[number], OpenApiOperation>>>;
}

function typeOf(p: OpenApiParameter): string {
  const s = p.schema ?? {};
  if (s.enum) return s.enum.map(String).join(' | ');
  const type = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'string');
  return s.format ? `${type} (${s.format})` : type;
}

/** The operations of an OpenAPI document, in path order, with their parameters flattened for reading. */
export function operationsOf(doc: OpenApiDocument): ApiOperation[] {
  const out: ApiOperation[] = [];
  for (const path of Object.keys(doc.paths ?? {}).sort()) {
    const item = doc.paths?.[path] ?? {};
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters: ApiParameter[] = (op.parameters ?? []).map((p) => ({
        name: p.name ?? '',
        in: p.in ?? '',
        required: Boolean(p.required),
        type: typeOf(p),
        description: p.description,
      }));
      out.push({
        method: method.toUpperCase(),
        path,
        summary: op.summary,
        description: op.description,
        tags: op.tags ?? [],
        parameters,
      });
    }
  }
  return out;
}

/**
 * GET /api/docs (in the negotiated language) and /:locale/api/docs: the API reference as a server-rendered page
 * (no Swagger UI, no script).
 */
export function registerApiDocs(app: FastifyInstance): void {
  const page = async (req: FastifyRequest, reply: FastifyReply) => {
    const operations = operationsOf(app.swagger() as OpenApiDocument);
    return sendPage(req, reply, (ctx) => ApiDocsPage({ ctx, operations }));
  };
  app.get('/api/docs', { config: { access: PUBLIC } }, page);
  app.get('/:locale/api/docs', { schema: { params: localeParams }, config: { access: PUBLIC } }, async (req, reply) => {
    return page(req, reply);
  });
}
