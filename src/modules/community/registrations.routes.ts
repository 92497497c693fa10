import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMunicipalities } from '../../platform/db/municipalities.ts';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { conflict, notFound } from '../../platform/http/app-error.ts';
import { PUBLIC, SIGNED_IN } from '../../platform/http/access.ts';
import {
  localeParams,
  municipalityIdParams,
  municipalityParams,
  pageTenant,
  uuid,
} from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { codeHash, codeSecret, normalizeCode, registrationCode } from './registrations.code.ts';
import type { MailEnv } from './registrations.mail.ts';
import { registrationsOfUser } from './registrations.mine.repository.ts';
import { eventOfOccurrence as findEventOf, findOccurrence } from './registrations.read.ts';
import { findByTokenHash, queuePosition } from './registrations.repository.ts';
import { codeQuery, registrationForm } from './registrations.schema.ts';
import { cancelRegistration, register } from './registrations.service.ts';
import { CodePage, HolderPage } from './views/registration-page.tsx';
import { RegisterPage } from './views/registration-form.tsx';
import { openness } from './views/registration-parts.tsx';
import { MyRegistrationsPage } from './views/registrations-mine.tsx';

const occurrenceParams = municipalityIdParams.extend({ occurrenceId: uuid });
const codeParams = municipalityParams.extend({ token: z.string().regex(/^[A-Za-z0-9-]{1,40}$/) });

/** Registering for a date, a registration seen and cancelled by its holder, and "My registrations". */
export const registrationsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const retentionDays = app.deps.config.registrationRetentionDays;
  const mailEnv = async (t: PageTenant): Promise<MailEnv> => ({
    baseUrl: app.deps.config.baseUrl,
    messages: app.deps.messages,
    slug: t.slug,
    secret: await codeSecret(db),
  });
  const holderPath = (req: FastifyRequest, t: PageTenant, code: string) =>
    `/${req.locale}/m/${t.slug}/registrations/${code}`;

  async function occurrenceOf(req: FastifyRequest, t: PageTenant, eventId: string, occurrenceId: string) {
    const o = await findOccurrence(db, t, eventId, occurrenceId, req.locale);
    if (!o || o.eventStatus === 'draft') throw notFound('occurrence');
    return o;
  }

  const registerPath = '/:locale/m/:municipality/events/:id/occurrences/:occurrenceId/register';
  const one = { config: { access: PUBLIC }, schema: { params: occurrenceParams } };

  app.get(registerPath, one, async (req, reply) => {
    const t = pageTenant(req);
    const o = await occurrenceOf(req, t, req.params.id, req.params.occurrenceId);
    const u = req.user;
    const state = emptyForm({ partySize: '1', ...(u ? { name: u.displayName, email: u.email } : {}) });
    const now = app.deps.now();
    return sendPage(req, reply, (ctx) => RegisterPage({ ctx, tenant: t, o, state, now, retentionDays }));
  });

  app.post(registerPath, one, async (req, reply) => {
    const t = pageTenant(req);
    const { id: eventId, occurrenceId } = req.params;
    const o = await occurrenceOf(req, t, eventId, occurrenceId);
    const now = app.deps.now();
    // A date that closed (cancelled, begun, open to all) takes no registration, whatever was typed: say so first.
    const open = openness(o, now);
    if (open !== 'open') throw conflict(`community.registrations.${open}`, `community.registrations.closed.${open}`);
    const page = (state: FormState) => (ctx: ViewContext) =>
      RegisterPage({ ctx, tenant: t, o, state, now, retentionDays });
    const env = { secret: await codeSecret(db), mail: await mailEnv(t) };
    return submitForm(req, reply, registrationForm, page, 'community.registrations.done', async (input) => {
      const v = { eventId, occurrenceId, userId: req.user?.id ?? null, locale: req.locale, input };
      const r = await runUseCase('community.registrations.register', requestCall(req, t), (uc) => register(uc, env, v));
      return holderPath(req, t, r.code);
    });
  });

  app.get(
    '/:locale/m/:municipality/registrations',
    { config: { access: PUBLIC }, schema: { params: municipalityParams, querystring: codeQuery } },
    async (req, reply) => {
      const t = pageTenant(req);
      const typed = req.query.code;
      const code = typed ? normalizeCode(typed) : null;
      if (code && (await findByTokenHash(db, t, codeHash(code)))) return reply.redirect(holderPath(req, t, code), 303);
      const state: FormState = typed
        ? { values: { code: typed }, errors: { code: { key: 'community.registrations.code.unknown' } } }
        : emptyForm();
      return sendPage(req, reply, (ctx) => CodePage({ ctx, tenant: t, state, unknown: false }), typed ? 422 : 200);
    },
  );

  /** The holder's registration, or the code page with "unknown" (404) for a wrong, cancelled-and-erased or old code. */
  async function holder(t: PageTenant, token: string) {
    const code = normalizeCode(token);
    const r = code ? await findByTokenHash(db, t, codeHash(code)) : undefined;
    if (!code || !r || r.erased_at) return null;
    return { code, r };
  }

  const byCode = { config: { access: PUBLIC }, schema: { params: codeParams } };
  app.get('/:locale/m/:municipality/registrations/:token', byCode, async (req, reply) => {
    const t = pageTenant(req);
    const found = await holder(t, req.params.token);
    if (!found)
      return sendPage(req, reply, (ctx) => CodePage({ ctx, tenant: t, state: emptyForm(), unknown: true }), 404);
    const { r, code } = found;
    const eventId = (await findEventOf(db, t, r.occurrence_id)) ?? '';
    const o = await findOccurrence(db, t, eventId, r.occurrence_id, req.locale);
    if (!o) throw notFound('occurrence');
    const position = await queuePosition(db, t, r);
    const link = `${app.deps.config.baseUrl}${holderPath(req, t, code)}`;
    const now = app.deps.now();
    return sendPage(req, reply, (ctx) => HolderPage({ ctx, tenant: t, o, r, code, position, now, link }));
  });

  app.post('/:locale/m/:municipality/registrations/:token/cancel', byCode, async (req, reply) => {
    const t = pageTenant(req);
    const found = await holder(t, req.params.token);
    if (!found) throw notFound('registration');
    const v = { registrationId: found.r.id, occurrenceId: found.r.occurrence_id, by: 'holder' as const };
    const done = await runUseCase('community.registrations.cancel', requestCall(req, t), (uc) =>
      cancelRegistration(uc, v),
    );
    return redirectAfterPost(reply, holderPath(req, t, found.code), {
      kind: 'success',
      key: `community.registrations.holder.${done}`,
    });
  });

  app.get(
    '/:locale/me/registrations',
    { config: { access: SIGNED_IN }, schema: { params: localeParams } },
    async (req, reply) => {
      const [own, places, secret] = await Promise.all([
        registrationsOfUser(db, req.user!.id, req.locale),
        listMunicipalities(db),
        codeSecret(db),
      ]);
      const byId = new Map(places.map((m) => [m.id, m]));
      const rows = own.map((r) => ({
        ...r,
        municipalityName: byId.get(r.municipalityId)?.name ?? '',
        municipalitySlug: byId.get(r.municipalityId)?.slug ?? '',
      }));
      const href = (r: (typeof rows)[number]) =>
        `/${req.locale}/m/${r.municipalitySlug}/registrations/${registrationCode(secret, r.id)}`;
      return sendPage(req, reply, (ctx) => MyRegistrationsPage({ ctx, rows, href }));
    },
  );
};
