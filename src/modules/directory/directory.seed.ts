import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { insertMunicipalities } from '../../platform/db/municipalities.ts';
import type { Database, Tx } from '../../platform/db/types.ts';
import { type SeedContext, type SeedStep, seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { DEMO_ACCOUNTS, demoEmail } from '../../seed/demo-accounts.ts';
import { DEMO_MUNICIPALITIES, DEMO_PROVIDERS, DEMO_QUARTIERE } from './demo/demo-directory.data.ts';
import { DEMO_TRANSLATIONS } from './demo/demo-translations.data.ts';
import { sourceHash } from './translations.service.ts';
import { insertDemoAccounts } from '../../platform/identity/accounts.repository.ts';
import { insertGrants } from '../../platform/identity/grants.repository.ts';

/** The demo rows owned by a municipality, with the key each new id is recorded under (`municipality/key`). */
interface Owned<N extends 'quartiere' | 'providers'> {
  table: N;
  kind: 'quartier' | 'provider';
  rows: readonly { municipality: string; key: string; values: Omit<Insertable<Database[N]>, 'municipality_id'> }[];
}

/** Inserts owned rows in one multi-row INSERT and records their ids (made here, so no reliance on row order). */
async function insertOwned<N extends 'quartiere' | 'providers'>(tx: Tx, ctx: SeedContext, o: Owned<N>): Promise<void> {
  const into = seedIds(ctx, o.kind);
  const values = o.rows.map((r) => {
    const id = randomUUID();
    into[`${r.municipality}/${r.key}`] = id;
    return { ...r.values, id, municipality_id: seedId(ctx, 'municipality', r.municipality) };
  });
  await tx
    .insertInto(o.table)
    .values(values as Insertable<Database[N]>[])
    .execute();
}

const QUARTIERE: Owned<'quartiere'> = {
  table: 'quartiere',
  kind: 'quartier',
  rows: DEMO_QUARTIERE.map(({ municipality, slug, name, areaDescription, approxResidents, boundary }) => ({
    municipality,
    key: slug,
    values: { slug, name, area_description: areaDescription, approx_residents: approxResidents, boundary },
  })),
};

const PROVIDERS: Owned<'providers'> = {
  table: 'providers',
  kind: 'provider',
  rows: DEMO_PROVIDERS.map(({ municipality, key, name, kind, email, website }) => ({
    municipality,
    key,
    values: { name, kind, email, website },
  })),
};

async function translations(tx: Tx, ctx: SeedContext): Promise<void> {
  const source = new Map(DEMO_QUARTIERE.map((q) => [`${q.municipality}/${q.slug}`, q.areaDescription]));
  await tx
    .insertInto('quartier_translations')
    .values(
      DEMO_TRANSLATIONS.map((tr) => ({
        municipality_id: seedId(ctx, 'municipality', tr.quartier.split('/')[0]!),
        quartier_id: seedId(ctx, 'quartier', tr.quartier),
        locale: tr.locale,
        area_description: tr.text,
        source_hash: sourceHash(tr.madeFrom ?? source.get(tr.quartier)!),
      })),
    )
    .execute();
}

// Identity rows (users, role assignments) are the platform's tables; this is one of the known spots that write
// them directly until the platform's identity repository lands (see src/testing/table-owners.test.ts).
async function people(tx: Tx, ctx: SeedContext): Promise<void> {
  // Accounts and roles go through the platform's identity part, the only code that writes them.
  const ids = await insertDemoAccounts(
    tx,
    DEMO_ACCOUNTS.map((a) => ({
      email: demoEmail(a.key),
      displayName: a.displayName,
      passwordHash: ctx.passwordHash,
      locale: a.locale,
    })),
    ctx.now,
  );
  const users = seedIds(ctx, 'user');
  for (const [email, id] of ids) users[email.split('@')[0]!] = id;
  await insertGrants(
    tx,
    DEMO_ACCOUNTS.map((a) => ({
      userId: seedId(ctx, 'user', a.key),
      role: a.role,
      municipalityId: a.municipality ? seedId(ctx, 'municipality', a.municipality) : null,
      quartierId: a.quartier ? seedId(ctx, 'quartier', a.quartier) : null,
      providerId: a.provider ? seedId(ctx, 'provider', a.provider) : null,
    })),
  );
}

/**
 * The directory's demo: four municipalities, their Quartiere and providers, and a demo account of every role.
 * Records for later steps: `municipality` ids by slug, `quartier` and `provider` ids by `municipality/key`,
 * `user` ids by the local part of the demo e-mail address (`qm.hannover`).
 */
export const directorySeed: SeedStep = {
  name: 'directory',
  async run(tx, ctx) {
    Object.assign(seedIds(ctx, 'municipality'), await insertMunicipalities(tx, DEMO_MUNICIPALITIES));
    await insertOwned(tx, ctx, QUARTIERE);
    await translations(tx, ctx);
    await insertOwned(tx, ctx, PROVIDERS);
    await people(tx, ctx);
  },
};
