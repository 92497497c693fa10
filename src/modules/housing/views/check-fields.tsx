import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';

function current(state: FormState, name: string): string {
  const v = state.values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

function FieldError({ ctx, state, name }: { ctx: ViewContext; state: FormState; name: string }) {
  const err = state.errors[name];
  if (!err) return null;
  return (
    <p class="kern-error" id={`f-${name}-error`}>
      <span class="z-visually-hidden">{ctx.t('form.errorPrefix')} </span>
      {ctx.t(err.key, err.values)}
    </p>
  );
}

/** A yes-checkbox (value `yes`), keeping its state; its error (if any) above it. */
export function CheckField({
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
    <div class={`kern-form-check${err ? ' kern-form-check--error' : ''}`}>
      <FieldError ctx={ctx} state={state} name={name} />
      <input
        class={`kern-form-check__checkbox${err ? ' kern-form-check__checkbox--error' : ''}`}
        type="checkbox"
        id={`f-${name}`}
        name={name}
        value="yes"
        checked={current(state, name) === 'yes'}
        aria-invalid={err ? 'true' : undefined}
        aria-describedby={err ? `f-${name}-error` : undefined}
      />
      <label class="kern-label" for={`f-${name}`}>
        {label}
      </label>
    </div>
  );
}

/** A fieldset of radio buttons; options are [value, label] pairs already translated. */
export function RadioGroup({
  ctx,
  state,
  name,
  legend,
  hint,
  options,
}: {
  ctx: ViewContext;
  state: FormState;
  name: string;
  legend: string;
  hint?: string;
  options: [string, string][];
}) {
  const err = state.errors[name];
  const chosen = current(state, name);
  const described = [hint ? `f-${name}-hint` : '', err ? `f-${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset class={`kern-fieldset${err ? ' kern-fieldset--error' : ''}`} aria-describedby={described || undefined}>
      <legend class="kern-label">{legend}</legend>
      {hint && (
        <div class="kern-hint" id={`f-${name}-hint`}>
          {hint}
        </div>
      )}
      <FieldError ctx={ctx} state={state} name={name} />
      <div class="kern-fieldset__body">
        {options.map(([value, label], i) => (
          <div class="kern-form-check">
            <input
              class="kern-form-check__radio"
              type="radio"
              id={i === 0 ? `f-${name}` : `f-${name}-${value}`}
              name={name}
              value={value}
              checked={chosen === value}
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

/** The check pages' heading: a link back to the municipality, then the title. */
export function CheckHeading({
  ctx,
  municipality,
  title,
}: {
  ctx: ViewContext;
  municipality: PageTenant;
  title: string;
}) {
  return (
    <>
      <p class="kern-body">
        <a class="kern-link" href={`/${ctx.locale}/m/${municipality.slug}`}>
          <bdi lang="de">{municipality.name}</bdi>
        </a>
      </p>
      <h1 class="kern-heading-large">{title}</h1>
    </>
  );
}
