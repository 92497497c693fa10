import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { type ViewContext, viewContext } from './context.ts';

/** A page is a function of the view context. */
export type Page = (ctx: ViewContext) => VNode;

/** Renders a page to a complete HTML document and sends it. */
export function sendPage(req: FastifyRequest, reply: FastifyReply, page: Page, status = 200): FastifyReply {
  const html = `<!doctype html>${renderToString(page(viewContext(req, reply, status)))}`;
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('vary', 'Accept-Language, Cookie')
    .send(html);
}
