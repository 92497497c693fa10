import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';

// The core reads every part needs: a programme, a cycle, whether a person is on a programme's staff, and who the
// two people of a pairing are. Every function takes the tenant first and filters by it.

export interface ProgrammeRow {
  id: string;
  slug: string;
  organiser: string;
  providerId: string | null;
  asksPolitical: boolean;
  womenTargetPercent: number | null;
  contactEmail: string | null;
  active: boolean;
}

export interface CycleRow {
  id: string;
  programmeId: string;
  name: string;
  applicationsOpen: string;
  applicationsClose: string;
  startsOn: string;
  endsOn: string;
  places: number;
  activityKinds: string[];
  activitiesRequired: number;
  status: string;
}

const PROGRAMME = [
  'id',
  'slug',
  'organiser',
  'provider_id as providerId',
  'asks_political as asksPolitical',
  'women_target_percent as womenTargetPercent',
  'contact_email as contactEmail',
  'active',
] as const;

const CYCLE = [
  'id',
  'programme_id as programmeId',
  'name',
  'applications_open as applicationsOpen',
  'applications_close as applicationsClose',
  'starts_on as startsOn',
  'ends_on as endsOn',
  'places',
  'activity_kinds as activityKinds',
  'activities_required as activitiesRequired',
  'status',
] as const;

/** The tenant's programmes, by slug. */
export function listProgrammes(db: Executor, t: Tenant): Promise<ProgrammeRow[]> {
  return db
    .selectFrom('mentoring_programmes')
    .select(PROGRAMME)
    .where('municipality_id', '=', t.municipalityId)
    .orderBy('slug')
    .execute();
}

/** A programme by its slug or id; null when the tenant has none. */
export async function findProgramme(db: Executor, t: Tenant, slugOrId: string): Promise<ProgrammeRow | null> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(slugOrId);
  const row = await db
    .selectFrom('mentoring_programmes')
    .select(PROGRAMME)
    .where('municipality_id', '=', t.municipalityId)
    .where(uuid ? 'id' : 'slug', '=', slugOrId)
    .executeTakeFirst();
  return row ?? null;
}

/** The cycles of a programme, newest start first. */
export function cyclesOf(db: Executor, t: Tenant, programmeId: string): Promise<CycleRow[]> {
  return db
    .selectFrom('mentoring_cycles')
    .select(CYCLE)
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .orderBy('starts_on', 'desc')
    .execute();
}

/** A cycle; null when the tenant has none with this id. */
export async function findCycle(db: Executor, t: Tenant, id: string): Promise<CycleRow | null> {
  const row = await db
    .selectFrom('mentoring_cycles')
    .select(CYCLE)
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/** Whether the person is on the programme's staff list. */
export async function isProgrammeStaff(db: Executor, t: Tenant, programmeId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('mentoring_programme_staff')
    .select('user_id')
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The programmes whose staff list holds the person (for navigation and "My Zuhause"). */
export async function programmesStaffedBy(db: Executor, t: Tenant, userId: string): Promise<ProgrammeRow[]> {
  return db
    .selectFrom('mentoring_programmes as p')
    .innerJoin('mentoring_programme_staff as s', (j) =>
      j.onRef('s.municipality_id', '=', 'p.municipality_id').onRef('s.programme_id', '=', 'p.id'),
    )
    .select(PROGRAMME.map((c) => `p.${c}` as const))
    .where('p.municipality_id', '=', t.municipalityId)
    .where('s.user_id', '=', userId)
    .orderBy('p.slug')
    .execute();
}

/**
 * Pairings joined with their mentee and mentor rows (aliases `p`, `e`, `r`) in every municipality: only for the reads
 * that are scoped to a person instead of a tenant (their own "My mentoring"); all others take `pairingsWithPeople`.
 */
export function pairingsWithPeopleEverywhere(db: Executor) {
  return db
    .selectFrom('mentoring_pairings as p')
    .innerJoin('mentoring_mentees as e', (j) =>
      j.onRef('e.municipality_id', '=', 'p.municipality_id').onRef('e.id', '=', 'p.mentee_id'),
    )
    .innerJoin('mentoring_mentors as r', (j) =>
      j.onRef('r.municipality_id', '=', 'p.municipality_id').onRef('r.id', '=', 'p.mentor_id'),
    );
}

/**
 * A pairing joined with its mentee and mentor rows (aliases `p`, `e`, `r`), within the tenant: the one join every
 * reader of a pairing and its two people starts from.
 */
export function pairingsWithPeople(db: Executor, t: Tenant) {
  return pairingsWithPeopleEverywhere(db).where('p.municipality_id', '=', t.municipalityId);
}

/**
 * Pairings (alias `p`) within the tenant, each joined with its attended activities (alias `a`, null where it has
 * none): a count of `a.id` by pairing is the number of activities that count for completing.
 */
export function pairingsWithAttended(db: Executor, t: Tenant) {
  return db
    .selectFrom('mentoring_pairings as p')
    .leftJoin('mentoring_activities as a', (j) =>
      j
        .onRef('a.municipality_id', '=', 'p.municipality_id')
        .onRef('a.pairing_id', '=', 'p.id')
        .on('a.attended', '=', true),
    )
    .where('p.municipality_id', '=', t.municipalityId);
}

/** The two people of a pairing (their accounts), its cycle and status; null when the tenant has no such pairing. */
export async function pairingPeople(db: Executor, t: Tenant, pairingId: string) {
  const row = await pairingsWithPeople(db, t)
    .select([
      'p.id',
      'p.cycle_id as cycleId',
      'p.status',
      'p.mentee_id as menteeId',
      'p.mentor_id as mentorId',
      'e.user_id as menteeUserId',
      'e.display_name as menteeName',
      'e.locale as menteeLocale',
      'r.user_id as mentorUserId',
      'r.display_name as mentorName',
    ])
    .where('p.id', '=', pairingId)
    .executeTakeFirst();
  return row ?? null;
}

/** A programme's title in the reader's language, else in German (the source); null when it has neither. */
export async function findProgrammeTitle(
  db: Executor,
  t: Tenant,
  programmeId: string,
  locale: string,
): Promise<string | null> {
  const rows = await db
    .selectFrom('mentoring_programme_texts')
    .select(['locale', 'title'])
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('locale', 'in', [locale, 'de'])
    .execute();
  return (rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === 'de'))?.title ?? null;
}

/** A programme's title in the reader's language, else in German (the source); empty when it has neither. */
export async function programmeTitle(db: Executor, t: Tenant, programmeId: string, locale: string): Promise<string> {
  return (await findProgrammeTitle(db, t, programmeId, locale)) ?? '';
}
