import type { PageTenant } from '../../../platform/db/tenant.ts';
import { type FormState, TextArea, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage } from '../../../platform/views/staff/staff-page.tsx';
import { CheckGroup, YesBox } from './application-parts.tsx';

const k = (key: string) => `mentoring.programmes.form.${key}`;

/** A programme's form: its German text, organiser, what the matching asks, its staff list. */
export function ProgrammeFormPage({
  ctx,
  tenant,
  state,
  people,
  edit,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  people: { id: string; displayName: string }[];
  /** The slug of the programme edited; null for a new one. */
  edit: string | null;
}) {
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/mentoring`;
  const labels = {
    slug: ctx.t(k('slug')),
    title: ctx.t(k('title')),
    aim: ctx.t(k('aim')),
    organiser: ctx.t(k('organiser')),
    asksPolitical: ctx.t(k('asksPolitical')),
    womenTargetPercent: ctx.t(k('womenTargetPercent')),
    contactEmail: ctx.t(k('contactEmail')),
    active: ctx.t(k('active')),
    staff: ctx.t(k('staff')),
  };
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="mentoring.programmes.staff"
      title={ctx.t(edit ? k('editTitle') : k('newTitle'))}
      state={state}
      labels={labels}
      action={edit ? `${base}/${edit}/edit` : `${base}/new`}
    >
      <TextField ctx={ctx} state={state} name="title" label={labels.title} hint={ctx.t(k('titleHint'))} required />
      <TextField ctx={ctx} state={state} name="slug" label={labels.slug} hint={ctx.t(k('slugHint'))} required />
      <TextArea ctx={ctx} state={state} name="aim" label={labels.aim} required />
      <TextField ctx={ctx} state={state} name="organiser" label={labels.organiser} required />
      <TextField ctx={ctx} state={state} name="contactEmail" type="email" label={labels.contactEmail} />
      <YesBox ctx={ctx} state={state} name="asksPolitical" label={ctx.t(k('asksPoliticalText'))} />
      <TextField
        ctx={ctx}
        state={state}
        name="womenTargetPercent"
        type="number"
        inputmode="numeric"
        label={labels.womenTargetPercent}
        hint={ctx.t(k('womenTargetHint'))}
      />
      <YesBox ctx={ctx} state={state} name="active" label={labels.active} />
      <CheckGroup
        ctx={ctx}
        state={state}
        name="staff"
        legend={labels.staff}
        options={people.map((p) => [p.id, p.displayName] as [string, string])}
      />
    </StaffFormPage>
  );
}
