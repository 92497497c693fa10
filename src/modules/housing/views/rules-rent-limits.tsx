import type { PageTenant } from '../../../platform/db/tenant.ts';
import { type FormState, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage } from '../../../platform/views/staff/staff-page.tsx';
import type { RentLimitRow } from '../rules.repository.ts';
import { rentFormValues } from '../rules.service.ts';
import { CheckField } from './check-fields.tsx';
import { figure } from './rules-figures.tsx';
import { History } from './rules-state.tsx';

const R = 'housing.rules.';
const SIZES = [1, 2, 3, 4, 5, 6] as const;

export const rentLimitsHref = (locale: string, slug: string) => `/${locale}/m/${slug}/admin/housing/rent-limits`;

export function rentLabels(ctx: ViewContext): Record<string, string> {
  const out: Record<string, string> = {
    validFrom: ctx.t(`${R}validFrom`),
    officeName: ctx.t(`${R}officeName`),
    officeAddress: ctx.t(`${R}officeAddress`),
    officeEmail: ctx.t(`${R}officeEmail`),
    officePhone: ctx.t(`${R}officePhone`),
  };
  for (const n of SIZES) out[`rent${n}`] = ctx.t(`${R}rentFor`, { persons: n });
  return out;
}

/** The municipality's rent limits (KdU): a form for a new version and the history of all versions. */
export function RentLimitsPage({
  ctx,
  municipality,
  rows,
  state,
  today,
}: {
  ctx: ViewContext;
  municipality: PageTenant;
  rows: RentLimitRow[];
  state: FormState;
  today: string;
}) {
  const labels = rentLabels(ctx);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const figures = (id: string): [string, string][] => {
    const r = byId.get(id);
    const v = rentFormValues(r);
    return [
      ...SIZES.map((n): [string, string] => [labels[`rent${n}`] ?? '', figure(ctx, 'money', v[`rent${n}`])]),
      ...(r?.example ? [[ctx.t(`${R}example`), ctx.t(`${R}yes`)] as [string, string]] : []),
      [labels.officeName ?? '', r?.officeName ?? ''],
    ];
  };
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality }}
      current="housing.rentLimits"
      title={ctx.t(`${R}rentTitle`)}
      state={state}
      labels={labels}
      action={rentLimitsHref(ctx.locale, municipality.slug)}
      after={<History ctx={ctx} rows={rows} today={today} figures={figures} />}
    >
      <p class="kern-body">{ctx.t(`${R}rentIntro`)}</p>
      <h2 class="kern-heading-medium">{ctx.t(`${R}newVersion`)}</h2>
      <p class="kern-body">{ctx.t(`${R}newVersionHint`)}</p>
      <TextField
        ctx={ctx}
        state={state}
        name="validFrom"
        label={labels.validFrom ?? ''}
        hint={ctx.t(`${R}validFromHint`)}
        type="date"
        required
      />
      {SIZES.map((n) => (
        <TextField
          ctx={ctx}
          state={state}
          name={`rent${n}`}
          label={labels[`rent${n}`] ?? ''}
          type="number"
          inputmode="decimal"
          required
        />
      ))}
      <CheckField ctx={ctx} state={state} name="example" label={ctx.t(`${R}example`)} />
      <TextField ctx={ctx} state={state} name="officeName" label={labels.officeName ?? ''} required />
      <TextField ctx={ctx} state={state} name="officeAddress" label={labels.officeAddress ?? ''} />
      <TextField ctx={ctx} state={state} name="officeEmail" label={labels.officeEmail ?? ''} type="email" />
      <TextField ctx={ctx} state={state} name="officePhone" label={labels.officePhone ?? ''} type="tel" />
    </StaffFormPage>
  );
}
