import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { type FormState, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage, StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { OccurrenceForRegistration } from '../registrations.read.ts';
import { titleOf } from './registration-parts.tsx';
import { listBase } from './registrations-list.tsx';

const k = (key: string) => `community.registrations.attendance.${key}`;
const GENDER = ['women', 'men', 'diverse'] as const;
const AGES = ['ageUnder18', 'age18to26', 'age27to64', 'age65plus'] as const;

/** The attendance form's labels (also the error summary's links). */
export function attendanceLabels(ctx: ViewContext): Record<string, string> {
  const out: Record<string, string> = { total: ctx.t(k('total')) };
  for (const f of [...GENDER, ...AGES]) out[f] = ctx.t(k(f));
  return out;
}

/**
 * How many came to a date, as numbers only: the total, and if counted, by gender and age band. Open once the date
 * has begun; before that the page says when it can be filled in.
 */
export function AttendancePage({
  ctx,
  tenant,
  o,
  state,
  now,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  o: OccurrenceForRegistration;
  state: FormState;
  now: Date;
}) {
  const base = listBase(ctx, tenant, o);
  const title = ctx.t(k('title'), { title: titleOf(o), date: ctx.date(o.startsAt, true) });
  const back = <BackLink href={base}>{ctx.t(k('back'))}</BackLink>;
  if (o.startsAt > now) {
    return (
      <StaffPage ctx={ctx} area={{ municipality: tenant }} current="community.events" title={title}>
        {back}
        <p class="kern-body">{ctx.t(k('error.early'))}</p>
      </StaffPage>
    );
  }
  const labels = attendanceLabels(ctx);
  const field = (name: string, hint?: string) => (
    <TextField
      ctx={ctx}
      state={state}
      name={name}
      type="number"
      inputmode="numeric"
      label={labels[name]!}
      hint={hint}
      required={name === 'total'}
    />
  );
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="community.events"
      title={title}
      state={state}
      labels={labels}
      action={`${base}/attendance`}
    >
      {back}
      <p class="kern-body">{ctx.t(k('intro'))}</p>
      {field('total')}
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{ctx.t(k('byGender'))}</legend>
        {GENDER.map((g) => field(g))}
      </fieldset>
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{ctx.t(k('byAge'))}</legend>
        {AGES.map((a) => field(a))}
      </fieldset>
    </StaffFormPage>
  );
}

/** The form's values from recorded counts (blank where a breakdown was not counted). */
export function attendanceValues(
  a: {
    total: number;
    women: number | null;
    men: number | null;
    diverse: number | null;
    age_under_18: number | null;
    age_18_to_26: number | null;
    age_27_to_64: number | null;
    age_65_plus: number | null;
  } | null,
): Record<string, string> {
  if (!a) return {};
  const s = (n: number | null) => (n === null ? '' : String(n));
  return {
    total: String(a.total),
    women: s(a.women),
    men: s(a.men),
    diverse: s(a.diverse),
    ageUnder18: s(a.age_under_18),
    age18to26: s(a.age_18_to_26),
    age27to64: s(a.age_27_to_64),
    age65plus: s(a.age_65_plus),
  };
}
