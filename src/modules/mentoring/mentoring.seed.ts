import { type Tenant, tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import { insertDemoAccounts } from '../../platform/identity/accounts.repository.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { type SeedContext, seedId, seedIds } from '../../platform/modules/seed-context.ts';
import { demoEmail } from '../../seed/demo-accounts.ts';
import { insertMentee, insertMentor } from './applications.repository.ts';
import {
  type DemoMentee,
  type DemoMentor,
  MENTEES_2025,
  MENTEES_2027,
  MENTORS_2025,
  MENTORS_2027_AGAIN,
  MENTORS_2027_NEW,
  PROGRAMME_TEXTS,
} from './mentoring.seed.data.ts';
import { PROGRAMME_SOURCE_LOCALE, programmeTextHash } from './programmes.texts.ts';

// The module's base demo data: Osnabrück's programme "DEMOKRATIE. MACHT. INTEGRATION." (organised by the
// Migrationsbeirat, asking for political direction, a women target of 50 %), run by Sabine Kuhlmann; one cycle
// finished (Sep – Jun, the pairings with their activities, outcomes and feedback) and one open for applications
// (8 mentors signed up, 5 applications). Dates are relative to the seed's clock. Records ids for later steps:
// `mentoringProgramme` (`osnabrueck`), `mentoringCycle` (`osnabrueck/finished`, `osnabrueck/open`),
// `mentoringMentee` and `mentoringMentor` (by account key), `mentoringPairing` (by the mentee's account key).

export const DEMO_PROGRAMME_SLUG = 'demokratie-macht-integration';
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const plus = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/** Accounts for the mentors and mentees (plain accounts: a mentee or mentor needs no role). */
async function accounts(tx: Tx, ctx: SeedContext, people: { key: string; name: string; locale: string }[]) {
  const created = await insertDemoAccounts(
    tx,
    people.map((p) => ({
      email: demoEmail(p.key),
      displayName: p.name,
      passwordHash: ctx.passwordHash,
      locale: p.locale,
    })),
    ctx.now,
  );
  const users = seedIds(ctx, 'user');
  for (const [email, id] of created) users[email.split('@')[0]!] = id;
}

async function mentors(tx: Tx, t: Tenant, ctx: SeedContext, cycleId: string, list: DemoMentor[]) {
  const ids: Record<string, string> = {};
  for (const m of list) {
    ids[m.key] = await insertMentor(tx, t, {
      cycleId,
      userId: seedId(ctx, 'user', m.key),
      displayName: m.name,
      body: m.body,
      faction: m.faction,
      committees: m.committees,
      topics: m.topics,
      languages: m.languages,
      availability: m.availability,
      capacity: m.capacity,
    });
  }
  return ids;
}

async function mentees(tx: Tx, t: Tenant, ctx: SeedContext, cycleId: string, list: DemoMentee[], from: Date) {
  const ids: Record<string, string> = {};
  for (const [i, m] of list.entries()) {
    ids[m.key] = await insertMentee(
      tx,
      t,
      {
        cycleId,
        userId: seedId(ctx, 'user', m.key),
        displayName: m.name,
        locale: m.locale,
        motivation: m.motivation,
        topics: m.topics,
        committees: [],
        languages: m.languages,
        availability: m.availability,
        accessibility: null,
        gender: m.gender,
        politicalDirection: m.political ?? null,
        preferredMentorId: null,
        status: 'applied',
      },
      new Date(from.getTime() + i * 7 * 3_600_000),
    );
  }
  return ids;
}

const ACTIVITIES: [kind: string, title: string][] = [
  ['council_session', 'Ratssitzung'],
  ['committee', 'Ausschuss für Integration'],
  ['faction_meeting', 'Fraktionssitzung'],
  ['consultation_hour', 'Bürgersprechstunde'],
  ['council_session', 'Ratssitzung (Haushalt)'],
  ['online_event', 'Online-Gespräch: Wie kandidiere ich für den Migrationsbeirat?'],
];
/** Attended activities of the finished cycle's pairings, by mentee index: three of them not enough to complete. */
const ATTENDED = [5, 4, 6, 3, 4, 5, 3, 6, 4, 2, 5, 3, 4, 1, 3, 2];
const OUTCOMES: [index: number, kind: string][] = [
  [0, 'advisory_council'],
  [1, 'advisory_council'],
  [2, 'association'],
  [4, 'party_membership'],
  [5, 'consultation_hour'],
  [6, 'advisory_council'],
  [7, 'candidacy'],
  [7, 'party_membership'],
  [10, 'consultation_hour'],
  [12, 'association'],
];

export const mentoringSeed: ManifestSeedStep = {
  name: 'mentoring.programmes',
  async run(tx, ctx) {
    const t = tenant(seedId(ctx, 'municipality', 'osnabrueck'));
    await accounts(tx, ctx, [
      ...[...MENTORS_2025, ...MENTORS_2027_NEW].map((m) => ({ key: m.key, name: m.name, locale: 'de' })),
      ...[...MENTEES_2025, ...MENTEES_2027].map((m) => ({ key: m.key, name: m.name, locale: m.locale })),
    ]);
    const programme = await tx
      .insertInto('mentoring_programmes')
      .values({
        municipality_id: t.municipalityId,
        slug: DEMO_PROGRAMME_SLUG,
        organiser: 'Migrationsbeirat der Stadt Osnabrück',
        provider_id: seedIds(ctx, 'provider')['osnabrueck/migrationsbeirat'] ?? null,
        asks_political: true,
        women_target_percent: 50,
        contact_email: 'migrationsbeirat@osnabrueck.example',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    seedIds(ctx, 'mentoringProgramme').osnabrueck = programme.id;
    const germanHash = programmeTextHash(PROGRAMME_TEXTS[PROGRAMME_SOURCE_LOCALE]!);
    await tx
      .insertInto('mentoring_programme_texts')
      .values(
        Object.entries(PROGRAMME_TEXTS).map(([locale, x]) => ({
          municipality_id: t.municipalityId,
          programme_id: programme.id,
          locale,
          title: x.title,
          aim: x.aim,
          // A translation records the hash of the German it was made from, as the staff form saves it: current.
          source_hash: locale === PROGRAMME_SOURCE_LOCALE ? null : germanHash,
        })),
      )
      .execute();
    await tx
      .insertInto('mentoring_programme_staff')
      .values({
        municipality_id: t.municipalityId,
        programme_id: programme.id,
        user_id: seedId(ctx, 'user', 'admin.osnabrueck'),
      })
      .execute();

    // The finished cycle: applications in May and June of last year, the mentoring from September to June.
    const y = ctx.now.getUTCFullYear();
    const finished = await tx
      .insertInto('mentoring_cycles')
      .values({
        municipality_id: t.municipalityId,
        programme_id: programme.id,
        name: `${y - 1}/${String(y % 100).padStart(2, '0')}`,
        applications_open: `${y - 1}-05-01`,
        applications_close: `${y - 1}-06-30`,
        starts_on: `${y - 1}-09-01`,
        ends_on: `${y}-06-30`,
        places: 16,
        activities_required: 3,
        status: 'finished',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const open = await tx
      .insertInto('mentoring_cycles')
      .values({
        municipality_id: t.municipalityId,
        programme_id: programme.id,
        name: String(y + 1),
        applications_open: iso(plus(ctx.now, -14)),
        applications_close: iso(plus(ctx.now, 42)),
        starts_on: iso(plus(ctx.now, 60)),
        ends_on: iso(plus(ctx.now, 60 + 300)),
        places: 12,
        activities_required: 3,
        status: 'open',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const cycles = seedIds(ctx, 'mentoringCycle');
    cycles['osnabrueck/finished'] = finished.id;
    cycles['osnabrueck/open'] = open.id;

    const mentorIds = await mentors(tx, t, ctx, finished.id, MENTORS_2025);
    const menteeIds = await mentees(tx, t, ctx, finished.id, MENTEES_2025, new Date(`${y - 1}-05-03T09:00:00Z`));
    // Pairs in order, each mentor up to their capacity.
    const slots = MENTORS_2025.flatMap((m) => Array.from({ length: m.capacity }, () => m.key));
    const pairingIds = seedIds(ctx, 'mentoringPairing');
    const start = new Date(`${y - 1}-09-01T00:00:00Z`);
    for (const [i, m] of MENTEES_2025.entries()) {
      const attended = ATTENDED[i]!;
      const done = attended >= 3;
      const pairing = await tx
        .insertInto('mentoring_pairings')
        .values({
          municipality_id: t.municipalityId,
          cycle_id: finished.id,
          mentee_id: menteeIds[m.key]!,
          mentor_id: mentorIds[slots[i]!]!,
          status: done ? 'completed' : 'ended',
          mentee_answer: 'accepted',
          mentor_answer: 'accepted',
          published_at: new Date(`${y - 1}-08-15T10:00:00Z`),
          reasons: '[]',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      pairingIds[m.key] = pairing.id;
      await tx
        .updateTable('mentoring_mentees')
        .set({ status: done ? 'completed' : 'matched', completed_at: done ? new Date(`${y}-06-30T16:00:00Z`) : null })
        .where('municipality_id', '=', t.municipalityId)
        .where('id', '=', menteeIds[m.key]!)
        .execute();
      // Activities on Tuesdays, about six weeks apart; one more not attended for some.
      const rows = Array.from({ length: attended + (i % 4 === 0 ? 1 : 0) }, (_, j) => {
        const [kind, title] = ACTIVITIES[j % ACTIVITIES.length]!;
        const d = plus(start, 7 + j * 42 + (i % 3) * 7);
        const tuesday = plus(d, (9 - d.getUTCDay()) % 7);
        return {
          municipality_id: t.municipalityId,
          pairing_id: pairing.id,
          kind,
          title,
          on_date: iso(tuesday),
          attended: j < attended,
          recorded_by: seedId(ctx, 'user', m.key),
        };
      });
      await tx.insertInto('mentoring_activities').values(rows).execute();
      if (done) {
        const score = (base: number) => Math.min(5, Math.max(1, base + ((i * 7) % 3) - 1));
        await tx
          .insertInto('mentoring_feedback')
          .values(
            (['mentee', 'mentor'] as const).flatMap((side) =>
              (['mid', 'final'] as const).map((stage) => ({
                municipality_id: t.municipalityId,
                pairing_id: pairing.id,
                side,
                stage,
                scores: JSON.stringify({
                  overall: score(stage === 'final' ? 5 : 4),
                  understanding: score(4),
                  confidence: score(side === 'mentee' ? 4 : 5),
                  mentor_time: score(4),
                }),
                submitted_at: new Date(stage === 'mid' ? `${y}-02-10T18:00:00Z` : `${y}-06-20T18:00:00Z`),
              })),
            ),
          )
          .execute();
      }
    }
    await tx
      .insertInto('mentoring_outcomes')
      .values(
        OUTCOMES.map(([i, kind]) => ({
          municipality_id: t.municipalityId,
          mentee_id: menteeIds[MENTEES_2025[i]!.key]!,
          kind,
          recorded_at: new Date(`${y}-07-15T10:00:00Z`),
        })),
      )
      .execute();

    // The open cycle: six mentors again, two new; five applications in the first two weeks.
    const again = MENTORS_2025.filter((m) => MENTORS_2027_AGAIN.includes(m.key));
    const openMentors = await mentors(tx, t, ctx, open.id, [...again, ...MENTORS_2027_NEW]);
    const openMentees = await mentees(tx, t, ctx, open.id, MENTEES_2027, plus(ctx.now, -12));
    const mentorSeed = seedIds(ctx, 'mentoringMentor');
    for (const [k, id] of Object.entries({ ...mentorIds })) mentorSeed[`finished/${k}`] = id;
    for (const [k, id] of Object.entries(openMentors)) mentorSeed[`open/${k}`] = id;
    const menteeSeed = seedIds(ctx, 'mentoringMentee');
    for (const [k, id] of Object.entries(menteeIds)) menteeSeed[`finished/${k}`] = id;
    for (const [k, id] of Object.entries(openMentees)) menteeSeed[`open/${k}`] = id;
  },
};
