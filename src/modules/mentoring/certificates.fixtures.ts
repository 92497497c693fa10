import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/types.ts';
import { insertAccount, insertProgramme } from './core.fixtures.ts';

// Test fixtures of the certificates: a programme with its staff, a finished cycle, a mentor, and mentees with
// pairings and attended activities, written straight into the core tables (whatever the other parts' pages do).

let serial = 0;

// Each account counts on: the day a mentee applied follows the count.
function account(db: Kysely<Database>, name: string, locale: string | null = null): Promise<string> {
  serial += 1;
  return insertAccount(db, { name, locale });
}

export interface FixtureMentee {
  id: string;
  userId: string;
  name: string;
  pairingId: string;
}

export interface CertificateFixture {
  programmeId: string;
  slug: string;
  cycleId: string;
  mentorId: string;
  /** Completed: "محمد العلي" (ar, 3 attended and 1 missed activity), "زهرا رضایی" (fa, 4 attended). */
  mohammed: FixtureMentee;
  zahra: FixtureMentee;
  /** Ended without completing (1 attended activity): no certificate. */
  dropped: FixtureMentee;
}

/**
 * A programme in municipality `m` whose staff list holds `staffUserId`, titled in German, Arabic and Farsi; a cycle
 * (finished unless `status` says otherwise) with three mentees of one mentor: two completed, one not.
 */
export async function certificateFixture(
  db: Kysely<Database>,
  m: string,
  o: { staffUserId?: string; status?: string } = {},
): Promise<CertificateFixture> {
  serial += 1;
  const slug = `zertifikat-${process.pid}-${serial}`;
  const titled = (title: string) => ({ title, aim: title });
  const programmeId = await insertProgramme(db, m, {
    slug,
    organiser: 'Migrationsbeirat der Stadt Osnabrück',
    womenTargetPercent: 50,
    texts: {
      de: titled('DEMOKRATIE. MACHT. INTEGRATION.'),
      ar: titled('الديمقراطية. السلطة. الاندماج.'),
      fa: titled('دموکراسی. قدرت. ادغام.'),
    },
    staff: o.staffUserId ? [o.staffUserId] : [],
  });
  const cycle = await db
    .insertInto('mentoring_cycles')
    .values({
      municipality_id: m,
      programme_id: programmeId,
      name: '2025/26',
      applications_open: '2025-06-01',
      applications_close: '2025-07-31',
      starts_on: '2025-09-01',
      ends_on: '2026-06-30',
      places: 20,
      activities_required: 3,
      status: o.status ?? 'finished',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const mentor = await db
    .insertInto('mentoring_mentors')
    .values({
      municipality_id: m,
      cycle_id: cycle.id,
      user_id: await account(db, 'Birgit Hoffmann'),
      display_name: 'Birgit Hoffmann',
      body: 'Rat der Stadt Osnabrück',
      faction: null,
      capacity: 3,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  async function mentee(
    name: string,
    locale: string,
    status: string,
    pairing: string,
    activities: [kind: string, title: string, day: string, attended: boolean][],
  ): Promise<FixtureMentee> {
    const userId = await account(db, name, locale);
    const row = await db
      .insertInto('mentoring_mentees')
      .values({
        municipality_id: m,
        cycle_id: cycle.id,
        user_id: userId,
        display_name: name,
        locale,
        motivation: 'Ich möchte verstehen, wie der Rat entscheidet.',
        gender: null,
        accessibility: null,
        political_direction: null,
        political_consent_at: null,
        preferred_mentor_id: null,
        status,
        applied_at: new Date(`2025-06-${10 + (serial % 10)}T10:00:00Z`),
        completed_at: status === 'completed' ? new Date('2026-06-30T16:00:00Z') : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const p = await db
      .insertInto('mentoring_pairings')
      .values({
        municipality_id: m,
        cycle_id: cycle.id,
        mentee_id: row.id,
        mentor_id: mentor.id,
        status: pairing,
        run_id: null,
        score: null,
        mentee_answer: 'accepted',
        mentor_answer: 'accepted',
        published_at: new Date('2025-08-20T10:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [kind, title, day, attended] of activities) {
      await db
        .insertInto('mentoring_activities')
        .values({
          municipality_id: m,
          pairing_id: p.id,
          session_id: null,
          kind,
          title,
          on_date: day,
          attended,
          recorded_by: userId,
        })
        .execute();
    }
    return { id: row.id, userId, name, pairingId: p.id };
  }

  const mohammed = await mentee('محمد العلي', 'ar', 'completed', 'completed', [
    ['council_session', 'Sitzung des Rates', '2025-10-14', true],
    ['committee', 'Ausschuss für Integration', '2025-11-20', true],
    ['faction_meeting', 'Fraktionssitzung', '2026-01-13', false],
    ['consultation_hour', 'Bürgersprechstunde der Oberbürgermeisterin', '2026-03-03', true],
  ]);
  const zahra = await mentee('زهرا رضایی', 'fa', 'completed', 'completed', [
    ['council_session', 'Sitzung des Rates', '2025-10-14', true],
    ['committee', 'Ausschuss für Stadtentwicklung', '2025-12-04', true],
    ['online_event', 'Online-Gespräch zum Haushalt', '2026-02-10', true],
    ['council_session', 'Sitzung des Rates', '2026-05-12', true],
  ]);
  const dropped = await mentee('Oleksandr Petrenko', 'uk', 'matched', 'ended', [
    ['council_session', 'Sitzung des Rates', '2025-10-14', true],
  ]);
  return { programmeId, slug, cycleId: cycle.id, mentorId: mentor.id, mohammed, zahra, dropped };
}
