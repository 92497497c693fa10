import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { redirectAfterPost, sendInvalidForm } from '../../platform/http/respond.ts';
import type { FormState } from '../../platform/views/components/form.tsx';
import type { Page } from '../../platform/views/render.ts';
import { tenant } from '../../platform/db/tenant.ts';
import type { MunicipalityRole } from './directory.policy.ts';
import { adminInviteForm, type InviteInput, inviteForm, isUuid } from './directory.schema.ts';
import { invitePerson } from './people.service.ts';
import type { PageTenant } from './views/parts.tsx';

/** A page URL whose first segment is not one of our locales does not exist. */
export function checkLocale(req: FastifyRequest): void {
  if ((req.params as { locale?: string }).locale !== req.locale) throw notFound();
}

/** The municipality of a `:municipality` route (resolved by the platform before the access check). */
export function pageTenant(req: FastifyRequest): PageTenant {
  checkLocale(req);
  const t = req.tenant;
  if (!t) throw notFound('municipality');
  return { municipalityId: t.municipalityId, slug: t.slug, name: t.name };
}

/** A path id; anything that is not a uuid cannot name a row, so it is a 404 rather than a database error. */
export function pathId(req: FastifyRequest, name = 'id'): string {
  const id = (req.params as Record<string, string>)[name] ?? '';
  if (!isUuid(id)) throw notFound();
  return id;
}

/**
 * The one way a form post runs: validate (422 with the input kept), act, then redirect with a message. Field
 * problems the service finds (a taken slug) come back as a 422 on the same form, never as an error page.
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

// Invitations send mail: bound them, so that a hijacked admin session cannot turn us into a spam relay.
export const INVITE_LIMIT = { max: 30, timeWindow: '1 hour' };

/**
 * An invitation post: validate, invite (the mail is queued with the account), then back to `to`. With `role` the
 * page stands for that role (the state invites administrators); otherwise the form names it.
 */
export function submitInvite(
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
  page: (state: FormState) => Page,
  at: { municipalityId: string; to: string; role?: MunicipalityRole },
): Promise<FastifyReply> {
  const act = async (input: InviteInput) => {
    const env = { baseUrl: app.deps.config.baseUrl, messages: app.deps.messages, now: app.deps.now() };
    await invitePerson(app.deps.db, tenant(at.municipalityId), req.user!.id, input, env);
    return at.to;
  };
  const flash = 'directory.people.invitationSent';
  const { role } = at;
  if (role) return submitForm(req, reply, adminInviteForm, page, flash, (data) => act({ ...data, role }));
  return submitForm(req, reply, inviteForm, page, flash, act);
}
