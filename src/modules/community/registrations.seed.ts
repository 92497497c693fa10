import { randomUUID } from 'node:crypto';
import { type Tenant, tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import type { SeedContext } from '../../platform/modules/seed-context.ts';
import { upsertAttendance } from './attendance.repository.ts';
import { codeHash, codeSecret, registrationCode } from './registrations.code.ts';
import { insertRegistration, updateCounters } from './registrations.repository.ts';
import { cookingEvenings } from './registrations.seed.read.ts';

// The demo's registrations: the next date of Asendorf's international cooking evening is full, with three people
// waiting; the date after has a few registrations (one of them Yonas Tesfay's, with his account, so that "My
// registrations" shows it); a past date has its attendance counted. The events part seeds the evenings; where
// there are none yet, this step adds nothing.

interface Guest {
  name: string;
  email?: string;
  phone?: string;
  locale: string;
  party: number;
}

const GUESTS: readonly Guest[] = [
  { name: 'Familie Al-Hassan', email: 'al-hassan@demo.zuhause.example', locale: 'ar', party: 4 },
  { name: 'Hanna Meyer', email: 'hanna.meyer@demo.zuhause.example', locale: 'de', party: 1 },
  { name: 'Olena', phone: '+4942530000101', locale: 'uk', party: 2 },
  { name: 'Mariam Rahimi', email: 'mariam.rahimi@demo.zuhause.example', locale: 'fa', party: 3 },
  { name: 'Gerd und Ilse Bruns', email: 'bruns@demo.zuhause.example', locale: 'de', party: 2 },
  { name: 'Ayşe Yıldız', email: 'ayse.yildiz@demo.zuhause.example', locale: 'tr', party: 2 },
  { name: 'Dmitri', phone: '+4942530000102', locale: 'ru', party: 1 },
  { name: 'Sabine Köhler', email: 'sabine.koehler@demo.zuhause.example', locale: 'de', party: 1 },
  { name: 'Familie Haidari', email: 'haidari@demo.zuhause.example', locale: 'fa', party: 5 },
  { name: 'Tesfaye', phone: '+4942530000103', locale: 'en', party: 1 },
  { name: 'Marlene Wübbe', email: 'marlene.wuebbe@demo.zuhause.example', locale: 'de', party: 2 },
  { name: 'Nour', email: 'nour@demo.zuhause.example', locale: 'ar', party: 1 },
];

const WAITING: readonly Guest[] = [
  { name: 'Familie Sultani', email: 'sultani@demo.zuhause.example', locale: 'fa', party: 3 },
  { name: 'Iryna', phone: '+4942530000104', locale: 'uk', party: 1 },
  { name: 'Jens Ahlers', email: 'jens.ahlers@demo.zuhause.example', locale: 'de', party: 2 },
];

async function add(
  tx: Tx,
  t: Tenant,
  secret: string,
  occurrenceId: string,
  g: Guest,
  at: Date,
  waiting: { position: number } | null,
  userId: string | null = null,
) {
  const id = randomUUID();
  await insertRegistration(tx, t, {
    id,
    occurrenceId,
    userId,
    name: g.name,
    email: g.email ?? null,
    phone: g.phone ?? null,
    locale: g.locale,
    partySize: g.party,
    status: waiting ? 'waitlisted' : 'confirmed',
    waitlistPosition: waiting?.position ?? null,
    tokenHash: codeHash(registrationCode(secret, id)),
    now: at,
  });
  await updateCounters(
    tx,
    t,
    occurrenceId,
    waiting ? { confirmedDelta: 0, waitlistSeq: waiting.position } : { confirmedDelta: g.party },
  );
}

/** Fills a date exactly to its places (the last party made to fit), then puts three people on its waitlist. */
async function fillWithWaitlist(tx: Tx, t: Tenant, secret: string, o: { id: string; places: number }, now: Date) {
  let left = o.places;
  let minute = 0;
  const at = () => new Date(now.getTime() - 6 * 86_400_000 + minute++ * 47 * 60_000);
  for (const g of GUESTS) {
    if (left === 0) break;
    const party = Math.min(g.party, left);
    await add(tx, t, secret, o.id, { ...g, party }, at(), null);
    left -= party;
  }
  for (const [i, g] of WAITING.entries()) await add(tx, t, secret, o.id, g, at(), { position: i + 1 });
}

async function run(tx: Tx, ctx: SeedContext) {
  const municipalityId = ctx.ids.municipality?.asendorf;
  if (!municipalityId) return;
  const t = tenant(municipalityId);
  const evenings = await cookingEvenings(tx, t, ctx.now);
  if (!evenings) return;
  const secret = await codeSecret(tx);
  const [full, next] = evenings.coming;
  if (full?.places) await fillWithWaitlist(tx, t, secret, { id: full.id, places: full.places }, ctx.now);
  if (next) {
    const at = new Date(ctx.now.getTime() - 2 * 86_400_000);
    const yonas = ctx.ids.user?.['bewohner.asendorf'] ?? null;
    const guest = { name: 'Yonas Tesfay', email: 'bewohner.asendorf@demo.zuhause.example', locale: 'en', party: 1 };
    await add(tx, t, secret, next.id, guest, at, null, yonas);
    for (const g of GUESTS.slice(1, 4)) await add(tx, t, secret, next.id, g, at, null);
  }
  if (evenings.past) {
    const counts = {
      total: 27,
      women: 15,
      men: 11,
      diverse: 1,
      age_under_18: 8,
      age_18_to_26: 4,
      age_27_to_64: 12,
      age_65_plus: 3,
    };
    await upsertAttendance(tx, t, evenings.past.id, counts, null, ctx.now);
  }
}

/** Asendorf's cooking evening: one date full with a waitlist, some registrations, a past date's attendance. */
export const registrationsSeed: ManifestSeedStep = { name: 'community.registrations', order: 320, run };
