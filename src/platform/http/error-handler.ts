import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorPage } from '../views/error-page.tsx';
import { sendPage } from '../views/render.ts';
import { AppError } from './app-error.ts';

function wantsJson(req: FastifyRequest): boolean {
  return req.url.startsWith('/api/') || (req.headers.accept ?? '').includes('application/json');
}

/** Sends an error as a localised page or as application/problem+json. */
export function sendError(req: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  if (wantsJson(req)) {
    const fields = Object.fromEntries(
      Object.entries(err.fields).map(([k, f]) => [k, { code: f.key, message: req.t(f.key, f.values) }]),
    );
    return reply
      .status(err.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send({
        type: `about:blank#${err.code}`,
        title: req.t(err.messageKey, err.values),
        status: err.status,
        code: err.code,
        requestId: req.id,
        ...(Object.keys(fields).length ? { fields } : {}),
      });
  }
  return sendPage(
    req,
    reply,
    (ctx) => ErrorPage({ ctx, status: err.status, messageKey: err.messageKey, values: err.values, requestId: req.id }),
    err.status,
  );
}

/** One error handler: AppError as it says, framework 4xx (validation, body too large…) as 4xx, the rest 500. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) return sendError(req, reply, error);
    // A path parameter that does not fit its schema (`params.ts`) names nothing: not found, as for an unknown slug.
    if (error.validation && error.validationContext === 'params') return sendError(req, reply, notFoundError());
    if (error.validation) {
      const fields: AppError['fields'] = {};
      for (const v of error.validation) {
        const field = (v.instancePath || '/').slice(1).replaceAll('/', '.') || String(v.params?.missingProperty ?? '_');
        fields[field] = { key: 'validation.invalid' };
      }
      return sendError(req, reply, new AppError('validation', 400, 'error.badRequest', {}, fields));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const key =
        status === 403
          ? 'error.forbidden'
          : status === 429
            ? 'error.tooManyRequests'
            : status === 413
              ? 'error.tooLarge'
              : 'error.badRequest';
      return sendError(req, reply, new AppError(error.code ?? 'bad_request', status, key));
    }
    req.log.error({ err: error }, 'unhandled error');
    return sendError(req, reply, new AppError('internal', 500, 'error.internal'));
  });
  app.setNotFoundHandler((req, reply) => sendError(req, reply, notFoundError()));
}

const notFoundError = () => new AppError('not_found', 404, 'error.notFound');

/**
 * A path that is not valid percent-encoded UTF-8 (`/de/%ff`), or has a segment longer than any name of ours, names nothing. The router would answer it with its own
 * bare JSON before any hook runs; rewritten to a path no route has, it gets the localised 404 page (or problem+json
 * under /api) like any unknown page. Pass to `Fastify({ rewriteUrl })`.
 */
export function rewriteBadUrl(req: { url?: string | undefined }): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  try {
    decodeURIComponent(path);
    // The router refuses a segment longer than its maxParamLength (100) with a bare 414 of its own.
    if (path.split('/').every((segment) => segment.length <= 100)) return url;
    throw new URIError('segment too long');
  } catch {
    const first = /^\/([a-z]{2}|api)\//.exec(path)?.[1];
    return first ? `/${first}/-bad-url-` : '/-bad-url-';
  }
}
