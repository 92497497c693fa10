import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/types.ts';
import { fixtureApplication, fixtureFlat, fixtureHousehold } from '../modules/housing/applications.fixtures.ts';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../platform/auth/session-user.ts';
import { createSession, markSecondFactor } from '../platform/auth/sessions.ts';
import type { Executor } from '../platform/db/types.ts';
import { Client } from './app.ts';

type Post = (c: Client, route: string, url: string, form: Record<string, string>) => Promise<void>;

/** Test helpers of the housing apply part: its audit tour, an applicant fixture, clients with one role. */

/**
 * The housing apply part's writes for the audit tour: the tour's Meppen member (every municipal role, so also the
 * housing office that may act on every flat) creates its own household, applies, and takes every step.
 */
export async function housingApplyTour(db: Kysely<Database>, client: Client, m: string, post: Post): Promise<void> {
  const provider = await db
    .selectFrom('providers')
    .select('id')
    .where('municipality_id', '=', m)
    .executeTakeFirstOrThrow();
  const q = '/:locale/m/:municipality';
  const base = '/de/m/meppen';
  const profile = { m1Role: 'adult', m1Age: '27-64', m2Role: 'child', preferredLocale: 'de', rentLimit: '700' };
  await post(client, `POST ${q}/housing/household/new`, `${base}/housing/household/new`, profile);
  // The same form again changes the profile.
  await post(client, `POST ${q}/housing/household/new`, `${base}/housing/household/new`, { ...profile, hasPets: 'on' });
  const counselled = { ...profile, consentOn: '2026-01-05', contactName: 'Familie Tour', contactPhone: '0591 123' };
  await post(client, `POST ${q}/admin/housing/households/new`, `${base}/admin/housing/households/new`, counselled);
  const other = await db
    .selectFrom('housing_households')
    .select('id')
    .where('contact_name', '=', 'Familie Tour')
    .executeTakeFirstOrThrow();
  const urgency = `${base}/admin/housing/households/${other.id}/urgency`;
  await post(client, `POST ${q}/admin/housing/households/:id/urgency`, urgency, { urgency: '2' });

  const flat = await fixtureFlat(db, m, provider.id, { street: 'Tourweg 1' });
  await post(client, `POST ${q}/flats/:id/apply`, `${base}/flats/${flat}/apply`, { message: 'Guten Tag' });
  const app = await db
    .selectFrom('housing_applications')
    .select('id')
    .where('flat_id', '=', flat)
    .executeTakeFirstOrThrow();
  const admin = `${base}/admin/housing`;
  const slots = `${admin}/flats/${flat}/slots`;
  const soon = `${new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)}T10:00`;
  await post(client, `POST ${q}/admin/housing/flats/:id/slots`, slots, { startsAt: soon, minutes: '30' });
  const step = `POST ${q}/admin/housing/applications/:id/:step`;
  await post(client, step, `${admin}/applications/${app.id}/shortlist`, {});
  await post(client, step, `${admin}/applications/${app.id}/viewing`, {});
  const slot = await db
    .selectFrom('housing_viewing_slots')
    .select('id')
    .where('flat_id', '=', flat)
    .executeTakeFirstOrThrow();
  const book = `${base}/housing/applications/${app.id}/book`;
  await post(client, `POST ${q}/housing/applications/:id/book`, book, { slotId: slot.id });
  const offer = `${admin}/applications/${app.id}/offer`;
  await post(client, `POST ${q}/admin/housing/applications/:id/offer`, offer, { offerReason: 'Passt gut.' });
  const own = `POST ${q}/housing/applications/:id/:step`;
  await post(client, own, `${base}/housing/applications/${app.id}/accept`, {});
  // A second application of the counselled household, turned down by the landlord.
  const flat2 = await fixtureFlat(db, m, provider.id, { street: 'Tourweg 2' });
  const turned = await fixtureApplication(db, m, flat2, other.id);
  await post(client, step, `${admin}/applications/${turned}/reject`, {});
}

/** An applicant (shortlisted) for a published flat of the municipality, with a free viewing slot. */
export async function housingApplicantFixture(db: Kysely<Database>, m: string): Promise<void> {
  const provider = await db
    .selectFrom('providers')
    .select('id')
    .where('municipality_id', '=', m)
    .executeTakeFirstOrThrow();
  const flat = await fixtureFlat(db, m, provider.id, { street: 'Große Straße 3' });
  const household = await fixtureHousehold(db, m, { name: 'Haushalt Leck' });
  await fixtureApplication(db, m, flat, household, 'shortlisted');
  const starts = new Date(Date.now() + 5 * 86_400_000);
  await db
    .insertInto('housing_viewing_slots')
    .values({ municipality_id: m, flat_id: flat, starts_at: starts })
    .execute();
}

let serial = 0;

/** A signed-in client with one role in a municipality (optionally for a provider), second factor done. */
export async function clientWithRole(
  app: FastifyInstance,
  db: Executor,
  v: { m: string; role: Role | null; providerId?: string; name?: string },
): Promise<{ client: Client; userId: string }> {
  const user = await db
    .insertInto('users')
    .values({
      email: `apply-${process.pid}-${++serial}@example.test`,
      display_name: v.name ?? `Person ${serial}`,
      password_hash: null,
      totp_secret: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (v.role) {
    await db
      .insertInto('role_assignments')
      .values({
        user_id: user.id,
        role: v.role,
        municipality_id: v.m,
        quartier_id: null,
        provider_id: v.providerId ?? null,
      })
      .execute();
  }
  const now = app.deps.now();
  const token = await createSession(db, user.id, now);
  await markSecondFactor(db, token, now);
  const client = new Client(app);
  client.cookies = `zh_sid=${token}`;
  return { client, userId: user.id };
}

/** The one-time message a redirect left, as the next page shows it. */
export async function flashAfter(client: Client, location: string | undefined): Promise<string> {
  const res = await client.get(String(location));
  return /kern-alert--\w+" role="status">[\s\S]*?<p class="kern-title">([^<]*)</.exec(res.body)?.[1] ?? '';
}

/**
 * Data that makes every form of the apply part appear for a crawl: the signed-in person's own household with an
 * offer and a viewing to book, and a flat to apply to. Returns the pages to start the crawl from.
 */
export async function housingFormsFixture(db: Kysely<Database>, m: string, ownerEmail: string): Promise<string[]> {
  const provider = await db
    .selectFrom('providers')
    .select('id')
    .where('municipality_id', '=', m)
    .executeTakeFirstOrThrow();
  const owner = await db.selectFrom('users').select('id').where('email', '=', ownerEmail).executeTakeFirstOrThrow();
  const household = await fixtureHousehold(db, m, { owner: owner.id, name: 'Haushalt Formular' });
  const [offered, viewing, open] = await Promise.all(
    ['Formweg 1', 'Formweg 2', 'Formweg 3'].map((street) => fixtureFlat(db, m, provider.id, { street })),
  );
  await fixtureApplication(db, m, offered!, household, 'offered');
  await fixtureApplication(db, m, viewing!, household, 'viewing');
  const starts = new Date(Date.now() + 6 * 86_400_000);
  await db
    .insertInto('housing_viewing_slots')
    .values({ municipality_id: m, flat_id: viewing!, starts_at: starts })
    .execute();
  await fixtureApplication(db, m, open!, await fixtureHousehold(db, m, { name: 'Haushalt Vermieter' }), 'shortlisted');
  // A flat with a photo (the demo's), whose edit page offers the photo's removal.
  const photo = await db
    .selectFrom('housing_flat_photos')
    .select('flat_id')
    .where('municipality_id', '=', m)
    .executeTakeFirst();
  const apply = await fixtureFlat(db, m, provider.id, { street: 'Formweg 4' });
  return [
    '/de/m/meppen/housing/household',
    `/de/m/meppen/flats/${apply}/apply`,
    '/de/m/meppen/admin/housing/applicants',
    '/de/m/meppen/admin/housing/households',
    `/de/m/meppen/admin/housing/flats/${open}/applicants`,
    ...(photo ? [`/de/m/meppen/admin/housing/flats/${photo.flat_id}/edit`] : []),
  ];
}
