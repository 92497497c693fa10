import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fetchPage } from '../../platform/db/paginate.ts';
import type { Executor } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { localeIdParams, localeParams } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { type Page, sendPage } from '../../platform/views/render.ts';
import { PRACTICE_PAGE_SIZE } from './practice.public.routes.ts';
import { listed } from './practice.listed.ts';
import { findPractice, listPractices, practiceTexts } from './practice.repository.ts';
import { practiceForm, practiceStatusForm, reviewListQuery } from './practice.schema.ts';
import { decidePractice, editPractice } from './practice.service.ts';
import { PRACTICE_SOURCE } from './practice.texts.ts';
import { practiceFormValues } from './views/practice-form.tsx';
import { staffPracticeUrls } from './views/practice-parts.tsx';
import { ReviewListPage, ReviewPage } from './views/practice-state.tsx';
import { EDIT_PRACTICE } from './welcome.policy.ts';

/** An example for review with its shown text and its German source; 404 when there is none. */
async function loadForReview(db: Executor, id: string, locale: string) {
  const row = await findPractice(db, id);
  if (!row) throw notFound('practice');
  const [item] = await listed(db, [row], locale);
  if (!item) throw notFound('practice');
  const german = (await practiceTexts(db, [id])).find((x) => x.locale === PRACTICE_SOURCE);
  return { row, item, german };
}

/** The state editors' pages: the review list, one example to edit, and its decision (publish, reject, reopen). */
export const practiceStateRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const list = { config: { access: EDIT_PRACTICE }, schema: { params: localeParams } };
  const one = { config: { access: EDIT_PRACTICE }, schema: { params: localeIdParams } };
  const base = '/:locale/state/practice';

  app.get(base, list, async (req, reply) => {
    const q = parseForm(reviewListQuery, req.query);
    const filter = q.ok ? q.data : { page: 1, status: undefined };
    const data = await fetchPage(filter.page, PRACTICE_PAGE_SIZE * 2, async (slice) => {
      const page = await listPractices(db, { status: filter.status }, slice);
      return { rows: await listed(db, page.rows, req.locale), total: page.total };
    });
    return sendPage(req, reply, (ctx) => ReviewListPage({ ctx, data, status: filter.status }));
  });

  app.get(`${base}/:id`, one, async (req, reply) => {
    const { row, item, german } = await loadForReview(db, req.params.id, req.locale);
    const state = emptyForm(practiceFormValues(row, german));
    return sendPage(req, reply, (ctx) => ReviewPage({ ctx, item, state }));
  });

  app.post(`${base}/:id`, one, async (req, reply) => {
    const { id } = req.params;
    const { item } = await loadForReview(db, id, req.locale);
    const page =
      (state: FormState): Page =>
      (ctx) =>
        ReviewPage({ ctx, item, state });
    return submitForm(req, reply, practiceForm, page, 'welcome.practice.flash.saved', async (data) => {
      await runUseCase('welcome.practice.edit', requestCall(req, null), (uc) => editPractice(uc, id, data));
      return staffPracticeUrls(req.locale).reviewOne(id);
    });
  });

  app.post(`${base}/:id/status`, one, async (req, reply) => {
    const { id } = req.params;
    const { row, item, german } = await loadForReview(db, id, req.locale);
    const page =
      (state: FormState): Page =>
      (ctx) =>
        ReviewPage({ ctx, item, state: { values: practiceFormValues(row, german), errors: state.errors } });
    return submitForm(req, reply, practiceStatusForm, page, `welcome.practice.flash.decided`, async (data) => {
      await runUseCase('welcome.practice.decide', requestCall(req, null), (uc) => decidePractice(uc, id, data.status));
      return staffPracticeUrls(req.locale).reviewOne(id);
    });
  });
};
