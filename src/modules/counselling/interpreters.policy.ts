import type { Role } from '../../platform/auth/session-user.ts';
import { inMunicipality } from '../../platform/http/access.ts';

/** Who keeps a municipality's pool of interpreters. */
export const POOL_KEEPERS: readonly Role[] = ['municipality_admin', 'quartier_manager'];
export const KEEPS_POOL = inMunicipality(...POOL_KEEPERS);

/** Who sees open requests and accepts them: the interpreters of the municipality. */
export const INTERPRETERS: readonly Role[] = ['interpreter'];
export const INTERPRETS = inMunicipality(...INTERPRETERS);
