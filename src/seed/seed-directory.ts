import { sourceHash } from '../modules/directory/index.ts';
import type { Tx } from '../platform/db/types.ts';
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

async function quartiere(tx: Tx, ctx: SeedContext): Promise<void> {
  const rows = await tx
    .insertInto('quartiere')
    .values(
      DEMO_QUARTIERE.map((q) => ({
        municipality_id: ctx.municipalities[q.municipality]!,
        slug: q.slug,
        name: q.name,
        area_description: q.areaDescription,
        approx_residents: q.approxResidents,
        boundary: q.boundary,
      })),
    )
    .returning(['id', 'municipality_id', 'slug'])
    .execute();
  const slugOf = invert(ctx.municipalities);
  for (const r of rows) ctx.quartiere[`${slugOf[r.municipality_id]}/${r.slug}`] = r.id;
}

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

async function providers(tx: Tx, ctx: SeedContext): Promise<void> {
  const rows = await tx
    .insertInto('providers')
    .values(
      DEMO_PROVIDERS.map((p) => ({
        municipality_id: ctx.municipalities[p.municipality]!,
        name: p.name,
        kind: p.kind,
        email: p.email,
        website: p.website,
      })),
    )
    .returning('id')
    .execute();
  // Rows come back in the order given (one multi-row INSERT … RETURNING keeps it).
  DEMO_PROVIDERS.forEach((p, i) => {
    ctx.providers[`${p.municipality}/${p.key}`] = rows[i]!.id;
  });
}

async function people(tx: Tx, ctx: SeedContext): Promise<void> {
  const rows = await tx
    .insertInto('users')
    .values(
      DEMO_ACCOUNTS.map((a) => ({
        email: demoEmail(a.key),
        display_name: a.displayName,
        password_hash: ctx.passwordHash,
        locale: a.locale,
        is_demo: true,
      })),
    )
    .returning(['id', 'email'])
    .execute();
  for (const r of rows) ctx.users[r.email.split('@')[0]!] = r.id;
  await tx
    .insertInto('role_assignments')
    .values(
      DEMO_ACCOUNTS.map((a) => ({
        user_id: ctx.users[a.key]!,
        role: a.role,
        municipality_id: a.municipality ? ctx.municipalities[a.municipality]! : null,
        quartier_id: a.quartier ? ctx.quartiere[a.quartier]! : null,
        provider_id: a.provider ? ctx.providers[a.provider]! : null,
      })),
    )
    .execute();
}

function invert(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));
}

/** The directory's demo: four municipalities, their Quartiere and providers, and a demo account of every role. */
export const directorySeed: SeedStep = {
  name: 'directory',
  async run(tx, ctx) {
    await municipalities(tx, ctx);
    await quartiere(tx, ctx);
    await translations(tx, ctx);
    await providers(tx, ctx);
    await people(tx, ctx);
  },
};
