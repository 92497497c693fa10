import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { Form, type FormState, SubmitButton, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { formatCode } from '../registrations.code.ts';
import type { OccurrenceForRegistration } from '../registrations.read.ts';
import type { RegistrationRow } from '../registrations.repository.ts';
import { Notice, OccurrenceFacts, titleOf } from './registration-parts.tsx';

const k = (key: string) => `community.registrations.${key}`;

export interface HolderPageProps {
  ctx: ViewContext;
  tenant: PageTenant;
  o: OccurrenceForRegistration;
  r: RegistrationRow;
  code: string;
  /** Place in the queue as it is now (null unless waiting). */
  position: number | null;
  now: Date;
  /** The absolute link to this page, to note down or print. */
  link: string;
}

/**
 * A registration as its holder sees it through the link or the code: the state (a place, the place in the queue,
 * cancelled), the date, the code to keep (printable: a phone-only person has no mail), and the cancel button.
 */
export function HolderPage({ ctx, tenant, o, r, code, position, now, link }: HolderPageProps) {
  const base = `/${ctx.locale}/m/${tenant.slug}`;
  const title = ctx.t(k('holder.title'));
  const started = o.startsAt <= now;
  const status =
    r.status === 'confirmed'
      ? ctx.t(k('holder.confirmed'), { party: r.party_size })
      : r.status === 'waitlisted'
        ? ctx.t(k('holder.waitlisted'), { position: position ?? 0 })
        : ctx.t(k('holder.cancelled'));
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={`${base}/events/${o.eventId}`}>{ctx.t(k('backToEvent'))}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body kern-body--large" lang={o.titleLocale}>
        {titleOf(o)}
      </p>
      {o.status === 'cancelled' && <Notice kind="danger" title={ctx.t(k('holder.dateCancelled'))} />}
      <Notice
        kind={r.status === 'cancelled' ? 'info' : r.status === 'confirmed' ? 'success' : 'warning'}
        title={status}
      />
      <OccurrenceFacts ctx={ctx} o={o} />
      <section class="z-code" aria-labelledby="code-title">
        <h2 class="kern-heading-medium" id="code-title">
          {ctx.t(k('holder.codeTitle'))}
        </h2>
        <p class="kern-body kern-body--large">
          <strong dir="ltr">{formatCode(code)}</strong>
        </p>
        <p class="kern-body">{ctx.t(k('holder.codeText'))}</p>
        <p class="kern-body">
          <a class="kern-link" href={link} dir="ltr">
            {link}
          </a>
        </p>
      </section>
      {r.status !== 'cancelled' && !started && (
        <Form ctx={ctx} action={`${base}/registrations/${code}/cancel`} label={ctx.t(k('holder.cancel'))}>
          <p class="kern-body">{ctx.t(k('holder.cancelText'))}</p>
          <SubmitButton>{ctx.t(k('holder.cancel'))}</SubmitButton>
        </Form>
      )}
    </Layout>
  );
}

/** Finding one's registration by its code (`/registrations?code=`), and the answer to an unknown code or link. */
export function CodePage({
  ctx,
  tenant,
  state,
  unknown,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  unknown: boolean;
}) {
  const title = ctx.t(k('code.title'));
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      {unknown && <Notice kind="warning" title={ctx.t(k('code.unknown'))} />}
      <p class="kern-body">{ctx.t(k('code.intro'))}</p>
      <form method="get" action={`/${ctx.locale}/m/${tenant.slug}/registrations`}>
        <TextField
          ctx={ctx}
          state={state}
          name="code"
          label={ctx.t(k('code.label'))}
          hint={ctx.t(k('code.hint'))}
          autocomplete="off"
          required
        />
        <SubmitButton>{ctx.t(k('code.submit'))}</SubmitButton>
      </form>
    </Layout>
  );
}
