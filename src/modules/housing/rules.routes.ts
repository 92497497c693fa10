import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inMunicipality, stateWide } from '../../platform/http/access.ts';
import { localeParams, municipalityParams, pageTenant } from '../../platform/http/params.ts';
import { submitForm } from '../../platform/http/submit-form.ts';
import { requestCall, runUseCase } from '../../platform/usecase/run-use-case.ts';
import { emptyForm, type FormState } from '../../platform/views/components/form.tsx';
import type { ViewContext } from '../../platform/views/context.ts';
import { sendPage } from '../../platform/views/render.ts';
import { day, listRentLimits, listRuleSets } from './rules.repository.ts';
import { rentLimitsForm } from './rules.schema.ts';
import { addRentLimits, addRuleVersion, RULE_FORMS, rentFormValues, ruleFormValues } from './rules.service.ts';
import { RULE_KINDS, type RuleKind } from './rules.tables.ts';
import { RentLimitsPage, rentLimitsHref } from './views/rules-rent-limits.tsx';
import { StateRuleKindPage, StateRulesPage, stateRulesHref } from './views/rules-state.tsx';

const STATE = { access: stateWide('state_admin') };
const kindParams = localeParams.extend({ kind: z.enum(RULE_KINDS) });

/** Staff pages of the rule tables: the state's (state administrators) and a municipality's rent limits. */
export const rulesRoutes: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const db = app.deps.db;
  const today = () => day(app.deps.now());

  app.get('/:locale/state/housing/rules', { config: STATE, schema: { params: localeParams } }, async (req, reply) => {
    const lists = await Promise.all(RULE_KINDS.map((k) => listRuleSets(db, k)));
    const tables = Object.fromEntries(RULE_KINDS.map((k, i) => [k, lists[i] ?? []])) as Record<RuleKind, never[]>;
    return sendPage(req, reply, (ctx) => StateRulesPage({ ctx, tables, today: today() }));
  });

  const kindRoute = { config: STATE, schema: { params: kindParams } };
  app.get('/:locale/state/housing/rules/:kind', kindRoute, async (req, reply) => {
    const kind = req.params.kind;
    const rows = await listRuleSets(db, kind);
    const state = emptyForm(ruleFormValues(rows[0]));
    return sendPage(req, reply, (ctx) => StateRuleKindPage({ ctx, kind, rows, state, today: today() }));
  });
  app.post('/:locale/state/housing/rules/:kind', kindRoute, async (req, reply) => {
    const kind = req.params.kind;
    const rows = await listRuleSets(db, kind);
    const page = (state: FormState) => (ctx: ViewContext) =>
      StateRuleKindPage({ ctx, kind, rows, state, today: today() });
    return submitForm(req, reply, RULE_FORMS[kind], page, 'housing.rules.added', async (data) => {
      await runUseCase('housing.rule_set.add', requestCall(req, null), (uc) => addRuleVersion(uc, kind, data as never));
      return stateRulesHref(req.locale, kind);
    });
  });

  const rent = { config: { access: inMunicipality('municipality_admin') }, schema: { params: municipalityParams } };
  const rentUrl = '/:locale/m/:municipality/admin/housing/rent-limits';
  app.get(rentUrl, rent, async (req, reply) => {
    const m = pageTenant(req);
    const rows = await listRentLimits(db, m);
    const state = emptyForm(rentFormValues(rows[0]));
    return sendPage(req, reply, (ctx) => RentLimitsPage({ ctx, municipality: m, rows, state, today: today() }));
  });
  app.post(rentUrl, rent, async (req, reply) => {
    const m = pageTenant(req);
    const rows = await listRentLimits(db, m);
    const page = (state: FormState) => (ctx: ViewContext) =>
      RentLimitsPage({ ctx, municipality: m, rows, state, today: today() });
    return submitForm(req, reply, rentLimitsForm, page, 'housing.rules.added', async (data) => {
      await runUseCase('housing.rent_limits.add', requestCall(req), (uc) => addRentLimits(uc, data));
      return rentLimitsHref(req.locale, m.slug);
    });
  });
};
