import { isLocale, direction } from '../../../platform/i18n/locales.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { type KnownPath, unlinkMissing } from '../guide.links.ts';
import { cleanHtml } from '../welcome.html.ts';

/** The URLs of one municipality's guide in a language. */
export function guideUrls(locale: string, municipality: string) {
  const base = `/${locale}/m/${municipality}`;
  return {
    tree: `${base}/guide`,
    page: (slug: string) => `${base}/guide/${slug}`,
    print: (slug: string) => `${base}/guide/${slug}/print`,
    plain: (slug: string) => `/de/m/${municipality}/guide/${slug}/leichte-sprache`,
    german: (slug: string) => `/de/m/${municipality}/guide/${slug}`,
    admin: `${base}/admin/guide`,
    edit: (id: string) => `${base}/admin/guide/${id}/edit`,
    versions: (id: string) => `${base}/admin/guide/${id}/versions`,
    version: (id: string, lang: string, v: number) => `${base}/admin/guide/${id}/versions/${lang}/${v}`,
    translate: (id: string, lang: string) => `${base}/admin/guide/${id}/translate/${lang}`,
  };
}

/**
 * A guide text's body in its own language and direction, cleaned again on the way out: a row stored before a rule
 * existed, or written straight into the database, shows no script, handler, style or `javascript:` link either.
 */
export function GuideBody({ lang, html, known }: { lang: string; html: string; known?: KnownPath }) {
  // cleanHtml keeps only the allow-list (welcome.html.ts); this is the one place a guide body becomes markup.
  const clean = cleanHtml(html);
  const body = known ? unlinkMissing(clean, known) : clean;
  return <div class="z-guide-text" lang={lang} dir={direction(lang)} dangerouslySetInnerHTML={{ __html: body }} />;
}

/** "Last checked on <date>" in the reader's format, when a person has checked the page. */
export function LastChecked({ ctx, on }: { ctx: ViewContext; on: string | null }) {
  if (!on) return null;
  return <p class="kern-body z-guide-checked">{ctx.t('welcome.guide.page.lastChecked', { date: ctx.date(on) })}</p>;
}

/** A text language's name in the reader's language (Leichte Sprache by its catalog name). */
export function textLanguageName(ctx: ViewContext, lang: string): string {
  if (!isLocale(lang)) return ctx.t(`welcome.locale.${lang}`);
  return new Intl.DisplayNames([ctx.locale], { type: 'language' }).of(lang) ?? lang;
}
