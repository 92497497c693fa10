import type { PageTenant } from '../../../platform/db/tenant.ts';
import {
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { STEP_FIELDS } from '../check.schema.ts';
import { PROTECTION_ANSWERS, RESIDENCE_CATEGORIES } from '../eligibility.rules.ts';
import { CheckField, CheckHeading, RadioGroup } from './check-fields.tsx';

export const CHECK_STEP_COUNT = STEP_FIELDS.length;
const C = 'housing.check.';

/** The check's URL in a municipality. */
export const checkHref = (ctx: ViewContext, m: PageTenant) => `/${ctx.locale}/m/${m.slug}/housing/check`;

type TextFieldProps = Parameters<typeof TextField>[0];

/** A check's text field: label `housing.check.<name>`, and hint `housing.check.<hint>` when given. */
function CheckText({ hint, ...p }: Omit<TextFieldProps, 'label' | 'hint'> & { hint?: string }) {
  return <TextField {...p} label={p.ctx.t(C + p.name)} hint={hint === undefined ? undefined : p.ctx.t(C + hint)} />;
}

function HouseholdFields({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const t = (k: string) => ctx.t(C + k);
  const n = { ctx, state, type: 'number' as const, inputmode: 'numeric' as const };
  return (
    <>
      <CheckText name="adults" hint="adultsHint" required {...n} />
      <CheckText name="children" hint="childrenHint" required {...n} />
      <CheckText name="unborn" {...n} />
      <CheckField ctx={ctx} state={state} name="singleParent" label={t('singleParent')} />
      <CheckText name="disabledMembers" hint="disabledHint" {...n} />
    </>
  );
}

function IncomeFields({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const t = (k: string) => ctx.t(C + k);
  const money = { ctx, state, type: 'number' as const, inputmode: 'decimal' as const };
  return (
    <>
      <CheckText name="grossIncome" hint="grossIncomeHint" required {...money} />
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('deductionsLegend')}</legend>
        <div class="kern-hint">{t('deductionsHint')}</div>
        <div class="kern-fieldset__body">
          <CheckField ctx={ctx} state={state} name="paysTax" label={t('paysTax')} />
          <CheckField ctx={ctx} state={state} name="paysHealth" label={t('paysHealth')} />
          <CheckField ctx={ctx} state={state} name="paysPension" label={t('paysPension')} />
        </div>
      </fieldset>
      <CheckText name="maintenance" hint="maintenanceHint" {...money} />
      <RadioGroup
        ctx={ctx}
        state={state}
        name="benefits"
        legend={t('benefits')}
        hint={t('benefitsHint')}
        options={[
          ['yes', ctx.t('housing.check.answer.yes')],
          ['no', ctx.t('housing.check.answer.no')],
        ]}
      />
    </>
  );
}

function ResidenceFields({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const t = (k: string) => ctx.t(C + k);
  return (
    <>
      <SelectField
        ctx={ctx}
        state={state}
        name="residence"
        label={t('residenceLabel')}
        hint={t('residenceHint')}
        required
        options={RESIDENCE_CATEGORIES.map((c) => [c, t(`residence.${c}`)])}
      />
      <CheckText ctx={ctx} state={state} name="permitValidUntil" hint="permitValidUntilHint" type="date" />
      <RadioGroup
        ctx={ctx}
        state={state}
        name="protectionRateAbove50"
        legend={t('protectionRate')}
        hint={t('protectionRateHint')}
        options={PROTECTION_ANSWERS.map((a) => [a, ctx.t(`housing.check.answer.${a}`)])}
      />
    </>
  );
}

const STEP_VIEWS = [HouseholdFields, IncomeFields, ResidenceFields];
const STEP_TITLES = ['household', 'income', 'residence'];

/**
 * The answers of the other steps, carried along as hidden fields (no JavaScript, nothing stored): going back
 * and forth keeps everything typed.
 */
function carried(state: FormState, step: number): [string, string][] {
  const names = STEP_FIELDS.filter((_, i) => i !== step - 1).flat();
  return names.flatMap((n) => {
    const v = state.values[n];
    const s = Array.isArray(v) ? v[0] : v;
    return s ? [[n, s] as [string, string]] : [];
  });
}

/** One step of the public eligibility check (1 … 3), with the earlier answers as hidden fields. */
export function CheckStepPage({
  ctx,
  municipality,
  step,
  state,
}: {
  ctx: ViewContext;
  municipality: PageTenant;
  step: number;
  state: FormState;
}) {
  const t = (k: string, v?: Record<string, string | number>) => ctx.t(C + k, v);
  const Fields = STEP_VIEWS[step - 1] ?? HouseholdFields;
  const labels = Object.fromEntries(
    (STEP_FIELDS[step - 1] ?? []).map((f) => [
      f,
      t(f === 'residence' ? 'residenceLabel' : f === 'protectionRateAbove50' ? 'protectionRate' : f),
    ]),
  );
  const title = t('title');
  return (
    <Layout ctx={ctx} title={`${title} – ${municipality.name}`}>
      <CheckHeading ctx={ctx} municipality={municipality} title={title} />
      {step === 1 && <p class="kern-body">{t('intro')}</p>}
      <p class="kern-body">{t('anonymous')}</p>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={checkHref(ctx, municipality)}>
        <input type="hidden" name="step" value={String(step)} />
        {carried(state, step).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <fieldset class="kern-fieldset">
          <legend class="kern-heading-medium">
            {t('stepOf', { step, total: CHECK_STEP_COUNT })}: {t(`step.${STEP_TITLES[step - 1]}`)}
          </legend>
          <div class="kern-fieldset__body">
            <Fields ctx={ctx} state={state} />
          </div>
        </fieldset>
        <p class="kern-body">
          <button type="submit" class="kern-btn kern-btn--primary" name="go" value="next">
            <span class="kern-label">{step === CHECK_STEP_COUNT ? t('showResult') : t('next')}</span>
          </button>{' '}
          {step > 1 && (
            <button type="submit" class="kern-btn kern-btn--secondary" name="go" value="back">
              <span class="kern-label">{t('back')}</span>
            </button>
          )}
        </p>
      </Form>
    </Layout>
  );
}
