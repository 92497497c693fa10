import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { type FormState, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage } from '../../../platform/views/staff/staff-page.tsx';
import { AGE_BANDS, CHANNELS, GENDERS, LANGUAGES, TOPICS } from '../counselling.tables.ts';
import type { AppointmentForUpdate } from '../day.repository.ts';
import type { ServiceSlot } from '../slots.read.ts';
import { dayBase, timeOf } from './day-list.tsx';

const k = (key: string) => `counselling.day.${key}`;
const FIELDS = ['topic', 'channel', 'language', 'durationMinutes', 'gender', 'ageBand'] as const;

/** The contact form's labels (also the error summary's links). */
export function contactLabels(ctx: ViewContext): Record<string, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, ctx.t(k(`contact.${f}`))]));
}

/** The counted fields: topic, channel, language, duration, and optionally gender and age band — never a note. */
function ContactFields({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const labels = contactLabels(ctx);
  const options = (keys: readonly string[], prefix: string): [string, string][] =>
    keys.map((v) => [v, ctx.t(`${prefix}.${v}`)]);
  return (
    <>
      <SelectField
        ctx={ctx}
        state={state}
        name="topic"
        label={labels.topic!}
        required
        options={options(TOPICS, 'counselling.topic')}
      />
      <SelectField
        ctx={ctx}
        state={state}
        name="channel"
        label={labels.channel!}
        required
        options={options(CHANNELS, 'counselling.channel')}
      />
      <SelectField
        ctx={ctx}
        state={state}
        name="language"
        label={labels.language!}
        required
        options={options(LANGUAGES, 'counselling.language')}
      />
      <TextField
        ctx={ctx}
        state={state}
        name="durationMinutes"
        type="number"
        inputmode="numeric"
        label={labels.durationMinutes!}
        required
      />
      <SelectField
        ctx={ctx}
        state={state}
        name="gender"
        label={labels.gender!}
        hint={ctx.t(k('contact.optional'))}
        options={options(GENDERS, 'counselling.gender')}
      />
      <SelectField
        ctx={ctx}
        state={state}
        name="ageBand"
        label={labels.ageBand!}
        hint={ctx.t(k('contact.optional'))}
        options={options(AGE_BANDS, 'counselling.ageBand')}
      />
    </>
  );
}

/** Marking an appointment done: the contact's counts, preset from the booking and the slot. */
export function DonePage({
  ctx,
  tenant,
  a,
  state,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  a: AppointmentForUpdate;
  state: FormState;
}) {
  const base = dayBase(ctx, tenant);
  const title = ctx.t(k('done.title'), {
    time: timeOf(ctx, new Date(a.starts_at)),
    date: ctx.date(new Date(a.starts_at)),
  });
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="counselling.day"
      title={title}
      state={state}
      labels={contactLabels(ctx)}
      action={`${base}/${a.id}/done`}
    >
      <BackLink href={base}>{ctx.t(k('back'))}</BackLink>
      <p class="kern-body">{ctx.t(k('done.intro'))}</p>
      <ContactFields ctx={ctx} state={state} />
    </StaffFormPage>
  );
}

/** Correcting a contact (a walk-in counted with one tap). */
export function ContactPage({
  ctx,
  tenant,
  contact,
  state,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  contact: { id: string; day: string };
  state: FormState;
}) {
  const base = dayBase(ctx, tenant);
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="counselling.day"
      title={ctx.t(k('contact.title'), { date: ctx.date(contact.day) })}
      state={state}
      labels={contactLabels(ctx)}
      action={`${base}/contacts/${contact.id}`}
    >
      <BackLink href={`${base}?date=${contact.day}`}>{ctx.t(k('back'))}</BackLink>
      <p class="kern-body">{ctx.t(k('contact.intro'))}</p>
      <ContactFields ctx={ctx} state={state} />
    </StaffFormPage>
  );
}

/** Rebooking for the person: one of the service's next free slots (the first 60). */
export function RebookPage({
  ctx,
  tenant,
  a,
  slots,
  state,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  a: AppointmentForUpdate;
  slots: ServiceSlot[];
  state: FormState;
}) {
  const base = dayBase(ctx, tenant);
  const options: [string, string][] = slots
    .slice(0, 60)
    .map((s) => [
      `${s.counsellorId}|${s.startsAt.toISOString()}`,
      `${ctx.date(s.startsAt)} ${timeOf(ctx, s.startsAt)}`,
    ]);
  const title = ctx.t(k('rebook.title'), {
    time: timeOf(ctx, new Date(a.starts_at)),
    date: ctx.date(new Date(a.starts_at)),
  });
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="counselling.day"
      title={title}
      state={state}
      labels={{ slot: ctx.t(k('rebook.slot')) }}
      action={`${base}/${a.id}/rebook`}
    >
      <BackLink href={base}>{ctx.t(k('back'))}</BackLink>
      <p class="kern-body">{ctx.t(k('rebook.intro'))}</p>
      {options.length === 0 ? (
        <p class="kern-body">{ctx.t(k('rebook.none'))}</p>
      ) : (
        <SelectField ctx={ctx} state={state} name="slot" label={ctx.t(k('rebook.slot'))} required options={options} />
      )}
    </StaffFormPage>
  );
}
