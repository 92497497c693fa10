import type { PageTenant } from '../../../platform/db/tenant.ts';
import { isolate } from '../../../platform/i18n/format.ts';
import {
  ErrorSummary,
  Form,
  type FormState,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { formatCode } from '../appointments.code.ts';
import type { AppointmentView } from '../appointments.read.ts';
import { beforeCutoff } from '../appointments.service.ts';

const k = (key: string) => `counselling.appointments.${key}`;

/** The appointment's facts (service, time, place, counsellor, topic, language, interpreter, status). */
export function Facts({ ctx, view }: { ctx: ViewContext; view: AppointmentView }) {
  const { a, f, interpreter } = view;
  const row = (key: string, value: string) => (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{ctx.t(k(`page.${key}`))}</dt>
      <dd class="kern-description-list-item__value">{value}</dd>
    </div>
  );
  return (
    <dl class="kern-description-list">
      {row('service', isolate(f?.title ?? ''))}
      {row('when', ctx.date(new Date(a.starts_at), true))}
      {row('channel', ctx.t(`counselling.channel.${a.channel}`))}
      {f?.place && a.channel === 'in_person' && row('where', f.place)}
      {f?.display_name && row('counsellor', isolate(f.display_name))}
      {row('topic', ctx.t(`counselling.topic.${a.topic}`))}
      {row('language', ctx.t(`counselling.language.${a.language}`))}
      {a.interpreter_language &&
        row(
          'interpreter',
          ctx.t(k(`page.interpreter.${interpreter?.status ?? 'open'}`), {
            language: ctx.t(`counselling.language.${a.interpreter_language}`),
          }),
        )}
      {row('status', ctx.t(`counselling.status.${a.status}`))}
    </dl>
  );
}

/** Right after booking: the appointment, the code to keep (large, printable) and the link. */
export function BookedPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  view: AppointmentView;
  code: string;
  link: string;
}) {
  const { ctx } = p;
  const title = ctx.t(k('booked.title'));
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <Facts ctx={ctx} view={p.view} />
      <section class="z-code" aria-labelledby="code-title">
        <h2 class="kern-heading-medium" id="code-title">
          {ctx.t(k('booked.codeTitle'))}
        </h2>
        <p class="kern-body kern-body--large">
          <strong dir="ltr">{formatCode(p.code)}</strong>
        </p>
        <p class="kern-body">{ctx.t(k('booked.codeText'))}</p>
        <p class="kern-body">
          <a class="kern-link" href={p.link} dir="ltr">
            {p.link}
          </a>
        </p>
      </section>
      <section class="z-no-print" aria-labelledby="print-title">
        <h2 class="kern-heading-small" id="print-title">
          {ctx.t(k('booked.printTitle'))}
        </h2>
        <p class="kern-body">{ctx.t(k('booked.print'))}</p>
      </section>
    </Layout>
  );
}

/** A booking as its holder sees it by link or code: the facts, the interpreter state, cancel until the cut-off. */
export function AppointmentPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  view: AppointmentView;
  now: Date;
  cancelAction: string;
  code: string | null;
  /** Where "choose another time" leads: a link (by token) or a form that carries the code (by code). */
  rebook: { href: string } | { action: string };
}) {
  const { ctx, view } = p;
  const title = ctx.t(k('page.title'));
  const cutoff = view.f?.cancel_cutoff_hours ?? 0;
  const open = view.a.status === 'booked' && beforeCutoff(new Date(view.a.starts_at), cutoff, p.now);
  const base = `/${ctx.locale}/m/${p.tenant.slug}`;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <Facts ctx={ctx} view={view} />
      {open && <RebookOffer ctx={ctx} rebook={p.rebook} code={p.code} />}
      {open ? (
        <Form ctx={ctx} action={p.cancelAction} label={ctx.t(k('page.cancel'))}>
          {p.code && <input type="hidden" name="code" value={p.code} />}
          <p class="kern-body">{ctx.t(k('page.cancelHint'), { hours: cutoff })}</p>
          <SubmitButton>{ctx.t(k('page.cancel'))}</SubmitButton>
        </Form>
      ) : (
        view.a.status === 'booked' && <p class="kern-body">{ctx.t(k('page.tooLate'), { hours: cutoff })}</p>
      )}
      {view.a.status !== 'booked' && (
        <p class="kern-body">
          <a class="kern-link" href={`${base}/counselling/${view.a.service_id}/book`}>
            {ctx.t(k('page.bookAgain'))}
          </a>
        </p>
      )}
    </Layout>
  );
}

/** "Choose another time": a link from the link's page; from the code's page a form, since no URL carries the code. */
function RebookOffer(p: { ctx: ViewContext; rebook: { href: string } | { action: string }; code: string | null }) {
  const label = p.ctx.t(k('page.rebook'));
  if ('href' in p.rebook)
    return (
      <p class="kern-body">
        <a class="kern-link" href={p.rebook.href}>
          {label}
        </a>
      </p>
    );
  return (
    <Form ctx={p.ctx} action={p.rebook.action} label={label}>
      <input type="hidden" name="code" value={p.code ?? ''} />
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{label}</span>
      </button>
    </Form>
  );
}

/** Finding a booking by its code. */
export function CodePage({ ctx, tenant, state }: { ctx: ViewContext; tenant: PageTenant; state: FormState }) {
  const title = ctx.t(k('code.title'));
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary ctx={ctx} state={state} labels={{ code: ctx.t(k('code.field')) }} />
      <p class="kern-body">{ctx.t(k('code.intro'))}</p>
      <Form ctx={ctx} action={`/${ctx.locale}/m/${tenant.slug}/appointments/code`}>
        <TextField
          ctx={ctx}
          state={state}
          name="code"
          label={ctx.t(k('code.field'))}
          hint={ctx.t(k('code.hint'))}
          autocomplete="off"
          required
        />
        <SubmitButton>{ctx.t(k('code.submit'))}</SubmitButton>
      </Form>
    </Layout>
  );
}
