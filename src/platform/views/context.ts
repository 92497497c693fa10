import { csrfBinding } from '../http/csrf-binding.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser } from '../auth/session-user.ts';
import { markPersonal } from '../http/personal-page.ts';
import { formatDate, formatMoney, formatNumber } from '../i18n/format.ts';
import { direction, type Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/messages.ts';
import type { ModuleManifest } from '../modules/manifest.ts';

export interface Flash {
  kind: 'success' | 'info' | 'warning' | 'danger';
  key: string;
}

/** What every page part may need: language, direction, translator, formatters, the user, the form token. */
export interface ViewContext {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  t: Translate;
  date: (d: Date | string, withTime?: boolean) => string;
  number: (n: number, o?: Intl.NumberFormatOptions) => string;
  money: (euros: number) => string;
  user: SessionUser | null;
  /** The path without the locale prefix, for the language switcher. */
  pathWithoutLocale: string;
  csrfToken: string;
  flash: Flash | null;
  demoMode: boolean;
  /** The page shows input it rejected (422): its title says so first, as screen-reader users hear it first. */
  invalid: boolean;
  /** Hashed asset URLs by logical name (`app.css`). */
  asset: (name: string) => string;
  /** Every module's manifest: the staff navigation is built from their entries. */
  manifests: readonly ModuleManifest[];
}

/** Builds the view context of a request (generates the CSRF token for the page's forms). */
export function viewContext(req: FastifyRequest, reply: FastifyReply, status = 200): ViewContext {
  const locale = req.locale;
  const path = req.url.split('?')[0] ?? '/';
  const stripped = path.replace(/^\/[a-z]{2}(?=\/|$)/, '') || '/';
  let csrf: string | undefined;
  return {
    locale,
    dir: direction(locale),
    t: req.t,
    date: (d, withTime) => formatDate(locale, d, withTime),
    number: (n, o) => formatNumber(locale, n, o),
    money: (e) => formatMoney(locale, e),
    user: req.user,
    pathWithoutLocale: stripped,
    // Made on first use: a page without a form has no token, and so may be shared (see page-cache.ts).
    get csrfToken() {
      if (csrf === undefined) {
        csrf = reply.generateCsrf({ userInfo: csrfBinding(req, reply) });
        markPersonal(req);
      }
      return csrf;
    },
    flash: reply.flashMessage ?? null,
    demoMode: req.server.deps.config.demoMode,
    invalid: status === 422,
    asset: (name) => req.server.assets.url(name),
    manifests: req.server.manifests ?? [],
  };
}
