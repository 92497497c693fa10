import type { PageTenant } from '../../../platform/db/tenant.ts';
import { dateTimeFormat } from '../../../platform/i18n/format.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import {
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  SubmitButton,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { AppointmentView } from '../appointments.read.ts';
import { beforeCutoff } from '../appointments.service.ts';
import type { ServiceSlot } from '../slots.read.ts';
import { Facts } from './appointments-page.tsx';

const k = (key: string) => `counselling.appointments.${key}`;

/** The value of a slot in the form: `<counsellor>.<ISO start>`, as on the booking page. */
export const slotValue = (x: ServiceSlot) => `${x.counsellorId}.${x.startsAt.toISOString()}`;

export interface RebookPageProps {
  ctx: ViewContext;
  tenant: PageTenant;
  view: AppointmentView;
  slots: ServiceSlot[];
  state: FormState;
  now: Date;
  /** Where the form posts. */
  action: string;
  /** By link: the way back to the appointment's page. */
  back: string | null;
  /** By code: carried in the form, since no URL holds it. */
  code: string | null;
}

/**
 * The person chooses another time for their appointment: the service's free slots (same topic, language and
 * interpreter need), one select; before the cut-off only, otherwise the reason and the service's phone.
 */
export function RebookPage(p: RebookPageProps) {
  const { ctx, view } = p;
  const title = ctx.t(k('rebook.title'));
  const zone = view.f?.time_zone ?? 'Europe/Berlin';
  const cutoff = view.f?.cancel_cutoff_hours ?? 0;
  const open = view.a.status === 'booked' && beforeCutoff(new Date(view.a.starts_at), cutoff, p.now);
  const time = dateTimeFormat(ctx.locale, { timeStyle: 'short', timeZone: zone });
  const options = p.slots.map((x) => [slotValue(x), `${ctx.date(x.startsAt)} ${time.format(x.startsAt)}`]) as [
    string,
    string,
  ][];
  const labels = { slot: ctx.t(k('rebook.slot')) };
  return (
    <Layout ctx={ctx} title={title}>
      {p.back && <BackLink href={p.back}>{ctx.t(k('rebook.back'))}</BackLink>}
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary ctx={ctx} state={p.state} labels={labels} />
      <Facts ctx={ctx} view={view} />
      {!open && <p class="kern-body">{ctx.t(k('error.cutoff'), { hours: cutoff })}</p>}
      {open && p.slots.length === 0 && <p class="kern-body">{ctx.t(k('rebook.none'))}</p>}
      {open && p.slots.length > 0 && (
        <Form ctx={ctx} action={p.action}>
          <p class="kern-body">{ctx.t(k('rebook.intro'))}</p>
          {p.code && <input type="hidden" name="code" value={p.code} />}
          <SelectField ctx={ctx} state={p.state} name="slot" label={labels.slot} required options={options} />
          <SubmitButton>{ctx.t(k('rebook.submit'))}</SubmitButton>
        </Form>
      )}
    </Layout>
  );
}
