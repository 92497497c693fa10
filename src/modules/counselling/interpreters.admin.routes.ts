import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { municipalityIdParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { listPeople } from '../../platform/identity/grants.repository.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { KEEPS_POOL } from './interpreters.policy.ts';
import { findInterpreter, hoursOf, listInterpreters, type WeeklyHours } from './interpreters.repository.ts';
import { interpreterForm, newInterpreterForm, WEEKDAYS } from './interpreters.schema.ts';
import { addInterpreter, editInterpreter } from './interpreters.service.ts';
import { InterpreterFormPage, InterpreterPoolPage } from './views/interpreters-admin.tsx';

const list = { config: { access: KEEPS_POOL }, schema: { params: municipalityParams } };
const one = { config: { access: KEEPS_POOL }, schema: { params: municipalityIdParams } };

/** The form's values for stored weekly hours (one range per weekday). */
function hourValues(hours: WeeklyHours[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of hours) {
    if (!WEEKDAYS.includes(h.weekday as 1)) continue;
    out[`from${h.weekday}`] = h.starts;
    out[`to${h.weekday}`] = h.ends;
  }
  return out;
}

/** The pool of interpreters: the list, adding someone, changing an interpreter. */
export const interpretersAdminRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const path = '/:locale/m/:municipality/admin/counselling/interpreters';
  const poolUrl = (locale: string, t: PageTenant) => `/${locale}/m/${t.slug}/admin/counselling/interpreters`;

  app.get(path, list, async (req, reply) => {
    const t = pageTenant(req);
    const pool = await listInterpreters(db, t);
    const rows = await Promise.all(pool.map(async (i) => ({ ...i, hours: await hoursOf(db, t, i.id) })));
    return sendPage(req, reply, (ctx) => InterpreterPoolPage({ ctx, tenant: t, rows }));
  });

  const newPage = async (t: PageTenant) => {
    const [people, pool] = await Promise.all([listPeople(db, t), listInterpreters(db, t)]);
    const inPool = new Set(pool.map((i) => i.user_id));
    const choices = people
      .filter((x) => !inPool.has(x.id) && !x.disabled)
      .map((x) => ({ id: x.id, name: x.displayName }));
    return (state: FormState) => (ctx: ViewContext) => InterpreterFormPage({ ctx, tenant: t, state, people: choices });
  };

  app.get(`${path}/new`, list, async (req, reply) => {
    const page = await newPage(pageTenant(req));
    return sendPage(req, reply, page(emptyForm({ active: 'on', from1: '09:00', to1: '16:00' })));
  });

  app.post(`${path}/new`, list, async (req, reply) => {
    const t = pageTenant(req);
    const page = await newPage(t);
    return submitForm(req, reply, newInterpreterForm, page, 'counselling.interpreters.saved', async (input) => {
      await runUseCase('counselling.interpreter.add', requestCall(req, t), (uc) => addInterpreter(uc, input));
      return poolUrl(req.locale, t);
    });
  });

  const editPage = (t: PageTenant, id: string) => (state: FormState) => (ctx: ViewContext) =>
    InterpreterFormPage({ ctx, tenant: t, state, id });

  app.get(`${path}/:id/edit`, one, async (req, reply) => {
    const t = pageTenant(req);
    const it = await findInterpreter(db, t, req.params.id);
    if (!it) throw notFound('interpreter');
    const values = {
      displayName: it.display_name,
      languages: it.languages,
      ...(it.active ? { active: 'on' } : {}),
      ...hourValues(await hoursOf(db, t, it.id)),
    };
    return sendPage(req, reply, editPage(t, it.id)(emptyForm(values)));
  });

  app.post(`${path}/:id/edit`, one, async (req, reply) => {
    const t = pageTenant(req);
    const id = req.params.id;
    if (!(await findInterpreter(db, t, id))) throw notFound('interpreter');
    return submitForm(req, reply, interpreterForm, editPage(t, id), 'counselling.interpreters.saved', async (input) => {
      await runUseCase('counselling.interpreter.edit', requestCall(req, t), (uc) =>
        editInterpreter(uc, { ...input, id }),
      );
      return poolUrl(req.locale, t);
    });
  });
};
