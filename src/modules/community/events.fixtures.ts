import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { tenant } from '../../platform/db/tenant.ts';

// Test support of the events part (used by its tests only; free of the test harness so the module's boundary
// rules hold). Sessions are opened straight in the database with the second factor done.

const DEMO_DOMAIN = 'demo.zuhause.example';

/** A session token for a seeded demo account (`ehrenamt.asendorf`). */
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

/** The id of a seeded municipality. */
export async function municipalityId(db: Executor, slug: string): Promise<string> {
  return (await db.selectFrom('municipalities').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
}

/** The id of a seeded demo account. */
export async function userId(db: Executor, key: string): Promise<string> {
  return (
    await db.selectFrom('users').select('id').where('email', '=', `${key}@${DEMO_DOMAIN}`).executeTakeFirstOrThrow()
  ).id;
}

/** A use-case call in a municipality, by a person, at a moment (what a route would pass). */
export function callIn(db: UseCaseCall['db'], municipality: string, actor: string | null, now: Date): UseCaseCall {
  return { db, tenant: tenant(municipality), actor, requestId: null, now };
}

/** A valid series form (a weekly language café on Tuesdays at 18:00 from a given day), with overrides. */
export function eventFormData(over: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    typeKey: 'language_cafe',
    sourceLocale: 'de',
    title: 'Sprachcafé am Dienstag',
    description: 'Deutsch üben bei Tee.',
    organiserName: 'Elke Brüning',
    place: 'address',
    address: 'Gemeindehaus, 27330 Asendorf',
    languages: ['de', 'fa'],
    startDate: '2027-03-16',
    startTime: '18:00',
    endTime: '19:30',
    repeat: 'weekly',
    interval: '1',
    weekdays: 'TU',
    ends: 'never',
    registration: 'required',
    capacity: '12',
    ...over,
  };
}
