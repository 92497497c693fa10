import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { fixtureService, overlappingAppointments } from './counselling.fixtures.ts';
import { insertTestAppointment } from './hours.testing.ts';

// The database's last word on "never two appointments at once": counselling_appointments_no_overlap refuses a
// second active appointment of one counsellor whose time (with the break after it) overlaps the first's — on
// whichever engine this run uses — and lets a cancelled one be. counselling_appointments_person_no_overlap does the
// same for the person behind the counsellor rows of two services (migration 20261205102000).

const GUARD = /counselling_appointments_no_overlap/;

describe('the database guard against two appointments at once', () => {
  let conn: Connection;
  let m: string;
  let s: Awaited<ReturnType<typeof fixtureService>>;
  const at = (iso: string) => new Date(iso);
  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'meppen');
    s = await fixtureService(conn.db, m, { bufferMinutes: 15 });
  });
  after(() => conn.close());

  test('an overlapping appointment is refused, also one that only meets the break', async () => {
    const first = { ...s, startsAt: at('2026-04-07T08:00:00Z'), minutes: 30, breakMinutes: 15 };
    await insertTestAppointment(conn.db, m, first);
    await assert.rejects(
      insertTestAppointment(conn.db, m, { ...s, startsAt: at('2026-04-07T08:15:00Z'), minutes: 30 }),
      GUARD,
    );
    // 08:40 lies after the appointment (08:30) but inside its break (until 08:45).
    await assert.rejects(
      insertTestAppointment(conn.db, m, { ...s, startsAt: at('2026-04-07T08:40:00Z'), minutes: 30 }),
      GUARD,
    );
    // Back to back after the break is fine.
    await insertTestAppointment(conn.db, m, { ...s, startsAt: at('2026-04-07T08:45:00Z'), minutes: 30 });
    assert.equal(await overlappingAppointments(conn.db, m), 0);
  });

  test('a counsellor of two services: overlapping appointments in the two are refused by the person guard', async () => {
    const other = await fixtureService(conn.db, m, { userId: s.userId });
    await insertTestAppointment(conn.db, m, {
      ...s,
      startsAt: at('2026-04-09T08:00:00Z'),
      minutes: 30,
      breakMinutes: 15,
    });
    await assert.rejects(
      insertTestAppointment(conn.db, m, { ...other, startsAt: at('2026-04-09T08:40:00Z'), minutes: 30 }),
      /counselling_appointments_person_no_overlap/,
    );
    await insertTestAppointment(conn.db, m, { ...other, startsAt: at('2026-04-09T08:45:00Z'), minutes: 30 });
    // Another person at the same time is fine.
    const colleague = await fixtureService(conn.db, m, {});
    await insertTestAppointment(conn.db, m, { ...colleague, startsAt: at('2026-04-09T08:00:00Z'), minutes: 30 });
  });

  test('a cancelled appointment frees its time', async () => {
    const id = await insertTestAppointment(conn.db, m, { ...s, startsAt: at('2026-04-08T08:00:00Z'), minutes: 30 });
    await conn.db
      .updateTable('counselling_appointments')
      .set({ status: 'cancelled', cancelled_at: new Date() })
      .where('id', '=', id)
      .execute();
    await insertTestAppointment(conn.db, m, { ...s, startsAt: at('2026-04-08T08:00:00Z'), minutes: 30 });
    assert.equal(await overlappingAppointments(conn.db, m), 0);
  });
});
