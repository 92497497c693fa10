import { formatList } from '../../../platform/i18n/format.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { dateTimeFormat, isolate } from '../../../platform/i18n/format.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import {
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { BookableService } from '../appointments.read.ts';
import { LANGUAGES } from '../counselling.tables.ts';
import type { ServiceSlot } from '../slots.read.ts';

/** Where the GET steps have got to: choices, then a day, then a slot, then the details (posted). */
export type Step =
  | { kind: 'choices' }
  | { kind: 'day'; days: Map<string, ServiceSlot[]> }
  | { kind: 'slot'; day: string; free: ServiceSlot[]; chosen: string | null }
  /** `free`: the slot was taken meanwhile; the day's other free slots are offered in the same form. */
  | { kind: 'details'; day: string; slot: string; free?: ServiceSlot[] };

export interface BookPageProps {
  ctx: ViewContext;
  tenant: PageTenant;
  s: BookableService;
  step: Step;
  state: FormState;
  retentionDays: number;
}

const k = (key: string) => `counselling.appointments.${key}`;
const val = (state: FormState, name: string) => {
  const v = state.values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
const slotValue = (x: ServiceSlot) => `${x.counsellorId}.${x.startsAt.toISOString()}`;
const time = (ctx: ViewContext, d: Date, zone: string) =>
  dateTimeFormat(ctx.locale, { timeStyle: 'short', timeZone: zone }).format(d);

function labels(ctx: ViewContext): Record<string, string> {
  return {
    topic: ctx.t(k('field.topic')),
    language: ctx.t(k('field.language')),
    channel: ctx.t(k('field.channel')),
    slot: ctx.t(k('field.slot')),
    name: ctx.t(k('field.name')),
    email: ctx.t(k('field.email')),
    phone: ctx.t(k('field.phone')),
    interpreter: ctx.t(k('field.interpreter')),
    interpreterLanguage: ctx.t(k('field.interpreterLanguage')),
    consent: ctx.t(k('field.consentLabel')),
  };
}

/** The choices carried from step to step as hidden fields. */
function Carried({ state, names }: { state: FormState; names: string[] }) {
  return (
    <>
      {names.map((n) => (
        <input type="hidden" name={n} value={val(state, n)} />
      ))}
    </>
  );
}

function Choices({
  ctx,
  s,
  state,
  action,
}: {
  ctx: ViewContext;
  s: BookableService;
  state: FormState;
  action: string;
}) {
  const l = labels(ctx);
  const languages = LANGUAGES.map((c) => [c, ctx.t(`counselling.language.${c}`)] as [string, string]);
  return (
    <form method="get" action={action} novalidate>
      <SelectField
        ctx={ctx}
        state={state}
        name="topic"
        label={l.topic!}
        required
        options={s.topics.map((c) => [c, ctx.t(`counselling.topic.${c}`)])}
      />
      <SelectField
        ctx={ctx}
        state={state}
        name="language"
        label={l.language!}
        hint={ctx.t(k('field.languageHint'), {
          languages: formatList(
            ctx.locale,
            s.languages.map((c) => ctx.t(`counselling.language.${c}`)),
          ),
        })}
        required
        options={languages}
      />
      <SelectField
        ctx={ctx}
        state={state}
        name="channel"
        label={l.channel!}
        required
        options={s.channels.map((c) => [c, ctx.t(`counselling.channel.${c}`)])}
      />
      <SubmitButton>{ctx.t(k('next'))}</SubmitButton>
    </form>
  );
}

function Days({
  ctx,
  s,
  days,
  state,
  action,
}: {
  ctx: ViewContext;
  s: BookableService;
  days: Map<string, ServiceSlot[]>;
  state: FormState;
  action: string;
}) {
  if (days.size === 0) return <p class="kern-body">{ctx.t(k('noSlots'), { phone: s.phone ?? '' })}</p>;
  const q = (day: string) =>
    new URLSearchParams({
      topic: val(state, 'topic'),
      language: val(state, 'language'),
      channel: val(state, 'channel'),
      day,
    }).toString();
  return (
    <>
      <h2 class="kern-heading-medium">{ctx.t(k('chooseDay'))}</h2>
      <ul class="kern-list">
        {[...days].map(([day, slots]) => (
          <li>
            <a class="kern-link" href={`${action}?${q(day)}`}>
              {ctx.date(`${day}T12:00:00Z`)}
            </a>{' '}
            {ctx.t(k('freeCount'), { n: slots.length })}
          </li>
        ))}
      </ul>
    </>
  );
}

function SlotRadios({
  ctx,
  s,
  free,
  chosen,
  state,
}: {
  ctx: ViewContext;
  s: BookableService;
  free: ServiceSlot[];
  chosen: string | null;
  state: FormState;
}) {
  const err = state.errors.slot;
  return (
    <fieldset class="kern-fieldset" aria-describedby={err ? 'slot-error' : undefined}>
      <legend class="kern-label">{ctx.t(k('chooseSlot'))}</legend>
      {err && (
        <p class="kern-error" id="slot-error">
          {ctx.t(err.key, err.values)}
        </p>
      )}
      {free.length === 0 && <p class="kern-body">{ctx.t(k('noneThatDay'))}</p>}
      {free.map((x, i) => (
        <div class="kern-form-check">
          <input
            class="kern-form-check__radio"
            type="radio"
            id={`slot-${i}`}
            name="slot"
            value={slotValue(x)}
            checked={chosen === slotValue(x)}
          />
          <label class="kern-label" for={`slot-${i}`}>
            {ctx.date(x.startsAt)} {time(ctx, x.startsAt, s.time_zone)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function Slots({
  ctx,
  s,
  step,
  state,
  action,
}: {
  ctx: ViewContext;
  s: BookableService;
  step: Extract<Step, { kind: 'slot' }>;
  state: FormState;
  action: string;
}) {
  return (
    <form method="get" action={action} novalidate>
      <Carried state={state} names={['topic', 'language', 'channel']} />
      <SlotRadios ctx={ctx} s={s} free={step.free} chosen={step.chosen} state={state} />
      <SubmitButton>{ctx.t(k('next'))}</SubmitButton>
    </form>
  );
}

function Details({
  ctx,
  s,
  step,
  state,
  action,
  retentionDays,
}: {
  ctx: ViewContext;
  s: BookableService;
  step: Extract<Step, { kind: 'details' }>;
  state: FormState;
  action: string;
  retentionDays: number;
}) {
  const l = labels(ctx);
  const languages = LANGUAGES.map((c) => [c, ctx.t(`counselling.language.${c}`)] as [string, string]);
  return (
    <Form ctx={ctx} action={action}>
      <Carried state={state} names={['topic', 'language', 'channel']} />
      {step.free ? (
        <SlotRadios ctx={ctx} s={s} free={step.free} chosen={null} state={state} />
      ) : (
        <input type="hidden" name="slot" value={step.slot} />
      )}
      <TextField
        ctx={ctx}
        state={state}
        name="name"
        label={l.name!}
        hint={ctx.t(k('field.nameHint'))}
        autocomplete="nickname"
        required
      />
      <TextField
        ctx={ctx}
        state={state}
        name="email"
        type="email"
        label={l.email!}
        hint={ctx.t(k('field.emailHint'))}
        autocomplete="email"
      />
      <TextField
        ctx={ctx}
        state={state}
        name="phone"
        type="tel"
        label={l.phone!}
        hint={ctx.t(k('field.phoneHint'))}
        autocomplete="tel"
        inputmode="tel"
      />
      <YesBox ctx={ctx} state={state} name="interpreter" label={l.interpreter!} />
      <SelectField
        ctx={ctx}
        state={state}
        name="interpreterLanguage"
        label={l.interpreterLanguage!}
        options={languages}
      />
      <YesBox ctx={ctx} state={state} name="consent" label={ctx.t(k('field.consent'), { days: retentionDays })} />
      <SubmitButton>{ctx.t(k('submit'))}</SubmitButton>
    </Form>
  );
}

function YesBox({ ctx, state, name, label }: { ctx: ViewContext; state: FormState; name: string; label: string }) {
  const err = state.errors[name];
  return (
    <div class="kern-form-check">
      <input
        class="kern-form-check__checkbox"
        type="checkbox"
        id={name}
        name={name}
        value="yes"
        checked={val(state, name) === 'yes'}
        aria-describedby={err ? `${name}-error` : undefined}
        aria-invalid={err ? 'true' : undefined}
      />
      <label class="kern-label" for={name}>
        {label}
      </label>
      {err && (
        <p class="kern-error" id={`${name}-error`}>
          {ctx.t(err.key, err.values)}
        </p>
      )}
    </div>
  );
}

/** The booking page: one step at a time, each a plain GET form (no script), the last one posted. */
export function BookPage({ ctx, tenant, s, step, state, retentionDays }: BookPageProps) {
  const base = `/${ctx.locale}/m/${tenant.slug}`;
  const action = `${base}/counselling/${s.id}/book`;
  const title = ctx.t(k('title'), { title: isolate(s.title) });
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={`${base}/counselling/${s.id}`}>{ctx.t(k('backToService'))}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      {s.place && <p class="kern-body">{s.place}</p>}
      <ErrorSummary ctx={ctx} state={state} labels={labels(ctx)} />
      <p class="kern-body">{ctx.t(k(`step.${step.kind}`))}</p>
      {step.kind === 'choices' && <Choices ctx={ctx} s={s} state={state} action={action} />}
      {step.kind === 'day' && <Days ctx={ctx} s={s} days={step.days} state={state} action={action} />}
      {step.kind === 'slot' && <Slots ctx={ctx} s={s} step={step} state={state} action={action} />}
      {step.kind === 'details' && (
        <Details ctx={ctx} s={s} step={step} state={state} action={action} retentionDays={retentionDays} />
      )}
      <p class="kern-body">
        <a class="kern-link" href={`${base}/appointments/code`}>
          {ctx.t(k('findByCode'))}
        </a>
      </p>
    </Layout>
  );
}
