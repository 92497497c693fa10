import type { ViewContext } from '../../../platform/views/context.ts';
import { DescriptionList } from './lists.tsx';
import { RESIDENCE_CATEGORIES } from '../eligibility.rules.ts';
import type { RuleKind } from '../rules.tables.ts';

const R = 'housing.rules.';

/** The fields of each state rule form with how its figure reads: money, percent, m² or months. */
export type FigureUnit = 'money' | 'percent' | 'm2' | 'months';
export const RULE_FIELDS: Record<Exclude<RuleKind, 'permits'>, [string, FigureUnit][]> = {
  wbs: [
    ['onePerson', 'money'],
    ['twoPersons', 'money'],
    ['perFurtherMember', 'money'],
    ['perChild', 'money'],
  ],
  deductions: [
    ['taxPercent', 'percent'],
    ['healthPercent', 'percent'],
    ['pensionPercent', 'percent'],
    ['perDisabledMember', 'money'],
    ['youngCouple', 'money'],
  ],
  space: [
    ['size1', 'm2'],
    ['size2', 'm2'],
    ['size3', 'm2'],
    ['size4', 'm2'],
    ['perFurtherPerson', 'm2'],
    ['singleParent', 'm2'],
    ['perDisabledMember', 'm2'],
    ['hardshipMax', 'm2'],
  ],
};

/** A figure in words of its unit, formatted for the locale. */
export function figure(ctx: ViewContext, unit: FigureUnit, raw: string | undefined): string {
  const n = Number(raw);
  if (raw === undefined || raw === '' || !Number.isFinite(n)) return '–';
  if (unit === 'money') return ctx.money(n);
  return ctx.t(`${R}unit.${unit}`, { n });
}

/** Label and formatted value of each figure of a version (its form values). */
export function figureRows(ctx: ViewContext, kind: RuleKind, values: Record<string, string>): [string, string][] {
  if (kind === 'permits') {
    return [
      [ctx.t(`${R}field.permits.minMonths`), figure(ctx, 'months', values.minMonths)],
      ...RESIDENCE_CATEGORIES.map((c): [string, string] => [
        ctx.t(`housing.check.residence.${c}`),
        values[c] ? ctx.t(`${R}treatment.${values[c]}`) : '–',
      ]),
    ];
  }
  return RULE_FIELDS[kind].map(([name, unit]) => [ctx.t(`${R}field.${kind}.${name}`), figure(ctx, unit, values[name])]);
}

/** A version's figures as a description list. */
export const Figures = DescriptionList;
