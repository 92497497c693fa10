import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../http/app-error.ts';
import type { FormValues } from '../../http/forms.ts';
import { direction } from '../../i18n/locales.ts';
import type { ViewContext } from '../context.ts';

/** The state of a form being (re)shown: what the user typed and what was wrong with it. */
export interface FormState {
  values: FormValues;
  errors: Record<string, FieldError>;
}

export const emptyForm = (values: FormValues = {}): FormState => ({ values, errors: {} });

function value(state: FormState, name: string): string {
  const v = state.values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

/** A POST form with its CSRF token; `novalidate` so that our own accessible messages are shown. */
export function Form({
  ctx,
  action,
  children,
  label,
}: {
  ctx: ViewContext;
  action: string;
  children: ComponentChildren;
  label?: string;
}) {
  return (
    <form method="post" action={action} novalidate aria-label={label}>
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      {children}
    </form>
  );
}

/**
 * GOV.UK-style error summary at the top of a form: a titled, focusable list that links to each field.
 * Shown only when there are errors.
 */
export function ErrorSummary({
  ctx,
  state,
  labels,
}: {
  ctx: ViewContext;
  state: FormState;
  labels: Record<string, string>;
}) {
  const entries = Object.entries(state.errors);
  if (entries.length === 0) return null;
  return (
    <div
      class="kern-alert kern-alert--danger z-error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabindex={-1}
    >
      <div class="kern-alert__header">
        <h2 class="kern-title" id="error-summary-title">
          {ctx.t('error.summaryTitle')}
        </h2>
      </div>
      <div class="kern-alert__body">
        <ul class="kern-list">
          {entries.map(([field, err]) => (
            <li>
              <a class="kern-link" href={`#f-${field}`}>
                {labels[field] ? `${labels[field]}: ` : ''}
                {ctx.t(err.key, err.values)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

interface FieldProps {
  ctx: ViewContext;
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'tel' | 'url' | 'datetime-local';
  autocomplete?: string;
  required?: boolean;
  inputmode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  /** Passwords are never echoed back. */
  keep?: boolean;
  /** The language of what is typed when it is not the page's (a translation): sets `lang` and the direction. */
  lang?: string;
}

/** The attributes every control shares: id, name, required and invalid state, and what describes it. */
function controlAttrs(
  kind: 'input' | 'select',
  name: string,
  hint: string | undefined,
  err: FieldError | undefined,
  required?: boolean,
) {
  const ids = [hint ? `f-${name}-hint` : '', err ? `f-${name}-error` : ''].filter(Boolean).join(' ');
  return {
    class: `kern-form-input__${kind}${err ? ` kern-form-input__${kind}--error` : ''}`,
    id: `f-${name}`,
    name,
    'aria-required': required ? ('true' as const) : undefined,
    'aria-invalid': err ? ('true' as const) : undefined,
    'aria-describedby': ids || undefined,
  };
}

/** What surrounds every control: the label (with "optional"), the hint and the error message. */
function FieldFrame({
  ctx,
  name,
  label,
  hint,
  err,
  required,
  children,
}: {
  ctx: ViewContext;
  name: string;
  label: string;
  hint: string | undefined;
  err: FieldError | undefined;
  required: boolean | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={`f-${name}`}>
        {label}
        {!required && <span class="kern-label__optional"> {ctx.t('form.optional')}</span>}
      </label>
      {hint && (
        <div class="kern-hint" id={`f-${name}-hint`}>
          {hint}
        </div>
      )}
      {err && (
        <p class="kern-error" id={`f-${name}-error`}>
          <span class="z-visually-hidden">{ctx.t('form.errorPrefix')} </span>
          {ctx.t(err.key, err.values)}
        </p>
      )}
      {children}
    </div>
  );
}

/** A labelled input with hint and error message, keeping what the user typed. */
export function TextField({
  ctx,
  state,
  name,
  label,
  hint,
  type = 'text',
  autocomplete,
  required,
  inputmode,
  keep = true,
  lang,
}: FieldProps) {
  const err = state.errors[name];
  return (
    <FieldFrame ctx={ctx} name={name} label={label} hint={hint} err={err} required={required}>
      <input
        {...controlAttrs('input', name, hint, err, required)}
        type={type as 'text'}
        value={keep && type !== 'password' ? value(state, name) : ''}
        autocomplete={autocomplete}
        inputmode={inputmode}
        lang={lang}
        dir={lang ? direction(lang) : undefined}
      />
    </FieldFrame>
  );
}

/** A labelled multi-line text field. */
export function TextArea({
  ctx,
  state,
  name,
  label,
  hint,
  required,
  rows = 5,
  lang,
}: Omit<FieldProps, 'type'> & { rows?: number }) {
  const err = state.errors[name];
  return (
    <FieldFrame ctx={ctx} name={name} label={label} hint={hint} err={err} required={required}>
      <textarea
        {...controlAttrs('input', name, hint, err, required)}
        rows={rows}
        lang={lang}
        dir={lang ? direction(lang) : undefined}
      >
        {value(state, name)}
      </textarea>
    </FieldFrame>
  );
}

/** A labelled select; options are [value, label] pairs already translated. */
export function SelectField({
  ctx,
  state,
  name,
  label,
  hint,
  required,
  options,
}: Omit<FieldProps, 'type'> & { options: [string, string][] }) {
  const err = state.errors[name];
  const current = value(state, name);
  return (
    <FieldFrame ctx={ctx} name={name} label={label} hint={hint} err={err} required={required}>
      <div class="kern-form-input__select-wrapper">
        <select {...controlAttrs('select', name, hint, err, required)}>
          <option value="">{ctx.t('form.choose')}</option>
          {options.map(([v, l]) => (
            <option value={v} selected={v === current}>
              {l}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}

/** The form's main button. */
export function SubmitButton({ children }: { children: ComponentChildren }) {
  return (
    <button type="submit" class="kern-btn kern-btn--primary">
      <span class="kern-label">{children}</span>
    </button>
  );
}

/** A page's POST form: the error summary above it (when the input was refused), the fields, the submit button. */
export function FormWithSummary({
  ctx,
  state,
  labels,
  action,
  label,
  submit,
  children,
}: {
  ctx: ViewContext;
  state: FormState;
  /** The field labels, for the error summary's links. */
  labels: Record<string, string>;
  action: string;
  /** The form's accessible name, where a page has more than one form. */
  label?: string;
  submit: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={action} label={label}>
        {children}
        <SubmitButton>{submit}</SubmitButton>
      </Form>
    </>
  );
}
