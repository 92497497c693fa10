import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { book } from './appointments.service.ts';
import { fixtureService, overlappingAppointments } from './counselling.fixtures.ts';

// Never two appointments at once, under load: 500 people book the 20 slots of one counsellor's week at the same
// moment (25 per slot). On PGlite by default, on the server with TEST_DATABASE_URL (a pool: the transactions
// really overlap there and the exclusion constraint on the counsellor's blocked time decides).

const NOW = new Date('2026-03-20T08:00:00Z');

describe('appointments under concurrency', () => {
  let conn: Connection;
  let m: string;
  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'meppen');
  });
  after(() => conn.close());

  test('500 at once for 20 slots: exactly 20 booked, no overlap, every other a 409', async (t) => {
    // Monday to Friday 09:00–11:00 with 30-minute slots: 4 a day, 20 in the week of 23 March.
    const f = await fixtureService(conn.db, m, { hours: ['09:00', '11:00'] });
    const slots = Array.from({ length: 20 }, (_, i) => {
      const day = 23 + Math.floor(i / 4);
      return new Date(
        `2026-03-${day}T${String(8 + Math.floor((i % 4) / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}:00Z`,
      );
    });
    const attempt = async (i: number) => {
      const call = { db: conn.db, tenant: tenant(m), actor: null, requestId: null, now: NOW };
      try {
        await runUseCase('counselling.appointments.book', call, (uc) =>
          book(uc, {
            serviceId: f.serviceId,
            counsellorId: f.counsellorId,
            startsAt: slots[i % 20]!,
            topic: 'housing',
            language: 'de',
            channel: 'phone',
            interpreter: false,
            name: `Person ${i}`,
            phone: `+49151${String(i).padStart(7, '0')}`,
            locale: 'de',
          }),
        );
        return 201;
      } catch (err) {
        if (err instanceof AppError) return err.status;
        throw err;
      }
    };
    const answers = await Promise.all(Array.from({ length: 500 }, (_, i) => attempt(i)));
    t.diagnostic(`engine ${conn.engine}`);
    assert.equal(answers.filter((a) => a === 201).length, 20);
    assert.equal(answers.filter((a) => a === 409).length, 480);
    assert.equal(await overlappingAppointments(conn.db, m), 0);
    const rows = await conn.db
      .selectFrom('counselling_appointments')
      .select('starts_at')
      .where('service_id', '=', f.serviceId)
      .execute();
    assert.equal(new Set(rows.map((r) => new Date(r.starts_at).toISOString())).size, 20);
  });
});
