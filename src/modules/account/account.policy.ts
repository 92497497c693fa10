import type { SessionUser } from '../../platform/auth/session-user.ts';
import { STAFF_ROLES } from '../../platform/http/access.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

/**
 * The `next` parameter as a path on this site, or the fallback. Only `/…` paths pass: no scheme, no host,
 * no `//evil.example` or `/\evil.example` (which browsers read as another host), no control characters.
 */
export function safeNext(next: unknown, fallback: string): string {
  if (typeof next !== 'string' || next.length > 2000) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  try {
    const base = 'http://zuhause.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** A path of this site in another language: `/de/m/meppen` → `/ar/m/meppen`; other paths stay as they are. */
export function inLocale(path: string, from: Locale, to: Locale): string {
  const prefix = `/${from}`;
  const rest = path.slice(prefix.length);
  if (from === to || !path.startsWith(prefix) || !(rest === '' || /^[/?#]/.test(rest))) return path;
  return `/${to}${rest}`;
}

/** True when the user holds a role that needs a second factor. */
export function isStaff(user: Pick<SessionUser, 'roles'>): boolean {
  return user.roles.some((r) => STAFF_ROLES.has(r.role));
}

/**
 * Where to go once the password was right: the TOTP prompt for anyone who enabled it, the mandatory TOTP setup
 * for staff without it, else `next`. A second factor already counted (the demo waiver) skips both.
 */
export function afterPassword(user: SessionUser, locale: Locale, next: string): string {
  const q = `?next=${encodeURIComponent(next)}`;
  if (user.secondFactorDone) return next;
  if (user.totpEnabled) return `/${locale}/login/totp${q}`;
  if (isStaff(user)) return `/${locale}/account/totp${q}`;
  return next;
}
