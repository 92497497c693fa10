import type { Role } from '../../platform/auth/session-user.ts';
import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { GeoJsonGeometry } from './directory.tables.ts';

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
  grants: { role: Role; municipalityId: string | null; quartierId?: string }[],
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
      .values(
        grants.map((g) => ({
          user_id: user.id,
          role: g.role,
          municipality_id: g.municipalityId,
          quartier_id: g.quartierId ?? null,
        })),
      )
      .execute();
  }
  const token = await createSession(db, user.id, now);
  await markSecondFactor(db, token, now);
  return { userId: user.id, token };
}

/** A ring from a flat list of coordinates (x, y, x, y …); tests pass wrong values on purpose (`ring<unknown>`). */
export function ring<T = number>(...xy: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xy.length; i += 2) out.push(xy.slice(i, i + 2));
  return out;
}

/** A GeoJSON Polygon of one ring, from a flat list of coordinates. */
export function polygon<T = number>(...xy: T[]): { type: 'Polygon'; coordinates: T[][][] } {
  return { type: 'Polygon', coordinates: [ring(...xy)] };
}

/** A small closed square in Meppen, as a Quartier's stored boundary. */
const SQUARE = polygon(7.3, 52.6, 7.31, 52.6, 7.31, 52.61, 7.3, 52.6) as GeoJsonGeometry;

/** Meppen's Quartier Esterfeld (inside the square) and a charity; what the test needs beside is given. */
export async function meppenDirectory(
  db: Executor,
  meppen: string,
  quartier: { area_description?: string; approx_residents: number },
  provider: { name: string; email: string },
): Promise<void> {
  await db
    .insertInto('quartiere')
    .values({ municipality_id: meppen, slug: 'esterfeld', name: 'Esterfeld', boundary: SQUARE, ...quartier })
    .execute();
  await db
    .insertInto('providers')
    .values({ municipality_id: meppen, kind: 'charity', ...provider })
    .execute();
}

/** The stored provider whose column has this value (the first one: tests create one at a time). */
export function providerWhere(db: Executor, column: 'id' | 'municipality_id', value: string) {
  return db.selectFrom('providers').selectAll().where(column, '=', value).executeTakeFirstOrThrow();
}

/** The stored municipality with this slug. */
export function municipalityBySlug(db: Executor, slug: string) {
  return db.selectFrom('municipalities').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
}

/** The stored user with this e-mail address. */
export function userByEmail(db: Executor, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
}

/** The mails queued to this address. */
export function mailTo(db: Executor, address: string) {
  return db
    .selectFrom('mail_outbox')
    .select(['to_address', 'municipality_id', 'body_text'])
    .where('to_address', '=', address)
    .execute();
}
