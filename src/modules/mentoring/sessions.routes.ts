import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, forbidden, notFound } from '../../platform/http/app-error.ts';
import { municipalityParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { findProgramme, isProgrammeStaff } from './core.repository.ts';
import { RUN_PROGRAMMES } from './mentoring.policy.ts';
import { type ClientOptions, refusedUrl } from './oparl.client.ts';
import { importMeetings } from './oparl.import.ts';
import { findSession, programmeTitle, sessionsFrom, sourceOf } from './sessions.repository.ts';
import { sessionForm, sourceForm } from './sessions.schema.ts';
import { changeSession, createSession, saveSource } from './sessions.service.ts';
import { OParlPage, sourceFormValues } from './views/oparl-page.tsx';
import { SessionEditPage, SessionsPage, sessionFormValues } from './views/sessions-admin.tsx';

/** A programme's slug as the database accepts it. */
const programmeSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);
const programmeParams = municipalityParams.extend({ programme: programmeSlug });
const sessionParams = programmeParams.extend({ id: uuid });

/** "Import now" waits for the endpoint: shorter than the scheduled job's patience, so that the page answers. */
export const IMPORT_NOW: ClientOptions = { timeoutMs: 8_000, retries: 1, backoffMs: 500, maxPages: 100 };

/** The sessions a pair may attend, and where they come from: staff enter them or import them from OParl. */
export const sessionsRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/mentoring/:programme/sessions';
  const list = { config: { access: RUN_PROGRAMMES }, schema: { params: programmeParams } };
  const allowPrivateAddresses = app.deps.config.allowPrivateAddresses;
  const one = { config: { access: RUN_PROGRAMMES }, schema: { params: sessionParams } };

  /** The programme of the URL, for its own staff only (another programme's staff are refused). */
  async function programmeOf(req: FastifyRequest) {
    const t = pageTenant(req);
    const { programme } = programmeParams.parse(req.params);
    const p = await findProgramme(db, t, programme);
    if (!p) throw notFound('mentoring_programme');
    if (!(await isProgrammeStaff(db, t, p.id, req.user?.id ?? ''))) throw forbidden();
    const title = await programmeTitle(db, t, p.id, req.locale);
    const url = `/${req.locale}/m/${t.slug}/admin/mentoring/${p.slug}/sessions`;
    return { t, programme: { id: p.id, slug: p.slug, title }, url };
  }

  async function listPage(req: FastifyRequest) {
    const at = await programmeOf(req);
    // From the start of yesterday on: today's sessions stay in sight until the day is over.
    const from = new Date(app.deps.now().getTime() - 86_400_000);
    const [sessions, source] = await Promise.all([
      sessionsFrom(db, at.t, at.programme.id, from),
      sourceOf(db, at.t, at.programme.id),
    ]);
    return {
      at,
      draw:
        (state: FormState): Page =>
        (ctx) =>
          SessionsPage({ ctx, tenant: at.t, programme: at.programme, sessions, imports: source !== null, state }),
    };
  }

  app.get(base, list, async (req, reply) => {
    const { draw } = await listPage(req);
    return sendPage(req, reply, draw(emptyForm({ kind: 'faction_meeting', public: 'on' })));
  });

  app.post(base, list, async (req, reply) => {
    const { at, draw } = await listPage(req);
    return submitForm(req, reply, sessionForm, draw, 'mentoring.sessions.flash.created', async (v) => {
      await runUseCase('mentoring.session.create', requestCall(req, at.t), (uc) =>
        createSession(uc, at.programme.id, v),
      );
      return at.url;
    });
  });

  async function editPage(req: FastifyRequest) {
    const at = await programmeOf(req);
    const { id } = sessionParams.parse(req.params);
    const session = await findSession(db, at.t, at.programme.id, id);
    if (!session || session.deleted) throw notFound('mentoring_session');
    return {
      at,
      session,
      draw:
        (state: FormState): Page =>
        (ctx) =>
          SessionEditPage({ ctx, tenant: at.t, programme: at.programme, session, state }),
    };
  }

  app.get(`${base}/:id/edit`, one, async (req, reply) => {
    const { session, draw } = await editPage(req);
    return sendPage(req, reply, draw(emptyForm(sessionFormValues(session))));
  });

  app.post(`${base}/:id/edit`, one, async (req, reply) => {
    const { at, session, draw } = await editPage(req);
    return submitForm(req, reply, sessionForm, draw, 'mentoring.sessions.flash.changed', async (v) => {
      await runUseCase('mentoring.session.change', requestCall(req, at.t), (uc) =>
        changeSession(uc, at.programme.id, session.id, v),
      );
      return at.url;
    });
  });

  async function oparlPage(req: FastifyRequest) {
    const at = await programmeOf(req);
    const source = await sourceOf(db, at.t, at.programme.id);
    return {
      at,
      source,
      draw:
        (state: FormState): Page =>
        (ctx) =>
          OParlPage({ ctx, tenant: at.t, programme: at.programme, source, state }),
    };
  }

  app.get(`${base}/oparl`, list, async (req, reply) => {
    const { source, draw } = await oparlPage(req);
    return sendPage(req, reply, draw(emptyForm(sourceFormValues(source))));
  });

  app.post(`${base}/oparl`, list, async (req, reply) => {
    const { at, draw } = await oparlPage(req);
    return submitForm(req, reply, sourceForm, draw, 'mentoring.sessions.oparl.flash.saved', async (v) => {
      // An address of this machine or the internal network is refused here already (the import would refuse it).
      for (const field of ['endpointUrl', 'bodyId'] as const) {
        const url = v[field];
        if (url && (await refusedUrl(url, { allowPrivateAddresses })) !== null) {
          const key = 'mentoring.sessions.error.privateAddress';
          throw new AppError('mentoring_oparl.forbidden_address', 422, key, {}, { [field]: { key } });
        }
      }
      await runUseCase('mentoring.oparl.save', requestCall(req, at.t), (uc) => saveSource(uc, at.programme.id, v));
      return `${at.url}/oparl`;
    });
  });

  app.post(`${base}/oparl/import`, list, async (req, reply) => {
    const at = await programmeOf(req);
    if (!(await sourceOf(db, at.t, at.programme.id))) throw notFound('mentoring_oparl_source');
    const r = await importMeetings(requestCall(req, at.t), at.programme.id, {
      ...IMPORT_NOW,
      allowPrivateAddresses,
    });
    return redirectAfterPost(
      reply,
      `${at.url}/oparl`,
      r.status === 'ok'
        ? { kind: 'success', key: 'mentoring.sessions.oparl.flash.imported' }
        : { kind: 'danger', key: 'mentoring.sessions.oparl.flash.failed' },
    );
  });
};
