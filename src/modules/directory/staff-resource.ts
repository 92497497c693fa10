import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type Tenant, tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { Role, SessionUser } from '../../platform/auth/session-user.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { forbidden } from '../../platform/http/app-error.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { DIRECTORY_READERS } from './directory.policy.ts';
import { pageTenant, pathId, submitForm } from './route-helpers.ts';
import type { PageTenant } from './views/parts.tsx';

/** A stored row as its edit form needs it: the form values and what else the page shows (`extra`). */
export interface Loaded<E> {
  values: Record<string, string>;
  extra: E;
}

/** What differs between the staff sections that list rows and create and change them (Quartiere, providers). */
export interface StaffResource<S extends z.ZodType, E> {
  section: 'quartiere' | 'providers';
  schema: S;
  flash: { created: string; saved: string };
  listPage: (db: Executor, t: Tenant, pt: PageTenant) => Promise<Page>;
  /** The create form, or (with `edit`) the form of a stored row. */
  formPage: (pt: PageTenant, state: FormState, edit?: { id: string; extra: E }) => Page;
  /** Loads a row of this tenant (404 for another tenant's id, before any form is looked at). */
  load: (db: Executor, t: Tenant, id: string) => Promise<Loaded<E>>;
  create: (db: Executor, t: Tenant, data: z.infer<S>) => Promise<unknown>;
  change: (db: Executor, t: Tenant, id: string, data: z.infer<S>) => Promise<unknown>;
  /**
   * Who may change a stored row besides the administrators (the route lets `editors.roles` through, `may` decides
   * per row: 403 for a row that is not theirs). Default: administrators only.
   */
  editors?: { roles: readonly Role[]; may: (user: SessionUser | null, municipalityId: string, id: string) => boolean };
}

const ADMIN = { access: inMunicipality('municipality_admin') };

/** Registers a section's list (for the directory's readers) and its create and edit forms (for administrators). */
export function staffResourceRoutes<S extends z.ZodType, E>(app: FastifyInstance, r: StaffResource<S, E>): void {
  const db = app.deps.db;
  const base = `/:locale/m/:municipality/admin/${r.section}`;
  const listUrl = (locale: string, pt: PageTenant) => `/${locale}/m/${pt.slug}/admin/${r.section}`;
  const EDIT = r.editors ? { access: inMunicipality(...r.editors.roles) } : ADMIN;
  const mayEdit = (req: FastifyRequest, pt: PageTenant, id: string) => {
    if (r.editors && !r.editors.may(req.user, pt.municipalityId, id)) throw forbidden();
  };

  app.get(base, { config: { access: inMunicipality(...DIRECTORY_READERS) } }, async (req, reply) => {
    const pt = pageTenant(req);
    return sendPage(req, reply, await r.listPage(db, tenant(pt.municipalityId), pt));
  });

  app.get(`${base}/new`, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    return sendPage(req, reply, r.formPage(pt, emptyForm()));
  });

  app.post(base, { config: ADMIN }, async (req, reply) => {
    const pt = pageTenant(req);
    const page = (state: FormState) => r.formPage(pt, state);
    return submitForm(req, reply, r.schema, page, r.flash.created, async (data) => {
      await r.create(db, tenant(pt.municipalityId), data);
      return listUrl(req.locale, pt);
    });
  });

  app.get(`${base}/:id/edit`, { config: EDIT }, async (req, reply) => {
    const pt = pageTenant(req);
    const id = pathId(req);
    mayEdit(req, pt, id);
    const { values, extra } = await r.load(db, tenant(pt.municipalityId), id);
    return sendPage(req, reply, r.formPage(pt, emptyForm(values), { id, extra }));
  });

  app.post(`${base}/:id`, { config: EDIT }, async (req, reply) => {
    const pt = pageTenant(req);
    const id = pathId(req);
    mayEdit(req, pt, id);
    const t = tenant(pt.municipalityId);
    // The row must be this tenant's before the form is even looked at: another tenant's id is a 404.
    const { extra } = await r.load(db, t, id);
    const page = (state: FormState) => r.formPage(pt, state, { id, extra });
    return submitForm(req, reply, r.schema, page, r.flash.saved, async (data) => {
      await r.change(db, t, id, data);
      return listUrl(req.locale, pt);
    });
  });
}
