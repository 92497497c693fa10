import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Tenant } from '../../platform/db/tenant.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import type { FormState } from '../../platform/views/components/form.tsx';
import type { Page } from '../../platform/views/render.ts';
import type { MunicipalityRole } from './directory.policy.ts';
import { adminInviteForm, type InviteInput, inviteForm } from './directory.schema.ts';
import { invitePerson } from './people.service.ts';

// Invitations send mail: bound them, so that a hijacked admin session cannot turn us into a spam relay.
export const INVITE_LIMIT = { max: 30, timeWindow: '1 hour' };

/**
 * An invitation post: validate, invite (the mail is queued with the account), then back to `to`. With `role` the
 * page stands for that role (the state invites administrators); otherwise the form names it.
 */
export function submitInvite(
  req: FastifyRequest,
  reply: FastifyReply,
  page: (state: FormState) => Page,
  at: { tenant: Tenant; to: string; role?: MunicipalityRole },
): Promise<FastifyReply> {
  const { baseUrl } = req.server.deps.config;
  const act = async (input: InviteInput) => {
    const env = { baseUrl, messages: req.server.deps.messages };
    await runUseCase('directory.invite', requestCall(req, at.tenant), (uc) => invitePerson(uc, input, env));
    return at.to;
  };
  const flash = 'directory.people.invitationSent';
  const { role } = at;
  if (role) return submitForm(req, reply, adminInviteForm, page, flash, (data) => act({ ...data, role }));
  return submitForm(req, reply, inviteForm, page, flash, act);
}
