import type { Role } from '../../platform/auth/session-user.ts';
import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/types.ts';
import './directory.tables.ts';

// Test fixtures of the directory (used by its tests only; kept free of the test harness so that the module's
// boundary rules hold). A session is opened straight in the database with the second factor done, so that
// tests exercise the directory and not the sign-in pages (the account module tests those).

export interface Fixture {
  meppen: string;
  osnabrueck: string;
}

/** Two municipalities, each with one Quartier and one provider. */
export async function twoMunicipalities(db: Executor): Promise<Fixture> {
  const [meppen, osnabrueck] = await db
    .insertInto('municipalities')
    .values([
      { slug: 'meppen', ags: '03454035', name: 'Meppen', district: 'Landkreis Emsland' },
      { slug: 'osnabrueck', ags: '03404000', name: 'Osnabrück', district: 'Kreisfreie Stadt' },
    ])
    .returning('id')
    .execute();
  return { meppen: meppen!.id, osnabrueck: osnabrueck!.id };
}

/** A user with roles (municipality null: state-wide) and an open session with the second factor; the token. */
export async function sessionFor(
  db: Executor,
  email: string,
  grants: { role: Role; municipalityId: string | null }[],
  now = new Date(),
): Promise<{ userId: string; token: string }> {
  const user = await db
    .insertInto('users')
    .values({ email, display_name: email.split('@')[0]!, password_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (grants.length > 0) {
    await db
      .insertInto('role_assignments')
      .values(grants.map((g) => ({ user_id: user.id, role: g.role, municipality_id: g.municipalityId })))
      .execute();
  }
  const token = await createSession(db, user.id, now);
  await markSecondFactor(db, token, now);
  return { userId: user.id, token };
}
