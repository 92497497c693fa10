import type { FieldError } from '../../../platform/http/app-error.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { MAX_QUERY } from '../search.schema.ts';

/**
 * The search field of a municipality: a plain GET form to its search page, usable without JavaScript on any page
 * (the guide, the welcome page). `id` must be unique on the page when there are two boxes.
 */
export function SearchBox(p: {
  ctx: ViewContext;
  /** The municipality's slug. */
  municipality: string;
  value?: string;
  error?: FieldError | undefined;
  id?: string;
}) {
  const { ctx } = p;
  const { t } = ctx;
  const id = p.id ?? 'f-q';
  const described = [`${id}-hint`, p.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <search>
      <form method="get" action={`/${ctx.locale}/m/${p.municipality}/search`} class="z-filter">
        <div class={`kern-form-input${p.error ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for={id}>
            {t('welcome.search.label')}
          </label>
          <div class="kern-hint" id={`${id}-hint`}>
            {t('welcome.search.hint')}
          </div>
          {p.error && (
            <p class="kern-error" id={`${id}-error`}>
              <span class="z-visually-hidden">{`${t('form.errorPrefix')} `}</span>
              {t(p.error.key, p.error.values)}
            </p>
          )}
          <input
            class={`kern-form-input__input${p.error ? ' kern-form-input__input--error' : ''}`}
            type="search"
            id={id}
            name="q"
            value={p.value ?? ''}
            maxlength={MAX_QUERY}
            dir="auto"
            aria-invalid={p.error ? 'true' : undefined}
            aria-describedby={described}
          />
        </div>
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t('welcome.search.submit')}</span>
        </button>
      </form>
    </search>
  );
}
