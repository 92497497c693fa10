import type { FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';

/**
 * The translation's own fields: like the platform's text fields, but the control carries the language and
 * direction of the text typed into it (`lang="fa" dir="rtl"`), while its label stays in the interface language.
 */
export function TextInLanguage(p: {
  ctx: ViewContext;
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  rows?: number;
  required?: boolean;
}) {
  const { ctx, state, name } = p;
  const err = state.errors[name];
  const raw = state.values[name];
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  const described = [p.hint ? `f-${name}-hint` : '', err ? `f-${name}-error` : ''].filter(Boolean).join(' ');
  const attrs = {
    class: `kern-form-input__input${err ? ' kern-form-input__input--error' : ''}`,
    id: `f-${name}`,
    name,
    lang: p.lang,
    dir: p.dir,
    'aria-required': p.required ? ('true' as const) : undefined,
    'aria-invalid': err ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
  };
  return (
    <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={`f-${name}`}>
        {p.label}
        {!p.required && <span class="kern-label__optional"> {ctx.t('form.optional')}</span>}
      </label>
      {p.hint && (
        <div class="kern-hint" id={`f-${name}-hint`}>
          {p.hint}
        </div>
      )}
      {err && (
        <p class="kern-error" id={`f-${name}-error`}>
          <span class="z-visually-hidden">{ctx.t('form.errorPrefix')} </span>
          {ctx.t(err.key, err.values)}
        </p>
      )}
      {p.rows ? (
        <textarea {...attrs} rows={p.rows}>
          {value}
        </textarea>
      ) : (
        <input {...attrs} type="text" value={value} />
      )}
    </div>
  );
}
