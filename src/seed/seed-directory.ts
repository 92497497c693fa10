import { randomUUID } from 'node:crypto';
import { sourceHash } from '../modules/directory/index.ts';
import type { Insertable } from 'kysely';
import type { Database, Tx } from '../platform/db/types.ts';
import { insertDemoAccounts } from '../platform/identity/accounts.repository.ts';
import { insertGrants } from '../platform/identity/grants.repository.ts';
import type { SeedContext, SeedStep } from './context.ts';
import { DEMO_ACCOUNTS, demoEmail } from './demo-accounts.ts';
import { DEMO_MUNICIPALITIES, DEMO_PROVIDERS, DEMO_QUARTIERE } from './demo-directory.data.ts';
import { DEMO_TRANSLATIONS } from './demo-translations.data.ts';

async function municipalities(tx: Tx, ctx: SeedContext): Promise<void> {
  const rows = await tx
    .insertInto('municipalities')
    .values([...DEMO_MUNICIPALITIES])
    .returning(['id', 'slug'])
    .execute();
  for (const r of rows) ctx.municipalities[r.slug] = r.id;
}

/** The demo rows owned by a municipality, with the key each new id is recorded under (`municipality/key`). */
interface Owned<N extends 'quartiere' | 'providers'> {
  table: N;
  into: (ctx: SeedContext) => Record<string, string>;
  rows: readonly { municipality: string; key: string; values: Omit<Insertable<Database[N]>, 'municipality_id'> }[];
}

/** Inserts owned rows in one multi-row INSERT and records their ids (made here, so no reliance on row order). */
async function insertOwned<N extends 'quartiere' | 'providers'>(tx: Tx, ctx: SeedContext, o: Owned<N>): Promise<void> {
  const into = o.into(ctx);
  const values = o.rows.map((r) => {
    const id = randomUUID();
    into[`${r.municipality}/${r.key}`] = id;
    return { ...r.values, id, municipality_id: ctx.municipalities[r.municipality]! };
  });
  await tx
    .insertInto(o.table)
    .values(values as Insertable<Database[N]>[])
    .execute();
}

const QUARTIERE: Owned<'quartiere'> = {
  table: 'quartiere',
  into: (ctx) => ctx.quartiere,
  rows: DEMO_QUARTIERE.map(({ municipality, slug, name, areaDescription, approxResidents, boundary }) => ({
    municipality,
    key: slug,
    values: { slug, name, area_description: areaDescription, approx_residents: approxResidents, boundary },
  })),
};

const PROVIDERS: Owned<'providers'> = {
  table: 'providers',
  into: (ctx) => ctx.providers,
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
        municipality_id: ctx.municipalities[tr.quartier.split('/')[0]!]!,
        quartier_id: ctx.quartiere[tr.quartier]!,
        locale: tr.locale,
        area_description: tr.text,
        source_hash: sourceHash(tr.madeFrom ?? source.get(tr.quartier)!),
      })),
    )
    .execute();
}

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
    new Date(),
  );
  for (const [email, id] of ids) ctx.users[email.split('@')[0]!] = id;
  await insertGrants(
    tx,
    DEMO_ACCOUNTS.map((a) => ({
      userId: ctx.users[a.key]!,
      role: a.role,
      municipalityId: a.municipality ? ctx.municipalities[a.municipality]! : null,
      quartierId: a.quartier ? ctx.quartiere[a.quartier]! : null,
      providerId: a.provider ? ctx.providers[a.provider]! : null,
    })),
  );
}

/** The directory's demo: four municipalities, their Quartiere and providers, and a demo account of every role. */
export const directorySeed: SeedStep = {
  name: 'directory',
  async run(tx, ctx) {
    await municipalities(tx, ctx);
    await insertOwned(tx, ctx, QUARTIERE);
    await translations(tx, ctx);
    await insertOwned(tx, ctx, PROVIDERS);
    await people(tx, ctx);
  },
};
