import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase, type UseCase } from '../../platform/usecase/run-use-case.ts';
import type { FormState } from '../../platform/views/components/form.tsx';
import type { Page } from '../../platform/views/render.ts';
import type { HelpMailEnv } from './help.notify.ts';

/** A 409 from the service (closed post, report already open) as a field message on the form that was sent. */
export function asFieldError(err: unknown, field: string): unknown {
  if (err instanceof AppError && err.status === 409)
    return new AppError(err.code, 422, err.messageKey, {}, { [field]: { key: err.messageKey } });
  return err;
}

/** The help env for mails: links to the municipality's pages, messages from the catalogs. */
export function helpMailEnv(req: FastifyRequest, t: PageTenant): HelpMailEnv {
  return { baseUrl: req.server.deps.config.baseUrl, messages: req.server.deps.messages, slug: t.slug };
}

/** Redirects back to a page with a one-time message (for the one-button forms). */
export const backWith = (reply: FastifyReply, to: string, key: string, kind: 'success' | 'danger' = 'success') =>
  redirectAfterPost(reply, to, { kind, key });

/** One form of a post's or a conversation's page: what it parses, the use case it runs and where it goes next. */
export interface HelpFormSpec<S extends z.ZodType, R> {
  schema: S;
  /** The use case's name, as the audit log shows it. */
  useCase: string;
  /** The one-time message after it worked. */
  flash: string;
  /** The field that shows a 409 of the service (closed post, report already open); without it a 409 stays one. */
  field?: string;
  act: (uc: UseCase, input: z.infer<S>) => Promise<R>;
  /** Where the browser goes next, given what the use case returned. */
  to: (result: R) => string;
}

/**
 * Posts one help form: bad input (or a 409 as a field message) comes back on `page` as a 422 with the input kept;
 * otherwise the use case runs and the browser is sent on with the form's one-time message.
 */
export function submitHelpForm<S extends z.ZodType, R>(
  req: FastifyRequest,
  reply: FastifyReply,
  t: PageTenant,
  page: (state: FormState) => Page,
  spec: HelpFormSpec<S, R>,
): Promise<FastifyReply> {
  return submitForm(req, reply, spec.schema, page, spec.flash, async (input) => {
    const field = spec.field;
    const run = runUseCase(spec.useCase, requestCall(req, t), (uc) => spec.act(uc, input));
    const result = await (field ? run.catch((err) => Promise.reject(asFieldError(err, field))) : run);
    return spec.to(result);
  });
}

/** A form's spec with its input typed by its schema (written first, so that `act` knows what it gets). */
export const helpForm = <S extends z.ZodType, R>(
  schema: S,
  rest: Omit<HelpFormSpec<S, R>, 'schema'>,
): HelpFormSpec<S, R> => ({ schema, ...rest });
