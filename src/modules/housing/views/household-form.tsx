import type { PageTenant } from '../../../platform/db/tenant.ts';
import { LOCALE_NAMES, LOCALES } from '../../../platform/i18n/locales.ts';
import { type FormState, SelectField, TextArea, TextField } from '../../../platform/views/components/form.tsx';
import { FormPage } from '../../../platform/views/components/form-page.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage } from '../../../platform/views/staff/staff-page.tsx';
import { INCOME_BANDS, PERMIT_CATEGORIES } from '../households.schema.ts';
import { Checkbox, CheckboxGroup, MemberRows } from './household-fields.tsx';

export interface QuartierChoice {
  id: string;
  name: string;
}

function labelsOf(ctx: ViewContext): Record<string, string> {
  const { t } = ctx;
  const keys = [
    'annualIncome',
    'incomeBand',
    'rentLimit',
    'wishedQuartiere',
    'nearLat',
    'nearLon',
    'nearMaxKm',
    'urgencyReason',
    'mustLeaveBy',
    'permitCategory',
    'permitValidUntil',
    'preferredLocale',
    'contactName',
    'contactEmail',
    'contactPhone',
    'consentOn',
  ];
  const labels: Record<string, string> = Object.fromEntries(keys.map((k) => [k, t(`housing.households.field.${k}`)]));
  for (let n = 1; n <= 10; n++) labels[`m${n}Role`] = t('housing.households.member', { n });
  return labels;
}

const F = 'housing.households.field.';
/** A text field of the profile, labelled `housing.households.field.<name>`. */
const ProfileText = (p: Omit<Parameters<typeof TextField>[0], 'label'>) => (
  <TextField {...p} label={p.ctx.t(F + p.name)} />
);
/** A select of the profile, labelled `housing.households.field.<name>`. */
const ProfileSelect = (p: Omit<Parameters<typeof SelectField>[0], 'label'>) => (
  <SelectField {...p} label={p.ctx.t(F + p.name)} />
);

/** The profile's fields, shared by the household's own form and the counsellor's. */
function ProfileFields({
  ctx,
  state,
  quartiere,
  counselled,
}: {
  ctx: ViewContext;
  state: FormState;
  quartiere: QuartierChoice[];
  counselled: boolean;
}) {
  const { t } = ctx;
  const f = (k: string) => t(`housing.households.field.${k}`);
  const bands = Object.keys(INCOME_BANDS).map((b): [string, string] => [b, t(`housing.households.band.${b}`)]);
  const permits = PERMIT_CATEGORIES.map((p): [string, string] => [p, t(`housing.check.residence.${p}`)]);
  const locales = LOCALES.map((l): [string, string] => [l, LOCALE_NAMES[l]]);
  const s = { ctx, state };
  return (
    <>
      <MemberRows ctx={ctx} state={state} />
      <Checkbox state={state} name="singleParent" label={f('singleParent')} />
      <h2 class="kern-heading-medium">{t('housing.households.section.income')}</h2>
      <ProfileText {...s} name="annualIncome" hint={t('housing.households.hint.income')} inputmode="numeric" />
      <ProfileSelect {...s} name="incomeBand" options={bands} />
      <Checkbox state={state} name="onBenefits" label={f('onBenefits')} />
      <ProfileText {...s} name="rentLimit" hint={t('housing.households.hint.rentLimit')} inputmode="decimal" />
      <h2 class="kern-heading-medium">{t('housing.households.section.needs')}</h2>
      <Checkbox state={state} name="needsStepFree" label={f('needsStepFree')} />
      <Checkbox state={state} name="needsWheelchair" label={f('needsWheelchair')} />
      <Checkbox state={state} name="hasPets" label={f('hasPets')} />
      <h2 class="kern-heading-medium">{t('housing.households.section.wishes')}</h2>
      {quartiere.length > 0 && (
        <CheckboxGroup
          ctx={ctx}
          state={state}
          name="wishedQuartiere"
          legend={f('wishedQuartiere')}
          options={quartiere.map((q): [string, string] => [q.id, q.name])}
        />
      )}
      <p class="kern-hint">{t('housing.households.hint.near')}</p>
      <ProfileText {...s} name="nearLat" inputmode="decimal" />
      <ProfileText {...s} name="nearLon" inputmode="decimal" />
      <ProfileText {...s} name="nearMaxKm" inputmode="decimal" />
      <h2 class="kern-heading-medium">{t('housing.households.section.situation')}</h2>
      <TextArea
        ctx={ctx}
        state={state}
        name="urgencyReason"
        label={f('urgencyReason')}
        hint={t('housing.households.hint.urgency')}
        rows={3}
      />
      <ProfileText {...s} name="mustLeaveBy" type="date" />
      <ProfileSelect {...s} name="permitCategory" hint={t('housing.households.hint.permit')} options={permits} />
      <ProfileText {...s} name="permitValidUntil" type="date" />
      <h2 class="kern-heading-medium">{t('housing.households.section.contact')}</h2>
      <ProfileSelect {...s} name="preferredLocale" required options={locales} />
      <ProfileText {...s} name="contactName" required={counselled} autocomplete="name" />
      <ProfileText {...s} name="contactEmail" type="email" autocomplete="email" />
      <ProfileText {...s} name="contactPhone" type="tel" autocomplete="tel" />
    </>
  );
}

const hiddenOf = (state: FormState): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const k of ['eligibilityOutcome', 'eligibilityRuleVersion']) {
    const v = state.values[k];
    if (typeof v === 'string' && v) out[k] = v;
  }
  return out;
};

/** The household's own profile form (create or edit). */
export function HouseholdFormPage(props: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  quartiere: QuartierChoice[];
  edit: boolean;
}) {
  const { ctx, tenant, state, quartiere, edit } = props;
  const { t } = ctx;
  const base = `/${ctx.locale}/m/${tenant.slug}/housing/household`;
  const fromCheck = typeof state.values.eligibilityOutcome === 'string';
  return (
    <FormPage
      ctx={ctx}
      title={t(edit ? 'housing.households.editTitle' : 'housing.households.newTitle')}
      state={state}
      labels={labelsOf(ctx)}
      action={`${base}/new`}
      submit={t('housing.households.save')}
      intro={t(fromCheck ? 'housing.households.introFromCheck' : 'housing.households.intro', {
        municipality: tenant.name,
      })}
      hidden={hiddenOf(state)}
    >
      <ProfileFields ctx={ctx} state={state} quartiere={quartiere} counselled={false} />
    </FormPage>
  );
}

/** A counsellor's form: the profile created together with the household, with the date it consented. */
export function CounselledHouseholdFormPage(props: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  quartiere: QuartierChoice[];
}) {
  const { ctx, tenant, state, quartiere } = props;
  const { t } = ctx;
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="housing.households"
      title={t('housing.households.counselledTitle')}
      state={state}
      labels={labelsOf(ctx)}
      action={`/${ctx.locale}/m/${tenant.slug}/admin/housing/households/new`}
    >
      <p class="kern-body">{t('housing.households.consentIntro')}</p>
      <ProfileText ctx={ctx} state={state} name="consentOn" type="date" required />
      <ProfileFields ctx={ctx} state={state} quartiere={quartiere} counselled />
    </StaffFormPage>
  );
}
