import type { Tx } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { seedId, seedIds, type SeedContext } from '../../platform/modules/seed-context.ts';
import type { ApplicationStatus, MemberRole } from './housing.tables.ts';
import { rulesInForce } from './rules.service.ts';

interface DemoHousehold {
  key: string;
  municipality: 'meppen' | 'osnabrueck';
  /** The demo account that owns it; absent: created by the municipality's counsellor with the household. */
  owner?: string;
  contact: string;
  email: string;
  locale: Locale;
  members: [MemberRole, string | null][];
  urgency: number;
  reason?: string;
  mustLeaveInDays?: number;
  waitingDays: number;
  /** From the household's Jobcenter decision; absent: the municipality's KdU limit for its size. */
  rentLimitEuros?: number;
  stepFree?: boolean;
  wheelchair?: boolean;
  permit: string;
  /** A Wohnberechtigungsschein the household holds, valid this many more days. */
  wbsValidDays?: number;
}

const HOUSEHOLDS: DemoHousehold[] = [
  {
    key: 'meppen/al-khatib',
    municipality: 'meppen',
    owner: 'bewohner.meppen',
    contact: 'Ahmad Al-Khatib',
    email: 'bewohner.meppen@demo.zuhause.example',
    locale: 'ar',
    members: [
      ['adult', '27-64'],
      ['adult', '27-64'],
      ['child', '14-17'],
      ['child', '6-13'],
      ['child', '0-5'],
    ],
    urgency: 2,
    reason: 'Die Familie lebt in der Gemeinschaftsunterkunft an der Herzog-Arenberg-Straße.',
    mustLeaveInDays: 90,
    waitingDays: 420,
    rentLimitEuros: 780,
    permit: 'humanitarian',
    // The city issued the family a WBS in the spring: it may take the WBS-bound flats too.
    wbsValidDays: 200,
  },
  {
    key: 'meppen/yilmaz',
    municipality: 'meppen',
    contact: 'Mehmet Yılmaz',
    email: 'm.yilmaz@example.org',
    locale: 'tr',
    members: [['adult', '65+']],
    urgency: 1,
    waitingDays: 210,
    stepFree: true,
    permit: 'settlement-permit',
  },
  {
    key: 'meppen/haidari',
    municipality: 'meppen',
    contact: 'Mariam Haidari',
    email: 'mariam.haidari@example.org',
    locale: 'fa',
    members: [
      ['adult', '27-64'],
      ['child', '6-13'],
      ['unborn', null],
    ],
    urgency: 3,
    reason: 'Die Unterkunft schließt; Auszug bis zum angegebenen Datum.',
    mustLeaveInDays: 30,
    waitingDays: 95,
    permit: 'humanitarian',
  },
  {
    key: 'osnabrueck/kovalenko',
    municipality: 'osnabrueck',
    owner: 'bewohner.osnabrueck',
    contact: 'Olena Kovalenko',
    email: 'bewohner.osnabrueck@demo.zuhause.example',
    locale: 'uk',
    members: [
      ['adult', '27-64'],
      ['child', '6-13'],
    ],
    urgency: 1,
    waitingDays: 300,
    permit: 'temporary-protection',
  },
  {
    key: 'osnabrueck/petrov',
    municipality: 'osnabrueck',
    contact: 'Andrij Petrov',
    email: 'a.petrov@example.org',
    locale: 'ru',
    members: [
      ['adult', '27-64'],
      ['adult', '27-64'],
      ['child', '0-5'],
    ],
    urgency: 0,
    waitingDays: 40,
    wheelchair: true,
    permit: 'temporary-protection',
  },
];

const dayOffset = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function insertDemoHousehold(tx: Tx, ctx: SeedContext, h: DemoHousehold): Promise<string> {
  const m = seedId(ctx, 'municipality', h.municipality);
  const counsellor = h.owner ? null : seedId(ctx, 'user', `beratung.${h.municipality}`);
  const kdu = (await rulesInForce(tx, m, ctx.now)).kdu;
  const kduEuros = kdu?.limits[Math.min(h.members.length, kdu.limits.length) - 1] ?? null;
  const euros = h.rentLimitEuros ?? kduEuros;
  const row = await tx
    .insertInto('housing_households')
    .values({
      municipality_id: m,
      owner_user_id: h.owner ? seedId(ctx, 'user', h.owner) : null,
      created_by_user_id: counsellor,
      consent_at: new Date(ctx.now.getTime() - h.waitingDays * 86_400_000),
      contact_name: h.contact,
      contact_email: h.email,
      preferred_locale: h.locale,
      rent_limit_cents: euros === null ? null : euros * 100,
      rent_limit_source: h.rentLimitEuros ? 'entered' : euros === null ? 'none' : 'kdu',
      needs_step_free: h.stepFree === true || h.wheelchair === true,
      needs_wheelchair: h.wheelchair === true,
      permit_category: h.permit,
      permit_valid_until: dayOffset(ctx.now, 400),
      wbs_valid_until: h.wbsValidDays ? dayOffset(ctx.now, h.wbsValidDays) : null,
      waiting_since: dayOffset(ctx.now, -h.waitingDays),
      urgency: h.urgency,
      urgency_reason: h.reason ?? null,
      must_leave_by: h.mustLeaveInDays ? dayOffset(ctx.now, h.mustLeaveInDays) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('housing_household_members')
    .values(
      h.members.map(([role, age], i) => ({
        municipality_id: m,
        household_id: row.id,
        position: i + 1,
        role,
        age_group: age as never,
        first_name: null,
        single_parent: h.members.filter((x) => x[0] === 'adult').length === 1 && i === 0 && h.members.length > 1,
      })),
    )
    .execute();
  return row.id;
}

// Open applications in several states, on the published flats the flats part seeded (none: no applications).
const STATES: ApplicationStatus[] = ['submitted', 'shortlisted', 'viewing', 'offered'];

async function demoApplications(tx: Tx, ctx: SeedContext, municipality: string, households: string[]) {
  const m = seedId(ctx, 'municipality', municipality);
  const flats = await tx
    .selectFrom('housing_flats')
    .select('id')
    .where('municipality_id', '=', m)
    .where('status', '=', 'published')
    .orderBy('created_at')
    .orderBy('id')
    .limit(3)
    .execute();
  let n = 0;
  for (const [fi, flat] of flats.entries()) {
    for (const [hi, household] of households.entries()) {
      // Leave the first flat free for the owner households to apply to themselves (the demo journey).
      if (fi === 0 && hi === 0) continue;
      const status = STATES[n++ % STATES.length]!;
      const app = await tx
        .insertInto('housing_applications')
        .values({
          municipality_id: m,
          flat_id: flat.id,
          household_id: household,
          status,
          ...(status === 'offered'
            ? { offer_reason: 'Passende Größe, barrierearmer Zugang und die längste Wartezeit.' }
            : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('housing_household_notices')
        .values({ municipality_id: m, household_id: household, application_id: app.id, kind: status })
        .execute();
      if (status === 'viewing') {
        const starts = new Date(ctx.now.getTime() + (3 + n) * 86_400_000);
        starts.setUTCHours(15, 0, 0, 0);
        await tx
          .insertInto('housing_viewing_slots')
          .values({ municipality_id: m, flat_id: flat.id, starts_at: starts, minutes: 30 })
          .execute();
      }
    }
  }
}

/**
 * Households of Meppen and Osnabrück at several urgencies: the demo residents' own (Ahmad Al-Khatib's family of five
 * in Arabic, Olena Kovalenko's in Ukrainian) and others their counsellors created with consent; then applications
 * in several states on the flats seeded before. Records `household` ids by `municipality/key`.
 */
export const householdsSeed = {
  name: 'housing.households',
  async run(tx: Tx, ctx: SeedContext) {
    const ids = seedIds(ctx, 'household');
    for (const h of HOUSEHOLDS) ids[h.key] = await insertDemoHousehold(tx, ctx, h);
    for (const m of ['meppen', 'osnabrueck'] as const) {
      const own = HOUSEHOLDS.filter((h) => h.municipality === m).map((h) => ids[h.key]!);
      await demoApplications(tx, ctx, m, own);
    }
  },
};
