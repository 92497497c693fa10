import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { CertificateSnapshot } from './certificates.tables.ts';

// The only SQL of the certificates. Every function takes the tenant first and filters by it, except
// `municipalityOfCode`: the public verification page knows only the code (see the decision record 0223).

/** The cycle's completed mentees that have no certificate yet, in the order they applied. */
export function completedWithoutCertificate(db: Executor, t: Tenant, cycleId: string) {
  return db
    .selectFrom('mentoring_mentees as e')
    .leftJoin('mentoring_certificates as c', (j) =>
      j.onRef('c.municipality_id', '=', 'e.municipality_id').onRef('c.mentee_id', '=', 'e.id'),
    )
    .select(['e.id', 'e.display_name as name', 'e.locale'])
    .where('e.municipality_id', '=', t.municipalityId)
    .where('e.cycle_id', '=', cycleId)
    .where('e.status', '=', 'completed')
    .where('c.id', 'is', null)
    .orderBy('e.applied_at')
    .orderBy('e.id')
    .execute();
}

/** How many of the cycle's mentees are completed, and how many of them hold a certificate. */
export async function certificateCounts(db: Executor, t: Tenant, cycleId: string) {
  const row = await db
    .selectFrom('mentoring_mentees as e')
    .leftJoin('mentoring_certificates as c', (j) =>
      j.onRef('c.municipality_id', '=', 'e.municipality_id').onRef('c.mentee_id', '=', 'e.id'),
    )
    .select((eb) => [eb.fn.countAll<string>().as('completed'), eb.fn.count<string>('c.id').as('issued')])
    .where('e.municipality_id', '=', t.municipalityId)
    .where('e.cycle_id', '=', cycleId)
    .where('e.status', '=', 'completed')
    .executeTakeFirstOrThrow();
  return { completed: Number(row.completed), issued: Number(row.issued) };
}

/** The attended activities of a mentee's pairings (a declined pairing has none that count), by date. */
export function attendedActivities(db: Executor, t: Tenant, menteeId: string) {
  return db
    .selectFrom('mentoring_activities as a')
    .innerJoin('mentoring_pairings as p', (j) =>
      j.onRef('p.municipality_id', '=', 'a.municipality_id').onRef('p.id', '=', 'a.pairing_id'),
    )
    .select(['a.kind', 'a.title', 'a.on_date as onDate'])
    .where('a.municipality_id', '=', t.municipalityId)
    .where('p.mentee_id', '=', menteeId)
    .where('p.status', 'in', ['active', 'completed', 'ended'])
    .where('a.attended', '=', true)
    .orderBy('a.on_date')
    .orderBy('a.id')
    .execute();
}

/** The programme's titles by language. */
export async function programmeTitles(db: Executor, t: Tenant, programmeId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('mentoring_programme_texts')
    .select(['locale', 'title'])
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .execute();
  return new Map(rows.map((r) => [r.locale, r.title]));
}

export interface NewCertificate {
  menteeId: string;
  code: string;
  issuedAt: Date;
  issuedBy: string | null;
  menteeName: string;
  locale: string;
  snapshot: CertificateSnapshot;
}

/** Stores a certificate; null when the mentee already holds one (or, very rarely, the code is taken). */
export async function insertCertificate(db: Executor, t: Tenant, v: NewCertificate): Promise<string | null> {
  const row = await db
    .insertInto('mentoring_certificates')
    .values({
      municipality_id: t.municipalityId,
      mentee_id: v.menteeId,
      code: v.code,
      issued_at: v.issuedAt,
      issued_by: v.issuedBy,
      mentee_name: v.menteeName,
      locale: v.locale,
      snapshot: JSON.stringify(v.snapshot),
      activities_count: v.snapshot.activities.length,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

const CERTIFICATE = [
  'c.id',
  'c.code',
  'c.mentee_id as menteeId',
  'c.issued_at as issuedAt',
  'c.mentee_name as menteeName',
  'c.locale',
  'c.snapshot',
  'c.activities_count as activitiesCount',
  'e.user_id as menteeUserId',
  'y.programme_id as programmeId',
  'e.cycle_id as cycleId',
] as const;

function certificates(db: Executor, t: Tenant) {
  return db
    .selectFrom('mentoring_certificates as c')
    .innerJoin('mentoring_mentees as e', (j) =>
      j.onRef('e.municipality_id', '=', 'c.municipality_id').onRef('e.id', '=', 'c.mentee_id'),
    )
    .innerJoin('mentoring_cycles as y', (j) =>
      j.onRef('y.municipality_id', '=', 'e.municipality_id').onRef('y.id', '=', 'e.cycle_id'),
    )
    .select(CERTIFICATE)
    .where('c.municipality_id', '=', t.municipalityId);
}

export type CertificateRow = NonNullable<Awaited<ReturnType<typeof findCertificate>>>;

/** A certificate with who may open it (the mentee's account, the programme); null when the tenant has none. */
export async function findCertificate(db: Executor, t: Tenant, id: string) {
  return (await certificates(db, t).where('c.id', '=', id).executeTakeFirst()) ?? null;
}

/** A certificate by its verification code within the tenant. */
export async function certificateByCode(db: Executor, t: Tenant, code: string) {
  return (await certificates(db, t).where('c.code', '=', code).executeTakeFirst()) ?? null;
}

/** A mentee's certificate (its id and code); null when none was issued. */
export async function certificateOfMentee(db: Executor, t: Tenant, menteeId: string) {
  const row = await db
    .selectFrom('mentoring_certificates')
    .select(['id', 'code', 'issued_at as issuedAt'])
    .where('municipality_id', '=', t.municipalityId)
    .where('mentee_id', '=', menteeId)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * The municipality a verification code belongs to: the one read across tenants, because the public page knows
 * only the code. It returns the municipality alone; everything else is read with that tenant.
 */
export async function municipalityOfCode(db: Executor, code: string): Promise<string | null> {
  const row = await db
    .selectFrom('mentoring_certificates')
    .select('municipality_id')
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.municipality_id ?? null;
}
