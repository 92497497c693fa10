import type { FastifyPluginAsync } from 'fastify';
import type { ModuleEntry } from '../../platform/http/module.ts';
import { accountRoutes } from './account.routes.ts';
import { loginRoutes } from './login.routes.ts';
import { meRoutes } from './me.routes.ts';
import { passwordRoutes } from './password.routes.ts';

export { isStaff, safeNext } from './account.policy.ts';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(loginRoutes);
  await app.register(accountRoutes);
  await app.register(passwordRoutes);
  await app.register(meRoutes);
};

/** Accounts and sessions: register, sign in (password + TOTP), sign out, account page, password reset, invitations. */
export const account: ModuleEntry = { name: 'account', routes };
