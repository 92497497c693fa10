import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { PageTenant } from '../db/tenant.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { Executor } from '../db/types.ts';
import { requestCall, type UseCase, runUseCase } from '../usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../views/components/form.tsx';
import { type Page, sendPage } from '../views/render.ts';
import type { Access } from './access.ts';
import { forbidden } from './app-error.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from './params.ts';
import { submitForm } from './submit-form.ts';

/** A stored row as its edit form needs it: the form values and what else the page shows (`extra`). */
export interface Loaded<E> {
  values: Record<string, string>;
  extra: E;
}

/**
 * A municipality's staff section that lists rows and creates and changes them. Everything that differs is passed
 * in: who reads and who edits, the form schema, the pages, and the readers and writers (writes run as use cases).
 */
export interface StaffResource<S extends z.ZodType, E> {
  /** The URL segment below `/:locale/m/:municipality/admin/` (`quartiere`). */
  section: string;
  /** The use-case names of the writes, for the audit (`directory.quartier.create`). */
  names: { create: string; change: string };
  readers: Access;
  editors: Access;
  schema: S;
  flash: { created: string; saved: string };
  listPage: (db: Executor, t: PageTenant) => Promise<Page>;
  /** The create form, or (with `edit`) the form of a stored row. */
  formPage: (t: PageTenant, state: FormState, edit?: { id: string; extra: E }) => Page;
  /** Loads a row of this tenant (404 for another tenant's id, before any form is looked at). */
  load: (db: Executor, t: PageTenant, id: string) => Promise<Loaded<E>>;
  /** Writers: run inside `runUseCase`, so they must `uc.record` what they change. */
  create: (uc: UseCase, data: z.infer<S>) => Promise<unknown>;
  change: (uc: UseCase, id: string, data: z.infer<S>) => Promise<unknown>;
  /**
   * Who may change a stored row besides `editors` (a Quartier manager their own Quartier): the route lets `access`
   * through and `may` decides per row, 403 for a row that is not theirs. Default: `editors` only.
   */
  rowEditors?: { access: Access; may: (user: SessionUser | null, municipalityId: string, id: string) => boolean };
}

/** Registers a section's list (for its readers) and its create and edit forms (for its editors). */
export function staffResourceRoutes<S extends z.ZodType, E>(plain: FastifyInstance, r: StaffResource<S, E>): void {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = `/:locale/m/:municipality/admin/${r.section}`;
  const listUrl = (locale: string, t: PageTenant) => `/${locale}/m/${t.slug}/admin/${r.section}`;
  const list = { config: { access: r.readers }, schema: { params: municipalityParams } };
  const edit = { config: { access: r.editors }, schema: { params: municipalityParams } };
  const editOne = { config: { access: r.rowEditors?.access ?? r.editors }, schema: { params: municipalityIdParams } };
  const mayEdit = (req: FastifyRequest, t: PageTenant, id: string) => {
    if (r.rowEditors && !r.rowEditors.may(req.user, t.municipalityId, id)) throw forbidden();
  };

  app.get(base, list, async (req, reply) => {
    const t = pageTenant(req);
    return sendPage(req, reply, await r.listPage(db, t));
  });

  app.get(`${base}/new`, edit, async (req, reply) => sendPage(req, reply, r.formPage(pageTenant(req), emptyForm())));

  app.post(base, edit, async (req, reply) => {
    const t = pageTenant(req);
    const page = (state: FormState) => r.formPage(t, state);
    return submitForm(req, reply, r.schema, page, r.flash.created, async (data) => {
      await runUseCase(r.names.create, requestCall(req, t), (uc) => r.create(uc, data));
      return listUrl(req.locale, t);
    });
  });

  app.get(`${base}/:id/edit`, editOne, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    mayEdit(req, t, id);
    const { values, extra } = await r.load(db, t, id);
    return sendPage(req, reply, r.formPage(t, emptyForm(values), { id, extra }));
  });

  app.post(`${base}/:id`, editOne, async (req, reply) => {
    const t = pageTenant(req);
    const { id } = req.params;
    mayEdit(req, t, id);
    // The row must be this tenant's before the form is even looked at: another tenant's id is a 404.
    const { extra } = await r.load(db, t, id);
    const page = (state: FormState) => r.formPage(t, state, { id, extra });
    return submitForm(req, reply, r.schema, page, r.flash.saved, async (data) => {
      await runUseCase(r.names.change, requestCall(req, t), (uc) => r.change(uc, id, data));
      return listUrl(req.locale, t);
    });
  });
}
