import { tenant } from '../platform/db/tenant.ts';
import { insertMunicipality, testDatabase } from './db.ts';
import { fixtureService } from '../modules/counselling/counselling.fixtures.ts';
import { insertTestAppointment } from '../modules/counselling/hours.testing.ts';
import { serviceSlots } from '../modules/counselling/slots.read.ts';

// The anchors' test case 1 through the database, run as a child process in a given TZ (see src/modules/counselling/slots.read.test.ts):
// Monday hours 13:00–16:00 Europe/Berlin and an override on Sunday 2026-03-29 (summer time begins) with the same
// hours, today 2026-03-20. Prints the first slot of 29 and 30 March, and the first slot of 30 March after it is
// booked, as JSON.

const conn = await testDatabase();
try {
  const m = await insertMunicipality(conn, 'meppen');
  const s = await fixtureService(conn.db, m, { weekdays: [1], hours: ['13:00', '16:00'], minNoticeHours: 2 });
  await conn.db
    .insertInto('counselling_exceptions')
    .values({ municipality_id: m, counsellor_id: s.counsellorId, day: '2026-03-29', starts: '13:00', ends: '16:00' })
    .execute();
  const now = new Date('2026-03-20T09:00:00Z');
  const q = { from: '2026-03-20', to: '2026-03-31', now };
  const slots = await serviceSlots(conn.db, tenant(m), s.serviceId, q);
  const first = (day: string) => slots.find((x) => x.startsAt.toISOString().startsWith(day))!;
  const monday = first('2026-03-30');
  await insertTestAppointment(conn.db, m, { ...s, startsAt: monday.startsAt, minutes: 30 });
  const after = await serviceSlots(conn.db, tenant(m), s.serviceId, q);
  const next = after.find((x) => x.startsAt.toISOString().startsWith('2026-03-30'))!;
  const out = {
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    sunday: first('2026-03-29').startsAt.toISOString(),
    monday: monday.startsAt.toISOString(),
    afterBooking: next.startsAt.toISOString(),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} finally {
  await conn.close();
}
