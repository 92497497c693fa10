import type { SeedStep } from './context.ts';
import { directorySeed } from './seed-directory.ts';

/**
 * The demo, module by module, in the order the steps run (later steps use the ids earlier ones leave in the
 * context). A module adds its demo as `src/seed/seed-<module>.ts` exporting one `SeedStep`, and one line here.
 */
export const SEED_STEPS: readonly SeedStep[] = [directorySeed];
