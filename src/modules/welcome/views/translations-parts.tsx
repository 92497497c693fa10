import type { PageTenant } from '../../../platform/db/tenant.ts';
import { isLocale } from '../../../platform/i18n/locales.ts';
import { languageName } from '../../../platform/views/components/content-texts.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { LanguageStatus } from '../translations.state.ts';

/** A translation language's name in the reader's language (Leichte Sprache by its catalog name). */
export function translationLanguage(ctx: ViewContext, l: string): string {
  return isLocale(l) ? languageName(ctx, l) : ctx.t(`welcome.locale.${l}`);
}

/** The URLs of the translations part within one municipality. */
export function translationUrls(ctx: ViewContext, tenant: PageTenant) {
  const admin = `/${ctx.locale}/m/${tenant.slug}/admin/guide`;
  return {
    overview: `${admin}/translations`,
    editor: (id: string, lang: string) => `${admin}/${id}/translate/${lang}`,
  };
}

/**
 * A language's state in words (never colour alone): missing, outdated since <date>, current; and the mark of an
 * unreviewed machine translation beside it.
 */
export function StateLabel({ ctx, status }: { ctx: ViewContext; status: LanguageStatus }) {
  const { t } = ctx;
  const main =
    status.state === 'outdated' && status.outdatedSince
      ? t('welcome.translations.state.outdatedSince', { date: ctx.date(status.outdatedSince) })
      : t(`welcome.translations.state.${status.state}`);
  const tone = status.state === 'current' ? 'success' : status.state === 'outdated' ? 'warning' : 'info';
  return (
    <>
      <span class={`kern-badge kern-badge--${tone}`}>{main}</span>
      {status.machine && (
        <>
          {' '}
          <span class="kern-badge kern-badge--info">{t('welcome.translations.state.machine')}</span>
        </>
      )}
    </>
  );
}
