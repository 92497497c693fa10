import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PageTenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import { formatDate } from '../../platform/i18n/format.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { inMunicipality } from '../../platform/http/access.ts';
import { municipalityIdParams, pageTenant, uuid } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { type Page, sendPage as sendPageOf } from '../../platform/views/render.ts';
import { typeLabel } from './event-types.ts';
import { ownTypes } from './event-types.repository.ts';
import { loadEvent } from './events.pages.ts';
import { ORGANISERS, organiserScope } from './events.policy.ts';
import { occurrenceForm } from './events.schema.ts';
import { splitSeries } from './events.series.ts';
import type { Scope } from './events.service.ts';
import { textIn } from './events.texts.ts';
import { cancelOccurrence, changeOccurrence } from './occurrences.change.ts';
import { countBefore, findOccurrence } from './occurrences.repository.ts';
import { occurrenceFormValues } from './views/event-form.tsx';
import { OccurrencePage, type OccurrencePageProps } from './views/event-occurrence.tsx';

type Loaded = Omit<OccurrencePageProps, 'ctx' | 'state' | 'side' | 'title'> & { title: (ctx: ViewContext) => string };

/** A date of an event of the scope, with what its page needs; 404 for a forged pair of ids. */
async function loadDate(db: Executor, t: PageTenant, scope: Scope, id: string, occurrenceId: string, now: Date) {
  const { event, texts } = await loadEvent(db, t, scope, id);
  const o = await findOccurrence(db, t, id, occurrenceId);
  if (!o) throw notFound('occurrence');
  const [before, own] = await Promise.all([countBefore(db, t, id, o.originalStart), ownTypes(db, t)]);
  const loaded: Loaded = {
    tenant: t,
    eventId: id,
    o,
    canSplit: event.rrule !== null && before > 0,
    changeable: o.status === 'scheduled' && o.startsAt > now,
    title: (ctx) =>
      textIn(texts, event.sourceLocale, ctx.locale)?.title ?? typeLabel(ctx.t, own, event.typeKey, ctx.locale),
  };
  return loaded;
}

const pageOf =
  (l: Loaded, state: FormState, side?: OccurrencePageProps['side']): Page =>
  (ctx) =>
    OccurrencePage({ ...l, ctx, title: l.title(ctx), state, ...(side ? { side } : {}) });

/** One date of a series for its organisers: change (move, places), cancel, "this and following". */
export const occurrenceRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const base = '/:locale/m/:municipality/admin/events/:id/occurrences/:occurrenceId';
  const opts = {
    config: { access: inMunicipality(...ORGANISERS) },
    schema: { params: municipalityIdParams.extend({ occurrenceId: uuid }) },
  };
  const scopeOf = (req: FastifyRequest) => organiserScope(req.user, pageTenant(req).municipalityId);
  const here = (req: FastifyRequest, slug: string, id: string, occurrenceId?: string) =>
    `/${req.locale}/m/${slug}/admin/events/${id}${occurrenceId ? `/occurrences/${occurrenceId}` : ''}`;

  app.get(base, opts, async (req, reply) => {
    const { id, occurrenceId } = req.params;
    const l = await loadDate(db, pageTenant(req), scopeOf(req), id, occurrenceId, app.deps.now());
    return sendPageOf(req, reply, pageOf(l, emptyForm(occurrenceFormValues(l.o))));
  });

  app.post(base, opts, async (req, reply) => {
    const t = pageTenant(req);
    const scope = scopeOf(req);
    const { id, occurrenceId } = req.params;
    const l = await loadDate(db, t, scope, id, occurrenceId, app.deps.now());
    try {
      return await submitForm(
        req,
        reply,
        occurrenceForm,
        (s) => pageOf(l, s),
        'community.events.flash.dateChanged',
        async (data) => {
          const call = requestCall(req, t);
          await runUseCase('community.occurrence.change', call, (uc) =>
            changeOccurrence(uc, scope, id, occurrenceId, data),
          );
          return here(req, t.slug, id);
        },
      );
    } catch (err) {
      // The room is taken at the new time: 409 on the same form, the date named, what was typed kept.
      if (!(err instanceof AppError && err.status === 409 && err.fields.date)) throw err;
      const day = typeof err.values.date === 'string' ? formatDate(req.locale, `${err.values.date}T12:00:00Z`) : '';
      const errors = { date: { key: err.fields.date.key, values: { ...err.values, date: day } } };
      return sendPageOf(req, reply, pageOf(l, { values: parseForm(occurrenceForm, req.body).values, errors }), 409);
    }
  });

  app.post(`${base}/cancel`, opts, async (req, reply) => {
    const t = pageTenant(req);
    const scope = scopeOf(req);
    const { id, occurrenceId } = req.params;
    const l = await loadDate(db, t, scope, id, occurrenceId, app.deps.now());
    const page = (s: FormState) => pageOf(l, emptyForm(occurrenceFormValues(l.o)), { form: 'cancel', state: s });
    return submitForm(req, reply, z.object({}), page, 'community.events.flash.dateCancelled', async () => {
      const call = requestCall(req, t);
      await runUseCase('community.occurrence.cancel', call, (uc) => cancelOccurrence(uc, scope, id, occurrenceId));
      return here(req, t.slug, id);
    });
  });

  app.post(`${base}/split`, opts, async (req, reply) => {
    const t = pageTenant(req);
    const scope = scopeOf(req);
    const { id, occurrenceId } = req.params;
    const l = await loadDate(db, t, scope, id, occurrenceId, app.deps.now());
    const page = (s: FormState) => pageOf(l, emptyForm(occurrenceFormValues(l.o)), { form: 'split', state: s });
    return submitForm(req, reply, z.object({}), page, 'community.events.flash.split', async () => {
      const call = requestCall(req, t);
      const newId = await runUseCase('community.event.split', call, (uc) => splitSeries(uc, scope, id, occurrenceId));
      return `${here(req, t.slug, newId)}/edit`;
    });
  });
};
