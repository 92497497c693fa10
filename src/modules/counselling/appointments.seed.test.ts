import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { appointmentsSeed } from './appointments.seed.ts';
import { fixtureService, overlappingAppointments } from './counselling.fixtures.ts';
import { interpreterStates } from './interpreters.requests.ts';

// The demo bookings on a counsellor the services seed would have made: spread over the coming weeks, never
// overlapping, an interpreter requested for the person who speaks Dari.

describe('appointments demo seed', () => {
  let conn: Connection;
  let m: string;
  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'osnabrueck');
  });
  after(() => conn.close());

  test('books the Osnabrück demo people, one with a Dari interpreter requested', async () => {
    const f = await fixtureService(conn.db, m, {
      languages: ['uk', 'ru', 'de'],
      topics: ['residence', 'work', 'language_course'],
    });
    const now = new Date('2026-03-20T08:00:00Z');
    const ctx = {
      ids: { municipality: { osnabrueck: m }, user: { 'beratung.osnabrueck': f.userId } },
      passwordHash: '',
      now,
    };
    await conn.db.transaction().execute((tx) => appointmentsSeed.run(tx, ctx));
    const rows = await conn.db
      .selectFrom('counselling_appointments')
      .select(['id', 'starts_at', 'interpreter_language', 'email'])
      .where('service_id', '=', f.serviceId)
      .execute();
    assert.ok(rows.length >= 3, `${rows.length} bookings`);
    assert.ok(rows.every((r) => new Date(r.starts_at) > now && !r.email?.includes('@demo.')));
    const dari = rows.find((r) => r.interpreter_language === 'prs');
    assert.ok(dari, 'a Dari interpreter is requested');
    assert.equal((await interpreterStates(conn.db, tenant(m), [dari.id])).get(dari.id)?.status, 'open');
    assert.equal(await overlappingAppointments(conn.db, m), 0);
  });
});
