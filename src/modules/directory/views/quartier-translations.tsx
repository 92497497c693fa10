import { direction, LOCALE_NAMES, type Locale } from '../../../platform/i18n/locales.ts';
import { FormWithSummary, type FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { QuartierRow } from '../quartiere.repository.ts';
import type { TranslationState } from '../translations.service.ts';
import { mBase, type PageTenant } from './parts.tsx';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';

/** A language's name in the reader's language ("German" for an English reader). */
export function languageName(ctx: ViewContext, l: Locale): string {
  return new Intl.DisplayNames([ctx.locale], { type: 'language' }).of(l) ?? LOCALE_NAMES[l];
}

/** The translation states of a Quartier's description, each with its edit link (on the Quartier's edit page). */
export function TranslationList({
  ctx,
  tenant,
  id,
  states,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  id: string;
  states: [Locale, TranslationState][];
}) {
  const base = `${mBase(ctx, tenant.slug)}/admin/quartiere/${id}/translations`;
  return (
    <section aria-labelledby="translations-title">
      <h2 class="kern-heading-medium" id="translations-title">
        {ctx.t('directory.translation.title')}
      </h2>
      <ul class="kern-list">
        {states.map(([l, state]) => (
          <li>
            <a class="kern-link" href={`${base}/${l}`}>
              {languageName(ctx, l)}
            </a>
            {': '}
            {ctx.t(`directory.translation.${state}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Translate a Quartier's description into one language, with the source text beside. */
export function TranslationFormPage({
  ctx,
  tenant,
  q,
  lang,
  state,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  q: QuartierRow;
  lang: Locale;
  state: FormState;
}) {
  const { t } = ctx;
  const title = t('directory.translation.formTitle', { quartier: q.name, language: languageName(ctx, lang) });
  const err = state.errors.areaDescription;
  const value = state.values.areaDescription;
  const labels = { areaDescription: t('directory.translation.text') };
  return (
    <StaffPage ctx={ctx} area={{ municipality: tenant }} current="directory.quartiere" title={title}>
      <h2 class="kern-heading-small">
        {t('directory.translation.source', { language: languageName(ctx, q.sourceLocale) })}
      </h2>
      <blockquote class="kern-body" lang={q.sourceLocale} dir={direction(q.sourceLocale)}>
        {q.areaDescription || '–'}
      </blockquote>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={`${mBase(ctx, tenant.slug)}/admin/quartiere/${q.id}/translations/${lang}`}
        submit={t('staff.save')}
      >
        <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="f-areaDescription">
            {labels.areaDescription}
          </label>
          <div class="kern-hint" id="f-areaDescription-hint">
            {t('directory.translation.hint')}
          </div>
          {err && (
            <p class="kern-error" id="f-areaDescription-error">
              <span class="z-visually-hidden">{t('form.errorPrefix')} </span>
              {t(err.key, err.values)}
            </p>
          )}
          {/* The text is in the target language: its own lang and direction, whatever the page's. */}
          <textarea
            class="kern-form-input__input"
            id="f-areaDescription"
            name="areaDescription"
            rows={8}
            lang={lang}
            dir={direction(lang)}
            aria-invalid={err ? 'true' : undefined}
            aria-describedby={`f-areaDescription-hint${err ? ' f-areaDescription-error' : ''}`}
          >
            {typeof value === 'string' ? value : ''}
          </textarea>
        </div>
      </FormWithSummary>
    </StaffPage>
  );
}
