import { tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { type SeedContext, seedIds } from '../../platform/modules/seed-context.ts';
import { certificatesForCycle } from './certificates.service.ts';
import { cyclesOf, listProgrammes } from './core.repository.ts';

/**
 * The demo's certificates: every finished cycle's completed mentees get theirs (Osnabrück's cycle 2025/26), as
 * if the programme's staff had issued them on the day the cycle ended. Runs after the programmes and their people.
 */
export const certificatesSeed: ManifestSeedStep = {
  name: 'mentoring.certificates',
  order: 480,
  async run(tx: Tx, ctx: SeedContext) {
    for (const id of Object.values(seedIds(ctx, 'municipality'))) {
      const t = tenant(id);
      for (const programme of await listProgrammes(tx, t)) {
        for (const cycle of await cyclesOf(tx, t, programme.id)) {
          if (cycle.status !== 'finished') continue;
          const endsAt = new Date(`${cycle.endsOn}T16:00:00Z`);
          const at = endsAt < ctx.now ? endsAt : ctx.now;
          await certificatesForCycle(tx, t, programme, cycle, null, at);
        }
      }
    }
  },
};
