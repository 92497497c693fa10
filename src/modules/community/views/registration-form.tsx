import {
  Form,
  ErrorSummary,
  type FormState,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { type OccurrenceForRegistration, placesLeft } from '../registrations.read.ts';
import { YesBox } from './form-controls.tsx';
import { Notice, OccurrenceFacts, openness, titleOf } from './registration-parts.tsx';

export interface RegisterPageProps {
  ctx: ViewContext;
  tenant: PageTenant;
  o: OccurrenceForRegistration;
  state: FormState;
  now: Date;
  retentionDays: number;
}

const k = (key: string) => `community.registrations.${key}`;

/** The field labels of the form, also for the error summary's links. */
export function registrationLabels(ctx: ViewContext): Record<string, string> {
  return {
    name: ctx.t(k('field.name')),
    email: ctx.t(k('field.email')),
    phone: ctx.t(k('field.phone')),
    partySize: ctx.t(k('field.partySize')),
    consent: ctx.t(k('field.consentLabel')),
    waitlist: ctx.t(k('field.waitlistLabel')),
  };
}

/**
 * The registration form of one date: when and where, how full, then name, a way to reach the person, places and
 * consent. When the date is full the person reads so first, and joins the waitlist only by ticking that they want
 * to; a past or cancelled date shows why there is no form.
 */
export function RegisterPage({ ctx, tenant, o, state, now, retentionDays }: RegisterPageProps) {
  const base = `/${ctx.locale}/m/${tenant.slug}`;
  const open = openness(o, now);
  const left = placesLeft(o);
  const full = open === 'open' && left !== null && (left === 0 || o.waiting > 0);
  const title = ctx.t(k('title'), { title: titleOf(o) });
  const labels = registrationLabels(ctx);
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={`${base}/events/${o.eventId}`}>{ctx.t(k('backToEvent'))}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      <OccurrenceFacts ctx={ctx} o={o} />
      {open !== 'open' && <Notice kind="warning" title={ctx.t(k(`closed.${open}`))} />}
      {full && (
        <Notice kind="warning" title={ctx.t(k('fullTitle'))}>
          <p class="kern-body">{ctx.t(k('fullText'), { waiting: o.waiting })}</p>
        </Notice>
      )}
      {/* Shown whatever the date's state: a refusal of a date that closed meanwhile says why, too. */}
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      {open === 'open' && (
        <>
          <p class="kern-body">{ctx.t(k('intro'))}</p>
          <Form ctx={ctx} action={`${base}/events/${o.eventId}/occurrences/${o.id}/register`}>
            <TextField
              ctx={ctx}
              state={state}
              name="name"
              label={labels.name!}
              hint={ctx.t(k('field.nameHint'))}
              autocomplete="nickname"
              required
            />
            <TextField
              ctx={ctx}
              state={state}
              name="email"
              type="email"
              label={labels.email!}
              hint={ctx.t(k('field.emailHint'))}
              autocomplete="email"
            />
            <TextField
              ctx={ctx}
              state={state}
              name="phone"
              type="tel"
              label={labels.phone!}
              hint={ctx.t(k('field.phoneHint'))}
              autocomplete="tel"
              inputmode="tel"
            />
            <TextField
              ctx={ctx}
              state={state}
              name="partySize"
              type="number"
              inputmode="numeric"
              label={labels.partySize!}
              hint={ctx.t(k('field.partySizeHint'))}
              required
            />
            <YesBox ctx={ctx} state={state} name="consent" label={ctx.t(k('field.consent'), { days: retentionDays })} />
            {(full || state.errors.waitlist) && (
              <YesBox ctx={ctx} state={state} name="waitlist" label={labels.waitlist!} />
            )}
            <SubmitButton>{ctx.t(full ? k('submitWaitlist') : k('submit'))}</SubmitButton>
          </Form>
        </>
      )}
      <p class="kern-body">
        <a class="kern-link" href={`${base}/registrations`}>
          {ctx.t(k('findByCode'))}
        </a>
      </p>
    </Layout>
  );
}
