import type { PageTenant } from '../../../platform/db/tenant.ts';
import { type FormState, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage } from '../../../platform/views/staff/staff-page.tsx';
import { ACTIVITY_KINDS } from '../mentoring.tables.ts';
import { EDITABLE_CYCLE_STATUSES } from '../programmes.schema.ts';
import { CheckGroup } from './application-parts.tsx';

const k = (key: string) => `mentoring.programmes.cycleForm.${key}`;

/** A cycle's form: name, application period, start and end, places, what counts and how much. */
export function CycleFormPage({
  ctx,
  tenant,
  programme,
  state,
  edit,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  programme: { slug: string; title: string };
  state: FormState;
  /** The id of the cycle edited; null for a new one. */
  edit: string | null;
}) {
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/mentoring/${programme.slug}/cycles`;
  const labels = {
    name: ctx.t(k('name')),
    applicationsOpen: ctx.t(k('applicationsOpen')),
    applicationsClose: ctx.t(k('applicationsClose')),
    startsOn: ctx.t(k('startsOn')),
    endsOn: ctx.t(k('endsOn')),
    places: ctx.t(k('places')),
    activityKinds: ctx.t(k('activityKinds')),
    activitiesRequired: ctx.t(k('activitiesRequired')),
    status: ctx.t(k('status')),
  };
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="mentoring.programmes.staff"
      title={ctx.t(edit ? k('editTitle') : k('newTitle'), { programme: programme.title })}
      state={state}
      labels={labels}
      action={edit ? `${base}/${edit}/edit` : `${base}/new`}
    >
      <TextField ctx={ctx} state={state} name="name" label={labels.name} hint={ctx.t(k('nameHint'))} required />
      <TextField ctx={ctx} state={state} name="applicationsOpen" type="date" label={labels.applicationsOpen} required />
      <TextField
        ctx={ctx}
        state={state}
        name="applicationsClose"
        type="date"
        label={labels.applicationsClose}
        required
      />
      <TextField ctx={ctx} state={state} name="startsOn" type="date" label={labels.startsOn} required />
      <TextField ctx={ctx} state={state} name="endsOn" type="date" label={labels.endsOn} required />
      <TextField
        ctx={ctx}
        state={state}
        name="places"
        type="number"
        inputmode="numeric"
        label={labels.places}
        hint={ctx.t(k('placesHint'))}
        required
      />
      <CheckGroup
        ctx={ctx}
        state={state}
        name="activityKinds"
        legend={labels.activityKinds}
        options={ACTIVITY_KINDS.map((a) => [a, ctx.t(`mentoring.activity.${a}`)] as [string, string])}
      />
      <TextField
        ctx={ctx}
        state={state}
        name="activitiesRequired"
        type="number"
        inputmode="numeric"
        label={labels.activitiesRequired}
        required
      />
      <SelectField
        ctx={ctx}
        state={state}
        name="status"
        label={labels.status}
        hint={ctx.t(k('statusHint'))}
        required
        options={EDITABLE_CYCLE_STATUSES.map((s) => [s, ctx.t(`mentoring.programmes.cycleStatus.${s}`)])}
      />
    </StaffFormPage>
  );
}
