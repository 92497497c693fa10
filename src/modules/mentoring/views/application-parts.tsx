import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';

/** A group of checkboxes (topics, availability): the values kept on a refused form, its error under the legend. */
export function CheckGroup({
  ctx,
  state,
  name,
  legend,
  options,
}: {
  ctx: ViewContext;
  state: FormState;
  name: string;
  legend: string;
  options: readonly [string, string][];
}) {
  const raw = state.values[name];
  const chosen = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
  const err = state.errors[name];
  return (
    <fieldset class="kern-fieldset" id={name} aria-describedby={err ? `${name}-error` : undefined}>
      <legend class="kern-label">{legend}</legend>
      {err && (
        <p class="kern-error" id={`${name}-error`}>
          {ctx.t(err.key, err.values)}
        </p>
      )}
      {options.map(([v, label]) => (
        <div class="kern-form-check">
          <input
            class="kern-form-check__checkbox"
            type="checkbox"
            id={`${name}-${v}`}
            name={name}
            value={v}
            checked={chosen.has(v)}
          />
          <label class="kern-label" for={`${name}-${v}`}>
            {label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** One checkbox that says yes (consent, privacy). */
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
  const v = state.values[name];
  return (
    <div class="kern-form-check">
      <input
        class="kern-form-check__checkbox"
        type="checkbox"
        id={name}
        name={name}
        value="yes"
        checked={v === 'yes'}
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
