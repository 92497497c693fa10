import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, SessionUser } from '../auth/session-user.ts';
import { AppError } from './app-error.ts';

/**
 * Who may call a route. Every route declares one in `config.access`; a route without is denied to everyone
 * (and the access-matrix test fails). `municipality` scope means: the role is held in the municipality the
 * URL names (`:municipality` slug); `state` means a state-wide role; `any` means the role anywhere.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'roles'; roles: readonly Role[]; scope: 'municipality' | 'state' | 'any' };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signedIn' };
/** Roles held in the municipality named by the URL. */
export const inMunicipality = (...roles: Role[]): Access => ({ kind: 'roles', roles, scope: 'municipality' });
/** State-wide roles. */
export const stateWide = (...roles: Role[]): Access => ({ kind: 'roles', roles, scope: 'state' });
/** A role held anywhere (the handler narrows further by tenant). */
export const anywhere = (...roles: Role[]): Access => ({ kind: 'roles', roles, scope: 'any' });

/** Roles whose holders must use a second factor. */
export const STAFF_ROLES: ReadonlySet<Role> = new Set([
  'quartier_manager',
  'counsellor',
  'municipality_admin',
  'funding_officer',
  'state_admin',
]);

/** Pure decision: may this user call a route with this access, for this municipality (null if none in URL)? */
export function decide(
  access: Access | undefined,
  user: SessionUser | null,
  municipalityId: string | null,
): 'allow' | 'signIn' | 'secondFactor' | 'deny' {
  if (!access) return 'deny';
  if (access.kind === 'public') return 'allow';
  if (!user) return 'signIn';
  // Someone who enabled TOTP is only half signed in until the code is given.
  if (access.kind === 'signedIn') return user.totpEnabled && !user.secondFactorDone ? 'secondFactor' : 'allow';
  const held = user.roles.filter((r) => access.roles.includes(r.role));
  const fits = held.filter((r) => {
    if (access.scope === 'state') return r.municipalityId === null;
    if (access.scope === 'municipality') return municipalityId !== null && r.municipalityId === municipalityId;
    return true;
  });
  if (fits.length === 0) return 'deny';
  if ((user.totpEnabled || fits.some((r) => STAFF_ROLES.has(r.role))) && !user.secondFactorDone) return 'secondFactor';
  return 'allow';
}

/** The preHandler that enforces a route's access; redirects pages to sign-in, answers APIs with problems. */
export async function enforceAccess(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  // No route matched: the not-found handler answers, and it reveals nothing.
  if (req.is404) return;
  const access = req.routeOptions.config.access;
  const verdict = decide(access, req.user, req.tenant?.municipalityId ?? null);
  if (verdict === 'allow') return;
  const isApi = req.url.startsWith('/api/');
  if (verdict === 'signIn') {
    if (isApi) throw new AppError('unauthenticated', 401, 'error.unauthenticated');
    return reply.redirect(`/${req.locale}/login?next=${encodeURIComponent(req.url)}`, 303);
  }
  if (verdict === 'secondFactor') {
    if (isApi) throw new AppError('second_factor_required', 403, 'error.secondFactorRequired');
    return reply.redirect(`/${req.locale}/login/totp?next=${encodeURIComponent(req.url)}`, 303);
  }
  throw new AppError('forbidden', 403, 'error.forbidden');
}
