import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FormState } from '../views/components/form.tsx';
import { type Page, sendPage } from '../views/render.ts';

/** Re-shows a form with its errors and the user's input: 422 Unprocessable Content. */
export function sendInvalidForm(
  req: FastifyRequest,
  reply: FastifyReply,
  page: (state: FormState) => Page,
  state: FormState,
): FastifyReply {
  return sendPage(req, reply, page(state), 422);
}

/** POST → redirect → GET, with an optional one-time message. */
export function redirectAfterPost(
  reply: FastifyReply,
  to: string,
  flash?: { kind: 'success' | 'info' | 'warning' | 'danger'; key: string },
): FastifyReply {
  if (flash) reply.flash(flash.kind, flash.key);
  return reply.redirect(to, 303);
}
