import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicHolidays } from '../../lib/calendar/holidays.ts';
import type { Access } from '../../platform/http/access.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { municipalityIdParams, municipalityParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { redirectAfterPost } from '../../platform/http/respond.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { KEEPERS_ACCESS, keepsHours, OWN_HOURS_ACCESS } from './hours.policy.ts';
import {
  type CounsellorSeat,
  counsellorsOfTenant,
  exceptionsOf,
  hoursOf,
  seatsOfUser,
  userOfCounsellor,
} from './hours.repository.ts';
import { exceptionForm, hoursForm } from './hours.schema.ts';
import { addException, addHours, removeException, removeHours } from './hours.service.ts';
import { localDay } from './slots.ts';
import { HoursPage } from './views/hours-page.tsx';

// The removal routes' id beside the page's own params (already checked by the route's schema).
const removed = z.object({ rid: uuid });

type Forms = { hours: FormState; exception: FormState };

/** Whose hours a page shows: the signed-in person's own, or (for keepers) the person behind a counsellor row. */
type Whose = (req: FastifyRequest) => Promise<{ seats: CounsellorSeat[]; base: string; own: boolean }>;

/** The coming public holidays of Lower Saxony (the next twelve months). */
function comingHolidays(today: string) {
  const year = Number(today.slice(0, 4));
  const limit = `${year + 1}${today.slice(4)}`;
  return [...publicHolidays(year), ...publicHolidays(year + 1)].filter((h) => h.date >= today && h.date < limit);
}

/** The staff pages of hours and exceptions, once for the person's own and once for a keeper's view of anyone's. */
export const hoursRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;

  /** Everything the page shows besides its two forms (loaded before a post, so a refused form is drawn whole). */
  async function load(req: FastifyRequest, whose: Whose) {
    const t = pageTenant(req);
    const { seats, base, own } = await whose(req);
    const ids = seats.map((s) => s.counsellorId);
    const today = localDay(app.deps.now(), 'Europe/Berlin');
    const keeper = keepsHours(req.user?.roles ?? [], t.municipalityId);
    const [hours, exceptions, people] = await Promise.all([
      hoursOf(db, t, ids),
      exceptionsOf(db, t, ids, today),
      keeper ? counsellorsOfTenant(db, t) : Promise.resolve([]),
    ]);
    const holidays = comingHolidays(today);
    return { tenant: t, base, own, seats, hours, exceptions, holidays, people, today };
  }
  type Loaded = Awaited<ReturnType<typeof load>>;
  const blank = (): Forms => ({ hours: emptyForm({ weekday: '1' }), exception: emptyForm({ reason: 'leave' }) });
  const draw =
    (data: Loaded, forms: Forms): Page =>
    (ctx) =>
      HoursPage({ ctx, ...data, forms });

  function mount(prefix: string, access: Access, params: typeof municipalityParams, whose: Whose) {
    const page = { config: { access }, schema: { params } };
    const one = { config: { access }, schema: { params: params.extend({ rid: uuid }) } };
    app.get(prefix, page, async (req, reply) => sendPage(req, reply, draw(await load(req, whose), blank())));
    app.post(prefix, page, async (req, reply) => {
      const data = await load(req, whose);
      const form = (hours: FormState) => draw(data, { ...blank(), hours });
      return submitForm(req, reply, hoursForm, form, 'counselling.hours.flash.added', async (v) => {
        const call = requestCall(req, data.tenant);
        await runUseCase('counselling.hours.add', call, (uc) => addHours(uc, data.seats, v));
        return data.base;
      });
    });
    app.post(`${prefix}/exceptions`, page, async (req, reply) => {
      const data = await load(req, whose);
      const form = (exception: FormState) => draw(data, { ...blank(), exception });
      return submitForm(req, reply, exceptionForm, form, 'counselling.hours.flash.exception', async (v) => {
        const call = requestCall(req, data.tenant);
        await runUseCase('counselling.exception.add', call, (uc) => addException(uc, data.seats, v));
        return data.base;
      });
    });
    app.post(`${prefix}/:rid/remove`, one, async (req, reply) => {
      const t = pageTenant(req);
      const { seats, base } = await whose(req);
      const { rid } = removed.parse(req.params);
      await runUseCase('counselling.hours.remove', requestCall(req, t), (uc) => removeHours(uc, seats, rid));
      return redirectAfterPost(reply, base, { kind: 'success', key: 'counselling.hours.flash.removed' });
    });
    app.post(`${prefix}/exceptions/:rid/remove`, one, async (req, reply) => {
      const t = pageTenant(req);
      const { seats, base } = await whose(req);
      const { rid } = removed.parse(req.params);
      await runUseCase('counselling.exception.remove', requestCall(req, t), (uc) => removeException(uc, seats, rid));
      return redirectAfterPost(reply, base, { kind: 'success', key: 'counselling.hours.flash.exceptionRemoved' });
    });
  }

  mount('/:locale/m/:municipality/admin/counselling/hours', OWN_HOURS_ACCESS, municipalityParams, async (req) => {
    const t = pageTenant(req);
    const seats = await seatsOfUser(db, t, req.user?.id ?? '');
    return { seats, base: `/${req.locale}/m/${t.slug}/admin/counselling/hours`, own: true };
  });

  mount(
    '/:locale/m/:municipality/admin/counselling/counsellors/:id/hours',
    KEEPERS_ACCESS,
    municipalityIdParams,
    async (req) => {
      const t = pageTenant(req);
      const { id } = municipalityIdParams.parse(req.params);
      const user = await userOfCounsellor(db, t, id);
      if (!user) throw notFound('counsellor');
      const seats = await seatsOfUser(db, t, user);
      return { seats, base: `/${req.locale}/m/${t.slug}/admin/counselling/counsellors/${id}/hours`, own: false };
    },
  );
};
