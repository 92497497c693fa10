import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addMonths,
  annualIncomeFrom,
  checkEligibility,
  type EligibilityInput,
  incomeLimit,
  spaceLimit,
} from './eligibility.engine.ts';
import { type Rules, ruleVersionOf } from './eligibility.rules.ts';

// The rules as the migration seeds them (current set), on a fixed day, with Meppen's example rent limits.
const parts: Omit<Rules, 'ruleVersion' | 'onDate'> = {
  wbs: {
    validFrom: '2025-02-01',
    unsure: false,
    source: '',
    figures: { onePerson: 21250, twoPersons: 28750, perFurtherMember: 3750, perChild: 3750 },
  },
  deductions: {
    validFrom: '2025-07-30',
    unsure: true,
    source: '',
    figures: { taxPercent: 10, healthPercent: 10, pensionPercent: 10, perDisabledMember: 4000, youngCouple: 5000 },
  },
  space: {
    validFrom: '2024-05-01',
    unsure: true,
    source: '',
    figures: {
      sizes: [50, 60, 75, 85],
      perFurtherPerson: 10,
      singleParent: 10,
      perDisabledMember: 10,
      hardshipMax: 10,
    },
  },
  permits: {
    validFrom: '2025-01-01',
    unsure: true,
    source: '',
    figures: {
      minMonths: 12,
      categories: {
        'free-movement': 'not-subject',
        'settlement-permit': 'eligible',
        humanitarian: 'eligible',
        'temporary-protection': 'case-by-case',
        'toleration-training': 'case-by-case',
        'asylum-seeker': 'protection-rate',
        toleration: 'not-eligible',
        'other-permit': 'case-by-case',
      },
    },
  },
  kdu: {
    municipality: 'meppen',
    validFrom: '2025-01-01',
    limits: [420, 510, 600, 690, 780, 870],
    example: true,
    office: { name: 'Stadt Meppen', address: '', email: null, phone: null },
  },
};
const rules: Rules = { onDate: '2026-12-02', ...parts, ruleVersion: ruleVersionOf(parts) };
const w = parts.wbs.figures;
const s = parts.space.figures;

const household = (o: Partial<EligibilityInput>): EligibilityInput => ({
  adults: 1,
  children: 0,
  singleParent: false,
  disabledMembers: 0,
  annualIncome: 10_000,
  residence: 'humanitarian',
  permitValidUntil: '2029-01-31',
  ...o,
});

describe('WBS income limits (RULES.md worked examples)', () => {
  test('1 person → 21,250 €; 3 adults → 32,500 €; 2 adults + 2 children → 43,750 €; single parent + 1 child → 32,500 €', () => {
    assert.equal(incomeLimit(w, 1, 0), 21_250);
    assert.equal(incomeLimit(w, 3, 0), 32_500);
    assert.equal(incomeLimit(w, 4, 2), 43_750);
    assert.equal(incomeLimit(w, 2, 1), 32_500);
    assert.equal(checkEligibility(household({ adults: 3 }), rules).incomeLimit, 32_500);
    assert.equal(checkEligibility(household({ adults: 2, children: 2 }), rules).incomeLimit, 43_750);
    assert.equal(checkEligibility(household({ children: 1, singleParent: true }), rules).incomeLimit, 32_500);
    assert.equal(checkEligibility(household({}), rules).incomeLimit, 21_250);
  });

  test('an unborn child counts as a member but not yet as a child', () => {
    assert.equal(checkEligibility(household({ adults: 2, unborn: 1 }), rules).incomeLimit, 32_500);
  });

  test('income at the limit is eligible, one euro above is not, with both figures in the reason', () => {
    const at = checkEligibility(household({ adults: 3, annualIncome: 32_500 }), rules);
    assert.equal(at.outcome, 'eligible');
    const above = checkEligibility(household({ adults: 3, annualIncome: 32_501 }), rules);
    assert.equal(above.outcome, 'not-eligible');
    const r = above.reasons.find((x) => x.rule === 'income');
    assert.equal(r?.key, 'housing.check.reason.incomeAbove');
    assert.deepEqual(r?.money, { income: 32_501, limit: 32_500, difference: 1 });
    assert.equal(r?.numbers?.persons, 3);
  });
});

describe('living space', () => {
  test('1 → 50 m², 2 → 60, 3 → 75, 4 → 85 m², 6 → 105 m²; single parent +10, each disabled member +10', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((n) => spaceLimit(s, n, false, 0)),
      [50, 60, 75, 85, 95, 105],
    );
    assert.equal(spaceLimit(s, 2, true, 0), 70);
    assert.equal(spaceLimit(s, 3, true, 2), 105);
    const r = checkEligibility(household({ children: 1, singleParent: true }), rules);
    assert.equal(r.spaceLimit, 70);
    assert.ok(r.reasons.some((x) => x.key === 'housing.check.reason.spaceSingleParent' && x.unsure));
  });
});

describe('residence', () => {
  test('a permit with less than 12 months left is case by case, with the reason and the dates', () => {
    const r = checkEligibility(household({ permitValidUntil: '2027-06-30' }), rules);
    assert.equal(r.outcome, 'case-by-case');
    const reason = r.reasons.find((x) => x.rule === 'permit');
    assert.equal(reason?.verdict, 'check');
    assert.equal(reason?.key, 'housing.check.reason.permitShort');
    assert.deepEqual(reason?.dates, { until: '2027-06-30', needed: '2027-12-02' });
    assert.equal(checkEligibility(household({ permitValidUntil: '2027-12-02' }), rules).outcome, 'eligible');
  });

  test('the matrix: § 25 eligible, § 24 and §§ 60c/60d case by case, Duldung not eligible, EU citizens not subject', () => {
    const of = (o: Partial<EligibilityInput>) => checkEligibility(household(o), rules).outcome;
    assert.equal(of({ residence: 'humanitarian' }), 'eligible');
    assert.equal(of({ residence: 'temporary-protection' }), 'case-by-case');
    assert.equal(of({ residence: 'toleration-training' }), 'case-by-case');
    assert.equal(of({ residence: 'toleration' }), 'not-eligible');
    assert.equal(of({ residence: 'free-movement', permitValidUntil: undefined }), 'eligible');
  });

  test('asylum seekers: only the yes/no/unknown answer on the protection rate decides', () => {
    const of = (a?: 'yes' | 'no' | 'unknown') =>
      checkEligibility(
        household({ residence: 'asylum-seeker', protectionRateAbove50: a, permitValidUntil: '2027-01-01' }),
        rules,
      ).outcome;
    assert.deepEqual(
      [of('yes'), of('no'), of('unknown'), of(undefined)],
      ['eligible', 'not-eligible', 'case-by-case', 'case-by-case'],
    );
  });
});

describe('the result', () => {
  test('records the rule version and the rent limit of the municipality for the household size', () => {
    const r = checkEligibility(household({ adults: 2, children: 5 }), rules);
    assert.equal(
      r.ruleVersion,
      'wbs:2025-02-01;deductions:2025-07-30;space:2024-05-01;permits:2025-01-01;kdu-meppen:2025-01-01',
    );
    assert.equal(r.rentLimit, 870, '6 or more persons use the last column');
    assert.equal(checkEligibility(household({}), { ...rules, kdu: null }).rentLimit, null);
  });

  test('annual income: flat-rate deductions, the disability allowance and maintenance paid', () => {
    const d = parts.deductions.figures;
    const a = {
      gross: 40_000,
      maintenance: 1_200,
      paysTax: true,
      paysHealth: true,
      paysPension: true,
      disabledMembers: 1,
    };
    assert.equal(annualIncomeFrom(a, d), 40_000 * 0.7 - 4_000 - 1_200);
    assert.equal(annualIncomeFrom({ ...a, gross: 1_000 }, d), 0, 'never below zero');
  });

  test('months are counted to the same day, clamped to the month’s end', () => {
    assert.equal(addMonths('2026-12-02', 12), '2027-12-02');
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
  });
});
