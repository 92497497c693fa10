import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import {
  PROGRAMME_SOURCE_LOCALE,
  programmeContentTexts,
  type ProgrammeText,
  type ShownProgrammeText,
} from './programmes.texts.ts';

// The programmes' public reads: the title and aim in the reader's language (German, the source, otherwise), the
// cycles open for applications, and how many places are taken. Every function takes the tenant first.

export type { ProgrammeText, ShownProgrammeText } from './programmes.texts.ts';

/**
 * The texts of the programmes as a reader in `locale` sees them: the translation where one exists (marked
 * outdated when the German changed since), else German (marked missing).
 */
export async function programmeTexts(
  db: Executor,
  t: Tenant,
  programmeIds: readonly string[],
  locale: string,
): Promise<Map<string, ShownProgrammeText>> {
  if (programmeIds.length === 0) return new Map();
  const rows: ProgrammeText[] = await db
    .selectFrom('mentoring_programme_texts')
    .select(['programme_id as programmeId', 'locale', 'title', 'aim', 'source_hash as sourceHash'])
    .where('municipality_id', '=', t.municipalityId)
    .where('programme_id', 'in', [...programmeIds])
    .where('locale', 'in', [...new Set([PROGRAMME_SOURCE_LOCALE, locale])])
    .execute();
  const out = new Map<string, ShownProgrammeText>();
  for (const id of new Set(rows.map((r) => r.programmeId))) {
    const shown = programmeContentTexts.shownIn(
      rows.filter((r) => r.programmeId === id),
      PROGRAMME_SOURCE_LOCALE,
      locale,
    );
    if (shown) out.set(id, shown);
  }
  return out;
}

/** Places taken in a cycle: every application that holds one (not waitlisted, withdrawn or declined). */
export async function takenPlaces(db: Executor, t: Tenant, cycleId: string): Promise<number> {
  const row = await db
    .selectFrom('mentoring_mentees')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', '=', cycleId)
    .where('status', 'in', ['applied', 'accepted', 'matched', 'completed'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A cycle takes applications on `today` (a Berlin day) when it is open and the day is within its period. */
export function isOpenOn(c: { status: string; applicationsOpen: string; applicationsClose: string }, today: string) {
  return c.status === 'open' && c.applicationsOpen <= today && today <= c.applicationsClose;
}

/** The day in Berlin of a moment, as `YYYY-MM-DD`. */
export function berlinDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

/**
 * The programmes with a cycle open for applications on `today`, in every municipality: public facts a person may
 * apply to wherever they live (read for "My Zuhause", not scoped to a tenant because it is the public offer).
 */
export async function openCyclesEverywhere(db: Executor, today: string) {
  return db
    .selectFrom('mentoring_cycles as c')
    .innerJoin('mentoring_programmes as p', (j) =>
      j.onRef('p.municipality_id', '=', 'c.municipality_id').onRef('p.id', '=', 'c.programme_id'),
    )
    .select(['c.municipality_id as municipalityId', 'c.id as cycleId', 'c.name', 'p.slug', 'p.id as programmeId'])
    .where('c.status', '=', 'open')
    .where('p.active', '=', true)
    .where('c.applications_open', '<=', today)
    .where('c.applications_close', '>=', today)
    .orderBy('c.applications_close')
    .execute();
}

/** Applications of the cycles by status (for the staff's overview of what waits). */
export async function statusCounts(db: Executor, t: Tenant, cycleIds: readonly string[]) {
  const out = new Map<string, Record<string, number>>();
  if (cycleIds.length === 0) return out;
  const rows = await db
    .selectFrom('mentoring_mentees')
    .select(['cycle_id as cycleId', 'status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('municipality_id', '=', t.municipalityId)
    .where('cycle_id', 'in', [...cycleIds])
    .groupBy(['cycle_id', 'status'])
    .execute();
  for (const r of rows) {
    const c = out.get(r.cycleId) ?? {};
    c[r.status] = Number(r.n);
    out.set(r.cycleId, c);
  }
  return out;
}
