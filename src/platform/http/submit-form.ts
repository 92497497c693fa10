import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { FormState } from '../views/components/form.tsx';
import type { Page } from '../views/render.ts';
import { AppError } from './app-error.ts';
import { parseForm } from './forms.ts';
import { redirectAfterPost, sendInvalidForm } from './respond.ts';

/**
 * The one way a form post runs: parse and validate (422 with the input kept), act, then redirect (303) to where
 * `act` says with a one-time message. Field problems the service finds (a taken slug) come back as a 422 on the
 * same form, never as an error page.
 */
export async function submitForm<S extends z.ZodType>(
  req: FastifyRequest,
  reply: FastifyReply,
  schema: S,
  page: (state: FormState) => Page,
  flashKey: string,
  act: (data: z.infer<S>) => Promise<string>,
): Promise<FastifyReply> {
  const form = parseForm(schema, req.body);
  if (!form.ok) return sendInvalidForm(req, reply, page, { values: form.values, errors: form.errors });
  try {
    const to = await act(form.data);
    return redirectAfterPost(reply, to, { kind: 'success', key: flashKey });
  } catch (err) {
    if (err instanceof AppError && err.status === 422 && Object.keys(err.fields).length > 0) {
      return sendInvalidForm(req, reply, page, { values: form.values, errors: err.fields });
    }
    throw err;
  }
}
