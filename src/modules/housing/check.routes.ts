import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findMunicipalityBySlug } from '../../platform/db/municipalities.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { type FormValues, issueToError, parseForm } from '../../platform/http/forms.ts';
import { municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { formatDate, formatMoney } from '../../platform/i18n/format.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import { sendPage } from '../../platform/views/render.ts';
import {
  CHECK_STEPS,
  type EligibilityRequest,
  eligibilityRequest,
  eligibilityResponse,
  validationProblem,
} from './check.schema.ts';
import { type CheckAnswers, runCheck } from './check.service.ts';
import { reasonCode, reasonText } from './check.text.ts';
import { checkEligibility } from './eligibility.engine.ts';
import { rulesInForce } from './rules.service.ts';
import { CHECK_STEP_COUNT, CheckStepPage } from './views/check-page.tsx';
import { CheckResultPage } from './views/check-result.tsx';

const PAGE = { config: { access: PUBLIC }, schema: { params: municipalityParams } };

function stepOf(values: FormValues): number {
  const n = Number(values.step);
  return Number.isInteger(n) && n >= 1 && n <= CHECK_STEP_COUNT + 1 ? n : 1;
}

/**
 * One POST of the check: "back" shows the step before with everything kept; otherwise the steps up to this one
 * are validated again (their answers came back as hidden fields) and the next step or the result is shown.
 */
async function postStep(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const m = pageTenant(req);
  const first = parseForm(CHECK_STEPS[0], req.body);
  const values = first.values;
  const step = stepOf(values);
  const show = (n: number, state: FormState, status = 200) =>
    sendPage(req, reply, (ctx) => CheckStepPage({ ctx, municipality: m, step: n, state }), status);
  if (values.go === 'back') return show(Math.max(1, step - 1), emptyForm(values));
  const answers: unknown[] = [];
  for (let i = 0; i < Math.min(step, CHECK_STEP_COUNT); i++) {
    const r = parseForm(CHECK_STEPS[i] as (typeof CHECK_STEPS)[0], req.body);
    if (!r.ok) return show(i + 1, { values, errors: r.errors }, 422);
    answers.push(r.data);
  }
  if (step < CHECK_STEP_COUNT) return show(step + 1, emptyForm(values));
  const [household, income, residence] = answers as [
    CheckAnswers['household'],
    CheckAnswers['income'],
    CheckAnswers['residence'],
  ];
  const o = await runCheck(
    req.server.deps.db,
    m.municipalityId,
    { household, income, residence },
    req.server.deps.now(),
  );
  return sendPage(req, reply, (ctx) => CheckResultPage({ ctx, municipality: m, o, state: emptyForm(values) }));
}

/** The API body checked by our own schema, so that every wrong field is named (422), not a bare 400. */
function parseRequest(body: unknown): EligibilityRequest {
  const r = eligibilityRequest.safeParse(body, { reportInput: true });
  if (r.success) return r.data;
  const fields: AppError['fields'] = {};
  for (const issue of r.error.issues) {
    const field = issue.path.map(String).join('.') || '_body';
    fields[field] ??= issueToError(issue);
  }
  throw new AppError('validation', 422, 'housing.check.api.invalid', {}, fields);
}

/** The public eligibility check: the step-by-step form, its result page, and the same check as JSON. */
export const checkRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const url = '/:locale/m/:municipality/housing/check';

  app.get(url, PAGE, async (req, reply) => {
    const m = pageTenant(req);
    return sendPage(req, reply, (ctx) => CheckStepPage({ ctx, municipality: m, step: 1, state: emptyForm() }));
  });
  app.post(url, PAGE, postStep);

  app.post(
    '/api/v1/housing/eligibility',
    {
      // Anonymous and stores nothing: no session to protect, so no form token.
      config: { access: PUBLIC, csrf: false },
      attachValidation: true,
      schema: {
        tags: ['housing'],
        summary: 'Eligibility for a WBS in Lower Saxony, with the space and rent limits that fit',
        body: eligibilityRequest,
        response: { 200: eligibilityResponse, 422: validationProblem },
      },
    },
    async (req) => {
      const input = parseRequest(req.body);
      const m = input.municipality ? await findMunicipalityBySlug(db, input.municipality) : null;
      if (input.municipality && !m) {
        const fields = { municipality: { key: 'housing.check.api.unknownMunicipality' } };
        throw new AppError('validation', 422, 'housing.check.api.invalid', {}, fields);
      }
      const rules = await rulesInForce(db, m?.id ?? null, app.deps.now());
      const result = checkEligibility(input, rules);
      const w = {
        t: req.t,
        money: (e: number) => formatMoney(req.locale, e),
        date: (d: string) => formatDate(req.locale, d),
      };
      return {
        outcome: result.outcome,
        householdSize: result.householdSize,
        incomeLimit: result.incomeLimit,
        spaceLimit: result.spaceLimit,
        rentLimit: result.rentLimit,
        ruleVersion: result.ruleVersion,
        reasons: result.reasons.map((r) => ({
          rule: r.rule,
          verdict: r.verdict,
          code: reasonCode(r),
          text: reasonText(w, r),
          unsure: r.unsure,
        })),
      };
    },
  );
};
