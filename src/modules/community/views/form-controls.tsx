import { type FormState, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';

const ticked = (state: FormState, name: string, value: string) => {
  const v = state.values[name];
  return Array.isArray(v) ? v.includes(value) : v === value;
};

/**
 * A labelled checkbox: the form keeps "on" while it is ticked, or `value` where one is given. `errorId` names the
 * error message shown beside it, when there is one.
 */
export function Checkbox(p: { state: FormState; name: string; label: string; value?: string; errorId?: string }) {
  const { state, name } = p;
  return (
    <div class="kern-form-check">
      <input
        class="kern-form-check__checkbox"
        type="checkbox"
        id={`f-${name}`}
        name={name}
        value={p.value}
        checked={ticked(state, name, p.value ?? 'on')}
        aria-invalid={state.errors[name] ? 'true' : undefined}
        aria-describedby={p.errorId}
      />
      <label class="kern-label" for={`f-${name}`}>
        {p.label}
      </label>
    </div>
  );
}

/** Several checkboxes of one name in a fieldset (languages, weekdays); the first box carries the error's anchor. */
export function CheckboxGroup(p: {
  ctx: ViewContext;
  state: FormState;
  name: string;
  legend: string;
  hint?: string;
  options: [string, string][];
}) {
  const { ctx, state, name } = p;
  const err = state.errors[name];
  const describedBy = [p.hint ? `f-${name}-hint` : '', err ? `f-${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset class={`kern-fieldset${err ? ' kern-fieldset--error' : ''}`} aria-describedby={describedBy || undefined}>
      <legend class="kern-label">{p.legend}</legend>
      {p.hint && (
        <div class="kern-hint" id={`f-${name}-hint`}>
          {p.hint}
        </div>
      )}
      <FieldError ctx={ctx} state={state} name={name} />
      <div class="kern-fieldset__body kern-fieldset__body--horizontal">
        {p.options.map(([value, label], i) => (
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              type="checkbox"
              id={i === 0 ? `f-${name}` : `f-${name}-${value}`}
              name={name}
              value={value}
              checked={ticked(state, name, value)}
            />
            <label class="kern-label" for={i === 0 ? `f-${name}` : `f-${name}-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * A day and the times from and to on it, each required: a booking's, a series' first date's and one date's fields.
 * `names` are the form's field names for the three, `labels` their labels (as the error summary names them).
 */
export function DayTimeFields(p: {
  ctx: ViewContext;
  state: FormState;
  names: readonly [day: string, from: string, to: string];
  labels: Record<string, string>;
  timeHint: string;
  inputmode?: 'numeric';
}) {
  const { ctx, state, labels } = p;
  const [day, from, to] = p.names;
  return (
    <>
      <TextField ctx={ctx} state={state} name={day} label={labels[day]!} type="date" required />
      {[from, to].map((name) => (
        <TextField
          ctx={ctx}
          state={state}
          name={name}
          label={labels[name]!}
          hint={p.timeHint}
          inputmode={p.inputmode}
          required
        />
      ))}
    </>
  );
}

/** A field's error message, said first by screen readers as an error; nothing when the field is fine. */
export function FieldError({ ctx, state, name }: { ctx: ViewContext; state: FormState; name: string }) {
  const err = state.errors[name];
  return err ? (
    <p class="kern-error" id={`f-${name}-error`}>
      <span class="z-visually-hidden">{ctx.t('form.errorPrefix')} </span>
      {ctx.t(err.key, err.values)}
    </p>
  ) : null;
}

/** One checkbox with its label (KERN), ticked when the form holds `yes` (a consent), with the field's error above it. */
export function YesBox({
  ctx,
  state,
  name,
  label,
}: {
  ctx: ViewContext;
  state: FormState;
  name: string;
  label: string;
}) {
  const err = state.errors[name];
  return (
    <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
      <FieldError ctx={ctx} state={state} name={name} />
      <Checkbox state={state} name={name} label={label} value="yes" errorId={err ? `f-${name}-error` : undefined} />
    </div>
  );
}
