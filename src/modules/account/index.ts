import { type ModuleManifest, routesOf } from '../../platform/modules/manifest.ts';
import { accountMe } from './account.me.ts';
import { accountRoutes } from './account.routes.ts';
import { loginRoutes } from './login.routes.ts';
import { meRoutes } from './me.routes.ts';
import { passwordRoutes } from './password.routes.ts';

export { isStaff, safeNext } from './account.policy.ts';

/** Accounts and sessions: register, sign in (password + TOTP), sign out, account page, password reset, invitations. */
export const account: ModuleManifest = {
  name: 'account',
  routes: routesOf(loginRoutes, accountRoutes, passwordRoutes, meRoutes),
  me: accountMe,
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: [
    'account.user',
    'account.session',
    'account.password',
    'account.password_reset',
    'account.invitation',
    'account.totp',
  ],
  // Accounts, sessions and tokens are the platform's identity tables (PLATFORM_TABLES); the throttle is ours.
  tables: ['sign_in_throttle'],
};
