import type { FastifyPluginAsync } from 'fastify';
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { accountRoutes } from './account.routes.ts';
import { loginRoutes } from './login.routes.ts';
import { passwordRoutes } from './password.routes.ts';

export { isStaff, safeNext } from './account.policy.ts';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(loginRoutes);
  await app.register(accountRoutes);
  await app.register(passwordRoutes);
};

/** Accounts and sessions: register, sign in (password + TOTP), sign out, account page, password reset, invitations. */
export const account: ModuleManifest = {
  name: 'account',
  routes,
  nav: [],
  me: [],
  locales: new URL('./locales/', import.meta.url),
  auditSubjects: ['account.user', 'account.session'],
  // Accounts, sessions and tokens are the platform's identity tables (PLATFORM_TABLES), not this module's.
  tables: [],
};
