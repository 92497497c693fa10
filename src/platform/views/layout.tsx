import type { ComponentChildren } from 'preact';
import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/locales.ts';
import { PlainLanguageLink } from './components/plain-language-link.tsx';
import type { ViewContext } from './context.ts';

interface LayoutProps {
  ctx: ViewContext;
  /** The page title (already translated); the site name is appended. */
  title: string;
  children: ComponentChildren;
  /** Where the language switcher leads for each language; default: the same path under the other locale. */
  languageHref?: (locale: Locale) => string;
}

/**
 * The frame of every page: skip link, demo banner, header (site name, account links, language switcher), main,
 * footer. No inline script or style anywhere: the CSP allows only our own files.
 */
export function Layout({ ctx, title, children, languageHref }: LayoutProps) {
  const { t } = ctx;
  return (
    <html lang={ctx.locale} dir={ctx.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${ctx.invalid ? `${t('form.errorPrefix')} ` : ''}${title} – ${t('site.name')}`}</title>
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={ctx.asset('app.css')} />
        <link rel="icon" href={ctx.asset('icon.svg')} type="image/svg+xml" />
      </head>
      <body>
        <a class="z-skip" href="#main">
          {t('layout.skipToContent')}
        </a>
        {ctx.demoMode && <p class="z-demo">{t('layout.demoBanner')}</p>}
        <header class="z-header">
          <div class="z-container z-header__row">
            <a class="z-brand" href={`/${ctx.locale}/`}>
              {t('site.name')}
            </a>
            <AccountNav ctx={ctx} />
          </div>
          <LanguageNav ctx={ctx} href={languageHref} />
        </header>
        <main id="main" class="z-container z-main" tabindex={-1}>
          {ctx.flash && (
            <div class={`kern-alert kern-alert--${ctx.flash.kind}`} role="status">
              <div class="kern-alert__header">
                <p class="kern-title">{t(ctx.flash.key)}</p>
              </div>
            </div>
          )}
          {children}
        </main>
        <Footer ctx={ctx} />
      </body>
    </html>
  );
}

function AccountNav({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx;
  return (
    <nav aria-label={t('layout.accountNav')}>
      <ul class="z-inline-list z-account">
        {ctx.user ? (
          <>
            <li>
              <a href={`/${ctx.locale}/me`}>{t('layout.me')}</a>
            </li>
            <li class="z-account__name">
              <a href={`/${ctx.locale}/account`}>{ctx.user.displayName}</a>
            </li>
            <li>
              <form method="post" action={`/${ctx.locale}/logout`} class="z-inline-form">
                <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                <button type="submit" class="z-linkbutton">
                  {t('layout.logout')}
                </button>
              </form>
            </li>
          </>
        ) : (
          <li>
            <a href={`/${ctx.locale}/login`}>{t('layout.login')}</a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Links to the same page in every language; each name in its own language and script. */
function LanguageNav({ ctx, href }: { ctx: ViewContext; href?: (locale: Locale) => string }) {
  const samePage = (l: Locale) => `/${l}${ctx.pathWithoutLocale === '/' ? '/' : ctx.pathWithoutLocale}`;
  return (
    <nav class="z-container z-langs" aria-label={ctx.t('layout.languageNav')}>
      <ul class="z-inline-list">
        {LOCALES.map((l) => (
          <li>
            <a href={(href ?? samePage)(l)} lang={l} hreflang={l} aria-current={l === ctx.locale ? 'true' : undefined}>
              {LOCALE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Footer({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx;
  return (
    <footer class="z-footer">
      <div class="z-container">
        <ul class="z-inline-list">
          <li>
            <a href={`/${ctx.locale}/accessibility`}>{t('layout.accessibility')}</a>
          </li>
          <li>
            {/* The form is prefilled with the page the reader came from. */}
            <a href={`/${ctx.locale}/feedback?page=${encodeURIComponent(`/${ctx.locale}${ctx.pathWithoutLocale}`)}`}>
              {t('layout.feedback')}
            </a>
          </li>
          <li>
            <PlainLanguageLink ctx={ctx} />
          </li>
          <li>
            <a href={`/${ctx.locale}/privacy`}>{t('layout.privacy')}</a>
          </li>
          <li>
            <a href={`/${ctx.locale}/api/docs`}>{t('layout.apiDocs')}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
