import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import type { ProgrammeText } from './programmes.texts.ts';

// The writes of programmes and cycles (staff forms). Every function takes the tenant first and filters by it.

export interface ProgrammeValues {
  slug: string;
  organiser: string;
  asksPolitical: boolean;
  womenTargetPercent: number | null;
  contactEmail: string | null;
  active: boolean;
}

const programmeRow = (t: Tenant, v: ProgrammeValues) => ({
  municipality_id: t.municipalityId,
  slug: v.slug,
  organiser: v.organiser,
  asks_political: v.asksPolitical,
  women_target_percent: v.womenTargetPercent,
  contact_email: v.contactEmail,
  active: v.active,
});

/** Inserts a programme; null when the slug is taken in the tenant. */
export async function insertProgramme(db: Executor, t: Tenant, v: ProgrammeValues): Promise<string | null> {
  const row = await db
    .insertInto('mentoring_programmes')
    .values(programmeRow(t, v))
    .onConflict((oc) => oc.columns(['municipality_id', 'slug']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Whether another programme of the tenant has the slug. */
export async function slugTaken(db: Executor, t: Tenant, slug: string, except: string): Promise<boolean> {
  const row = await db
    .selectFrom('mentoring_programmes')
    .select('id')
    .where('municipality_id', '=', t.municipalityId)
    .where('slug', '=', slug)
    .where('id', '<>', except)
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateProgramme(db: Executor, t: Tenant, id: string, v: ProgrammeValues, now: Date) {
  await db
    .updateTable('mentoring_programmes')
    .set({ ...programmeRow(t, v), updated_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Saves the German source text (translations keep the hash of the source they were made from). */
export async function saveSourceText(
  db: Executor,
  t: Tenant,
  programmeId: string,
  v: { title: string; aim: string },
  now: Date,
) {
  await db
    .insertInto('mentoring_programme_texts')
    .values({
      municipality_id: t.municipalityId,
      programme_id: programmeId,
      locale: 'de',
      title: v.title,
      aim: v.aim,
      source_hash: null,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['municipality_id', 'programme_id', 'locale'])
        .doUpdateSet({ title: v.title, aim: v.aim, updated_at: now }),
    )
    .execute();
}

/** The German source text of a programme. */
export async function sourceText(db: Executor, t: Tenant, programmeId: string) {
  const row = await db
    .selectFrom('mentoring_programme_texts')
    .select(['title', 'aim'])
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .where('locale', '=', 'de')
    .executeTakeFirst();
  return row ?? null;
}

/** A programme's title and aim in every language it has (the German source among them). */
export async function textsOfProgramme(db: Executor, t: Tenant, programmeId: string): Promise<ProgrammeText[]> {
  return db
    .selectFrom('mentoring_programme_texts')
    .select(['programme_id as programmeId', 'locale', 'title', 'aim', 'source_hash as sourceHash'])
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .execute();
}

/** Saves a translation of title and aim with the hash of the German source it was made from. */
export async function saveTranslation(
  db: Executor,
  t: Tenant,
  programmeId: string,
  v: { locale: string; title: string; aim: string; sourceHash: string | null },
  now: Date,
) {
  const text = { title: v.title, aim: v.aim, source_hash: v.sourceHash, updated_at: now };
  await db
    .insertInto('mentoring_programme_texts')
    .values({ municipality_id: t.municipalityId, programme_id: programmeId, locale: v.locale, ...text })
    .onConflict((oc) => oc.columns(['municipality_id', 'programme_id', 'locale']).doUpdateSet(text))
    .execute();
}

export async function staffOf(db: Executor, t: Tenant, programmeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('mentoring_programme_staff')
    .select('user_id')
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .execute();
  return rows.map((r) => r.user_id);
}

export async function replaceStaff(db: Executor, t: Tenant, programmeId: string, userIds: readonly string[]) {
  await db
    .deleteFrom('mentoring_programme_staff')
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', '=', programmeId)
    .execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('mentoring_programme_staff')
    .values(userIds.map((u) => ({ municipality_id: t.municipalityId, programme_id: programmeId, user_id: u })))
    .execute();
}

export interface CycleValues {
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

const cycleRow = (v: CycleValues) => ({
  name: v.name,
  applications_open: v.applicationsOpen,
  applications_close: v.applicationsClose,
  starts_on: v.startsOn,
  ends_on: v.endsOn,
  places: v.places,
  activity_kinds: v.activityKinds,
  activities_required: v.activitiesRequired,
  status: v.status,
});

export async function insertCycle(db: Executor, t: Tenant, programmeId: string, v: CycleValues): Promise<string> {
  const row = await db
    .insertInto('mentoring_cycles')
    .values({ municipality_id: t.municipalityId, programme_id: programmeId, ...cycleRow(v) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCycle(db: Executor, t: Tenant, id: string, v: CycleValues, now: Date) {
  await db
    .updateTable('mentoring_cycles')
    .set({ ...cycleRow(v), updated_at: now })
    .where('municipality_id', '=', t.municipalityId)
    .where('id', '=', id)
    .execute();
}
