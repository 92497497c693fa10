import type { Executor } from '../../platform/db/types.ts';
import {
  annualIncomeFrom,
  checkEligibility,
  type EligibilityInput,
  type EligibilityResult,
} from './eligibility.engine.ts';
import type { Rules } from './eligibility.rules.ts';
import type { HouseholdAnswers, IncomeAnswersForm, ResidenceAnswers } from './check.schema.ts';
import { rulesInForce } from './rules.service.ts';

/** The answers of the three steps of the public check. */
export interface CheckAnswers {
  household: HouseholdAnswers;
  income: IncomeAnswersForm;
  residence: ResidenceAnswers;
}

export interface CheckOutcome {
  input: EligibilityInput;
  result: EligibilityResult;
  rules: Rules;
  gross: number;
}

/** The engine's input from the form's answers: the annual income computed with the deductions in force. */
export function inputFromAnswers(a: CheckAnswers, rules: Rules): EligibilityInput {
  const h = a.household;
  const disabledMembers = h.disabledMembers ?? 0;
  const annualIncome = annualIncomeFrom(
    {
      gross: a.income.grossIncome,
      maintenance: a.income.maintenance ?? 0,
      paysTax: a.income.paysTax === 'yes',
      paysHealth: a.income.paysHealth === 'yes',
      paysPension: a.income.paysPension === 'yes',
      disabledMembers,
    },
    rules.deductions.figures,
  );
  return {
    adults: h.adults,
    children: h.children,
    unborn: h.unborn ?? 0,
    singleParent: h.singleParent === 'yes',
    disabledMembers,
    annualIncome,
    residence: a.residence.residence,
    ...(a.residence.protectionRateAbove50 ? { protectionRateAbove50: a.residence.protectionRateAbove50 } : {}),
    ...(a.residence.permitValidUntil ? { permitValidUntil: a.residence.permitValidUntil } : {}),
    benefits: a.income.benefits === 'yes',
  };
}

/** Runs the public check for a municipality on a day; stores nothing. */
export async function runCheck(db: Executor, municipalityId: string, a: CheckAnswers, on: Date): Promise<CheckOutcome> {
  const rules = await rulesInForce(db, municipalityId, on);
  const input = inputFromAnswers(a, rules);
  return { input, result: checkEligibility(input, rules), rules, gross: a.income.grossIncome };
}

/**
 * The households part's "new household" page with the answers it can take over (counts, single parent,
 * residence category and valid-until, the rule version): a link, so that nothing is stored before the person
 * signs in and chooses to.
 */
export function saveHref(locale: string, municipality: string, o: CheckOutcome): string {
  const i = o.input;
  const q = new URLSearchParams({
    from: 'check',
    adults: String(i.adults),
    children: String(i.children),
    unborn: String(i.unborn ?? 0),
    singleParent: i.singleParent ? 'yes' : 'no',
    disabledMembers: String(i.disabledMembers),
    annualIncome: String(i.annualIncome),
    benefits: i.benefits ? 'yes' : 'no',
    residence: i.residence,
    ...(i.permitValidUntil ? { permitValidUntil: i.permitValidUntil } : {}),
    outcome: o.result.outcome,
    ruleVersion: o.result.ruleVersion,
  });
  return `/${locale}/m/${municipality}/housing/household/new?${q.toString()}`;
}
