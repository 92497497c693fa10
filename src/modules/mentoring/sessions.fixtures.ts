import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/types.ts';
import { insertProgramme } from './core.fixtures.ts';

// Test fixtures of the sessions part: a programme with its German text and its staff, written straight into the
// core tables, so that the sessions pages have a programme whatever the programmes part's pages do.

let serial = 0;

export interface FixtureProgramme {
  programmeId: string;
  slug: string;
}

/**
 * A programme of municipality `m` (slug `slug`, default `fixture-<n>`) whose staff list holds `staff` (user ids).
 */
export async function fixtureProgramme(
  db: Kysely<Database>,
  m: string,
  o: { slug?: string; staff?: readonly string[] } = {},
): Promise<FixtureProgramme> {
  serial++;
  const slug = o.slug ?? `fixture-${process.pid}-${serial}`;
  const programmeId = await insertProgramme(db, m, {
    slug,
    organiser: 'Migrationsbeirat',
    womenTargetPercent: null,
    texts: {
      de: { title: 'Demokratie erleben', aim: 'Menschen mit Einwanderungsgeschichte begleiten Ratsmitglieder.' },
    },
    staff: o.staff,
  });
  return { programmeId, slug };
}

/** The account id of an address (for the staff list). */
export async function userIdOf(db: Kysely<Database>, email: string): Promise<string> {
  const u = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return u.id;
}

/** A manual session of a programme starting at `startsAt`. */
export async function fixtureSession(
  db: Kysely<Database>,
  m: string,
  programmeId: string,
  o: { title?: string; startsAt: Date; kind?: string },
): Promise<string> {
  const row = await db
    .insertInto('mentoring_sessions')
    .values({
      municipality_id: m,
      programme_id: programmeId,
      kind: o.kind ?? 'council_session',
      title: o.title ?? 'Ratssitzung',
      organization: null,
      starts_at: o.startsAt,
      ends_at: null,
      location: null,
      visitor_note: null,
      web_url: null,
      oparl_id: null,
      oparl_modified: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
