import type { Role } from '../../platform/auth/session-user.ts';
import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/types.ts';

// Test support of the flats part (used by its tests only; free of the test harness so the module's boundary
// rules hold). Sessions are opened straight in the database with the second factor done.

const DEMO_DOMAIN = 'demo.zuhause.example';

/** The ids of a seeded municipality and provider. */
export async function idsOf(db: Executor, slug: string, providerName?: string) {
  const m = await db.selectFrom('municipalities').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  const p = providerName
    ? await db
        .selectFrom('providers')
        .select('id')
        .where('municipality_id', '=', m.id)
        .where('name', 'like', `${providerName}%`)
        .executeTakeFirstOrThrow()
    : null;
  return { municipalityId: m.id, providerId: p?.id ?? null };
}

/** A session token for a seeded demo account (`vermietung.meppen`). */
export async function demoSession(db: Executor, key: string, now = new Date()): Promise<string> {
  const u = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', `${key}@${DEMO_DOMAIN}`)
    .executeTakeFirstOrThrow();
  const token = await createSession(db, u.id, now);
  await markSecondFactor(db, token, now);
  return token;
}

/** A new person with one grant (a landlord of a provider, say) and a session; the token and user id. */
export async function grantedSession(
  db: Executor,
  email: string,
  grant: { role: Role; municipalityId: string; providerId?: string | null },
  now = new Date(),
): Promise<{ token: string; userId: string }> {
  const u = await db
    .insertInto('users')
    .values({ email, display_name: email.split('@')[0]!, password_hash: null, totp_secret: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_assignments')
    .values({
      user_id: u.id,
      role: grant.role,
      municipality_id: grant.municipalityId,
      quartier_id: null,
      provider_id: grant.providerId ?? null,
    })
    .execute();
  const token = await createSession(db, u.id, now);
  await markSecondFactor(db, token, now);
  return { token, userId: u.id };
}

/** A valid flat form (German), to change field by field. */
export function flatFormData(over: Record<string, string> = {}): Record<string, string> {
  return {
    title: 'Ruhige 2-Zimmer-Wohnung',
    description: 'Zwei Zimmer mit Balkon.',
    sourceLocale: 'de',
    street: 'Schullendamm 30',
    postcode: '49716',
    city: 'Meppen',
    rooms: '2',
    areaM2: '55',
    floor: '1',
    coldRent: '400',
    serviceCharges: '120',
    heating: '60',
    deposit: '1200',
    availableFrom: '2027-01-01',
    ...over,
  };
}
