import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tenant } from '../../platform/db/tenant.ts';
import type { Connection } from '../../platform/db/connection.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { fixtureService } from './counselling.fixtures.ts';
import { insertTestAppointment } from './hours.testing.ts';
import { serviceSlots } from './slots.read.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../testing/counselling-slots-zone.ts', import.meta.url));

/** The zone script in a child process whose TZ is `zone` (the database engine of this run passed along). */
async function inZone(zone: string) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, TZ: zone },
    cwd: process.cwd(),
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, string>;
}

describe('service slots from the database', () => {
  test('anchors case 1: 13:00 local is 11:00Z on 29 and 30 March with the process in UTC and in Europe/Berlin', async () => {
    const runs = [await inZone('UTC'), await inZone('Europe/Berlin')];
    assert.deepEqual(
      runs.map((r) => r.zone),
      ['UTC', 'Europe/Berlin'],
    );
    for (const r of runs) {
      assert.equal(r.sunday, '2026-03-29T11:00:00.000Z', r.zone);
      assert.equal(r.monday, '2026-03-30T11:00:00.000Z', r.zone);
      assert.equal(r.afterBooking, '2026-03-30T11:30:00.000Z', `${r.zone}: the booked slot is taken`);
    }
  });

  describe('a counsellor of two services', () => {
    let conn: Connection;
    let m: string;
    before(async () => {
      conn = await testDatabase();
      m = await insertMunicipality(conn, 'meppen');
    });
    after(() => conn.close());

    test('is never offered at the same time twice, and an appointment in one service blocks the other', async () => {
      const a = await fixtureService(conn.db, m, { weekdays: [1, 3], hours: ['09:00', '12:00'], bufferMinutes: 15 });
      const b = await fixtureService(conn.db, m, { weekdays: [1, 4], hours: ['12:00', '13:30'], userId: a.userId });
      const now = new Date('2026-03-20T09:00:00Z');
      const q = { from: '2026-03-23', to: '2026-04-05', now };
      const both = async () => [
        ...(await serviceSlots(conn.db, tenant(m), a.serviceId, q)),
        ...(await serviceSlots(conn.db, tenant(m), b.serviceId, q)),
      ];
      const starts = (await both()).map((s) => s.startsAt.toISOString());
      assert.ok(starts.length > 20);
      assert.equal(new Set(starts).size, starts.length, 'no time offered twice');
      // 11:30–12:00 local in service A with its 15-minute break blocks B's 12:00 slot on Monday 23 March.
      await insertTestAppointment(conn.db, m, {
        serviceId: a.serviceId,
        counsellorId: a.counsellorId,
        startsAt: new Date('2026-03-23T10:30:00Z'),
        minutes: 30,
        breakMinutes: 15,
      });
      const bSlots = (await serviceSlots(conn.db, tenant(m), b.serviceId, q)).map((s) => s.startsAt.toISOString());
      assert.ok(!bSlots.includes('2026-03-23T11:00:00.000Z'), 'B’s 12:00 is held by A’s appointment and its break');
      assert.ok(bSlots.includes('2026-03-23T11:30:00.000Z'));
      assert.ok(bSlots.includes('2026-03-26T11:00:00.000Z'), 'Thursday is untouched');
    });

    test('walk-in hours are shown with the service, never offered as slots', async () => {
      const s = await fixtureService(conn.db, m, { weekdays: [2], hours: ['09:00', '10:00'] });
      await conn.db
        .updateTable('counselling_services')
        .set({ walk_in_hours: 'Mo-Fr 14:00-16:00' })
        .where('id', '=', s.serviceId)
        .execute();
      const slots = await serviceSlots(conn.db, tenant(m), s.serviceId, {
        from: '2026-03-23',
        to: '2026-03-29',
        now: new Date('2026-03-20T09:00:00Z'),
      });
      assert.deepEqual(
        slots.map((x) => x.startsAt.toISOString()),
        ['2026-03-24T08:00:00.000Z', '2026-03-24T08:30:00.000Z'],
      );
    });
  });
});
