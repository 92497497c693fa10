import type { Kysely } from 'kysely';
import { book } from '../modules/counselling/appointments.service.ts';
import { fixtureService } from '../modules/counselling/counselling.fixtures.ts';
import { serviceSlots } from '../modules/counselling/slots.read.ts';
import { tenant } from '../platform/db/tenant.ts';
import type { Database } from '../platform/db/types.ts';
import { runUseCase } from '../platform/usecase/run-use-case.ts';

/**
 * A counselling service in Meppen with one booking, so that the crawls reach the booking pages' forms whatever
 * the services demo holds: the last booking step (the posted form), the code page, and the booking's own page
 * (cancel) by its link.
 */
export async function appointmentsToRead(
  db: Kysely<Database>,
  now: Date,
): Promise<{ details: string; code: string; holder: string }> {
  const m = await db.selectFrom('municipalities').select('id').where('slug', '=', 'meppen').executeTakeFirstOrThrow();
  const t = tenant(m.id);
  const f = await fixtureService(db, m.id, { title: 'Beratung im Quartiersbüro', weekdays: [1, 2, 3, 4, 5, 6, 7] });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const slots = await serviceSlots(db, t, f.serviceId, {
    // Days ahead: the booking's page offers cancelling only before the service's cut-off.
    from: day(new Date(now.getTime() + 3 * 86_400_000)),
    to: day(new Date(now.getTime() + 14 * 86_400_000)),
    now,
  });
  const [mine, offered] = [slots[0]!, slots[1]!];
  const call = { db, tenant: t, actor: null, requestId: null, now };
  const b = await runUseCase('counselling.appointments.book', call, (uc) =>
    book(uc, {
      serviceId: f.serviceId,
      counsellorId: mine.counsellorId,
      startsAt: mine.startsAt,
      topic: 'housing',
      language: 'de',
      channel: 'in_person',
      interpreter: false,
      name: 'Crawl',
      email: 'crawl-appointment@example.org',
      locale: 'de',
    }),
  );
  const q = new URLSearchParams({
    topic: 'housing',
    language: 'ar',
    channel: 'in_person',
    slot: `${offered.counsellorId}.${offered.startsAt.toISOString()}`,
  });
  return {
    details: `/de/m/meppen/counselling/${f.serviceId}/book?${q}`,
    code: '/de/m/meppen/appointments/code',
    holder: `/de/m/meppen/appointments/${b.token}`,
  };
}
