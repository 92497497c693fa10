import { randomUUID } from 'node:crypto';
import { type Tenant, tenant } from '../../platform/db/tenant.ts';
import type { Tx } from '../../platform/db/types.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import type { SeedContext } from '../../platform/modules/seed-context.ts';
import { newCode, newToken, secretHash } from './appointments.code.ts';
import { findServiceRules, insertAppointment } from './appointments.repository.ts';
import { languagesOf } from './appointments.service.ts';
import { requestInterpreter } from './interpreters.requests.ts';
import { serviceSlots } from './slots.read.ts';
import { localDay } from './slots.ts';

// The demo's bookings over the coming weeks: with Iryna Petrenko's migration counselling in Osnabrück (one person
// needs an interpreter for Dari), and in Meppen with Layla Haddad's migration counselling and the Quartier office's
// hours in Esterfeld (one person needs an interpreter for Arabic there). The services and hours parts seed the
// services; where a counsellor has none yet, this step adds nothing. Bookings made through the seed leave no
// link or code anyone knows: the demo shows them from the staff's side.

interface Person {
  name: string;
  email?: string;
  phone?: string;
  locale: string;
  topic: string;
  language: string;
  channel: string;
  interpreter?: boolean;
}

const BOOKINGS: Record<string, readonly Person[]> = {
  'beratung.osnabrueck': [
    {
      name: 'Oksana Melnyk',
      email: 'oksana.melnyk@example.org',
      locale: 'uk',
      topic: 'residence',
      language: 'uk',
      channel: 'in_person',
    },
    { name: 'Wassili', phone: '+4954100000201', locale: 'ru', topic: 'work', language: 'ru', channel: 'phone' },
    {
      name: 'Farid Ahmadi',
      email: 'farid.ahmadi@example.org',
      locale: 'fa',
      topic: 'residence',
      language: 'prs',
      channel: 'in_person',
      interpreter: true,
    },
    {
      name: 'Halyna',
      phone: '+4954100000202',
      locale: 'uk',
      topic: 'language_course',
      language: 'uk',
      channel: 'in_person',
    },
  ],
  'beratung.meppen': [
    {
      name: 'Rania Khalil',
      email: 'rania.khalil@example.org',
      locale: 'ar',
      topic: 'residence',
      language: 'ar',
      channel: 'in_person',
    },
    { name: 'Mohammed', phone: '+4959310000201', locale: 'ar', topic: 'money', language: 'ar', channel: 'phone' },
    {
      name: 'Petra Schulte',
      email: 'petra.schulte@example.org',
      locale: 'de',
      topic: 'housing',
      language: 'de',
      channel: 'in_person',
    },
  ],
  'qm.meppen': [
    {
      name: 'Yusuf Ibrahim',
      email: 'yusuf.ibrahim@example.org',
      locale: 'ar',
      topic: 'housing',
      language: 'ar',
      channel: 'in_person',
      interpreter: true,
    },
    {
      name: 'Gabi Lühn',
      phone: '+4959310000202',
      locale: 'de',
      topic: 'housing',
      language: 'de',
      channel: 'in_person',
    },
  ],
};

async function counsellorOf(tx: Tx, t: Tenant, userId: string) {
  return tx
    .selectFrom('counselling_counsellors')
    .select(['id', 'service_id'])
    .where('municipality_id', '=', t.municipalityId)
    .where('user_id', '=', userId)
    .where('active', '=', true)
    .executeTakeFirst();
}

/** Books `people` on spread free slots of the counsellor over the coming three weeks. */
async function bookFor(tx: Tx, t: Tenant, c: { id: string; service_id: string }, people: readonly Person[], now: Date) {
  const s = await findServiceRules(tx, t, c.service_id);
  if (!s) return;
  const from = localDay(new Date(now.getTime() + 86_400_000), s.time_zone);
  const to = localDay(new Date(now.getTime() + 21 * 86_400_000), s.time_zone);
  const slots = await serviceSlots(tx, t, s.id, { from, to, now, counsellorId: c.id });
  const step = Math.max(1, Math.floor(slots.length / (people.length + 1)));
  for (const [i, p] of people.entries()) {
    const slot = slots[(i + 1) * step];
    if (!slot || !s.topics.includes(p.topic) || !s.channels.includes(p.channel)) continue;
    const input = { ...p, serviceId: s.id, counsellorId: c.id, startsAt: slot.startsAt, interpreter: !!p.interpreter };
    let langs: ReturnType<typeof languagesOf>;
    try {
      langs = languagesOf(s, input);
    } catch {
      continue; // a service that speaks the person's language itself needs no interpreter here
    }
    const id = randomUUID();
    await insertAppointment(tx, t, {
      id,
      serviceId: s.id,
      counsellorId: c.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      blockedUntil: new Date(slot.endsAt.getTime() + s.buffer_minutes * 60_000),
      channel: p.channel,
      topic: p.topic,
      language: langs.language,
      interpreterLanguage: langs.interpreter,
      name: p.name,
      email: p.email ?? null,
      phone: p.phone ?? null,
      locale: p.locale,
      tokenHash: secretHash(newToken()),
      codeHash: secretHash(newCode()),
      bookedBy: null,
      rebookedFrom: null,
    });
    if (langs.interpreter)
      await requestInterpreter(tx, t, {
        appointmentId: id,
        language: langs.interpreter,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      });
  }
}

async function run(tx: Tx, ctx: SeedContext) {
  for (const [account, people] of Object.entries(BOOKINGS)) {
    const slug = account.split('.')[1]!;
    const m = ctx.ids.municipality?.[slug];
    const user = ctx.ids.user?.[account];
    if (!m || !user) continue;
    const t = tenant(m);
    const c = await counsellorOf(tx, t, user);
    if (c) await bookFor(tx, t, c, people, ctx.now);
  }
}

export const appointmentsSeed: ManifestSeedStep = { name: 'counselling.appointments', order: 120, run };
