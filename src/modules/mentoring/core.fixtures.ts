import { randomUUID } from 'node:crypto';
import type { Role } from '../../platform/auth/session-user.ts';
import type { Executor } from '../../platform/db/types.ts';
import './mentoring.tables.ts';

// The fixtures every part's tests start from, written straight into the tables (whatever the pages do): an account,
// and a programme with its texts and its staff list.

/** An account with no password (tests sign it in with a session), holding `roles` in a municipality; its id. */
export async function insertAccount(
  db: Executor,
  o: { name: string; locale?: string | null; municipalityId?: string | null; roles?: readonly Role[] },
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      email: `${randomUUID()}@mentoring.test`,
      display_name: o.name,
      password_hash: null,
      totp_secret: null,
      locale: o.locale ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const role of o.roles ?? []) {
    await db
      .insertInto('role_assignments')
      .values({
        user_id: row.id,
        role,
        municipality_id: o.municipalityId ?? null,
        quartier_id: null,
        provider_id: null,
      })
      .execute();
  }
  return row.id;
}

export interface ProgrammeFixture {
  slug: string;
  organiser: string;
  asksPolitical?: boolean;
  womenTargetPercent?: number | null;
  /** The title and aim by language. */
  texts: Readonly<Record<string, { title: string; aim: string }>>;
  /** The user ids on the programme's staff list. */
  staff?: readonly string[];
}

/** A programme of municipality `m` with its texts and staff; its id. */
export async function insertProgramme(db: Executor, m: string, p: ProgrammeFixture): Promise<string> {
  const row = await db
    .insertInto('mentoring_programmes')
    .values({
      municipality_id: m,
      slug: p.slug,
      organiser: p.organiser,
      asks_political: p.asksPolitical,
      women_target_percent: p.womenTargetPercent,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('mentoring_programme_texts')
    .values(
      Object.entries(p.texts).map(([locale, { title, aim }]) => ({
        municipality_id: m,
        programme_id: row.id,
        locale,
        title,
        aim,
      })),
    )
    .execute();
  for (const userId of p.staff ?? []) {
    await db
      .insertInto('mentoring_programme_staff')
      .values({ municipality_id: m, programme_id: row.id, user_id: userId })
      .execute();
  }
  return row.id;
}
