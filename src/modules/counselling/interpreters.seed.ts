import { demoEmail } from '../../seed/demo-accounts.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { insertGrants } from '../../platform/identity/grants.repository.ts';
import { insertDemoAccounts } from '../../platform/identity/accounts.repository.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { seedId, seedIds } from '../../platform/modules/seed-context.ts';
import {
  insertInterpreter,
  interpreterOfUser,
  markAccepted,
  replaceHours,
  takeableRequests,
} from './interpreters.repository.ts';
import { DEMO_INTERPRETERS } from './interpreters.seed.data.ts';

/**
 * The pools: the demo interpreter accounts and further members (demo accounts of their own, holding the interpreter
 * role), each with languages and weekly hours. Records `interpreter` ids by account key.
 */
export const interpretersSeed: ManifestSeedStep = {
  name: 'counselling.interpreters',
  order: 118,
  async run(tx, ctx) {
    const further = DEMO_INTERPRETERS.filter((i) => i.account);
    // Accounts and roles go through the platform's identity part, as the directory's step does.
    const created = await insertDemoAccounts(
      tx,
      further.map((i) => ({
        email: demoEmail(i.key),
        displayName: i.displayName,
        passwordHash: ctx.passwordHash,
        locale: i.locale,
      })),
      ctx.now,
    );
    const users = seedIds(ctx, 'user');
    for (const [email, id] of created) users[email.split('@')[0]!] = id;
    await insertGrants(
      tx,
      further.map((i) => ({
        userId: seedId(ctx, 'user', i.key),
        role: 'interpreter' as const,
        municipalityId: seedId(ctx, 'municipality', i.municipality),
        quartierId: null,
        providerId: null,
      })),
    );
    const ids = seedIds(ctx, 'interpreter');
    for (const i of DEMO_INTERPRETERS) {
      const t = tenant(seedId(ctx, 'municipality', i.municipality));
      const id = await insertInterpreter(tx, t, {
        userId: seedId(ctx, 'user', i.key),
        displayName: i.displayName,
        languages: i.languages,
        active: true,
      });
      await replaceHours(
        tx,
        t,
        id,
        i.weekdays.map((weekday) => ({ weekday, starts: i.hours[0], ends: i.hours[1] })),
      );
      ids[i.key] = id;
    }
  },
};

/**
 * After the appointments' step has asked for interpreters: the demo interpreter of Meppen takes the first request she
 * can, so that one booking shows a confirmed interpreter and the others still wait (none when no request fits).
 */
export const interpretersAcceptSeed: ManifestSeedStep = {
  name: 'counselling.interpreters.accept',
  order: 122,
  async run(tx, ctx) {
    const t = tenant(seedId(ctx, 'municipality', 'meppen'));
    const it = await interpreterOfUser(tx, t, seedId(ctx, 'user', 'sprachmittlung.meppen'));
    if (!it) return;
    const [first] = await takeableRequests(tx, t, it, ctx.now);
    if (first) await markAccepted(tx, t, first.id, it.id, ctx.now);
  },
};
