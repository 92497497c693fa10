import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { testDatabase } from '../../testing/db.ts';
import { parseOpeningHours } from '../community/index.ts';
import { listed } from './services.read.ts';
import { listServices } from './services.repository.ts';
import { serviceSlots } from './slots.read.ts';
import { upcomingSlots } from './services.read.ts';

// The whole demo: every service has a counsellor with free slots (Osnabrück's youth migration service too), the
// Esterfeld office hours meet in the Quartiersbüro's room (seeded by the community module after the services), and
// no service's walk-in hours fall into its bookable hours.

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

describe('counselling services demo seed', () => {
  let conn: Connection;
  before(async () => {
    conn = await testDatabase({ demo: true });
  });
  after(() => conn.close());

  const serviceByTitle = (title: string) =>
    conn.db
      .selectFrom('counselling_services as s')
      .innerJoin('counselling_service_texts as x', (j) =>
        j.onRef('x.municipality_id', '=', 's.municipality_id').onRef('x.service_id', '=', 's.id'),
      )
      .select(['s.id', 's.municipality_id', 's.room_id', 's.walk_in_hours'])
      .where('x.locale', '=', 'de')
      .where('x.title', '=', title)
      .executeTakeFirstOrThrow();

  test('the Caritas youth migration service in Osnabrück has a counsellor with an account and free slots', async () => {
    const s = await serviceByTitle('Jugendmigrationsdienst');
    const counsellors = await conn.db
      .selectFrom('counselling_counsellors as c')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .innerJoin('role_assignments as r', 'r.user_id', 'u.id')
      .select(['u.email', 'r.role', 'r.municipality_id', 'r.provider_id'])
      .where('c.service_id', '=', s.id)
      .where('c.active', '=', true)
      .execute();
    assert.equal(counsellors.length, 1);
    assert.match(counsellors[0]!.email, /^beratung\.osnabrueck\.[a-z]+@/);
    assert.equal(counsellors[0]!.role, 'counsellor');
    assert.equal(counsellors[0]!.municipality_id, s.municipality_id);
    assert.ok(counsellors[0]!.provider_id, 'held at the Caritas');
    const now = new Date();
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const slots = await serviceSlots(conn.db, tenant(s.municipality_id), s.id, {
      from: day(now),
      to: day(new Date(now.getTime() + 21 * 86_400_000)),
      now,
    });
    assert.ok(slots.length > 0, 'bookable in the next three weeks');
  });

  test('the Esterfeld office hours meet in the Quartiersbüro room', async () => {
    const s = await serviceByTitle('Sprechstunde im Quartiersbüro Esterfeld');
    assert.ok(s.room_id, 'a room, not only an address');
    const room = await conn.db
      .selectFrom('community_rooms')
      .select('name')
      .where('municipality_id', '=', s.municipality_id)
      .where('id', '=', s.room_id)
      .executeTakeFirstOrThrow();
    assert.equal(room.name, 'Quartiersbüro Esterfeld');
  });

  test('no demo service has walk-in hours during its bookable hours', async () => {
    const services = await conn.db
      .selectFrom('counselling_services')
      .select(['id', 'walk_in_hours'])
      .where('walk_in_hours', 'is not', null)
      .execute();
    assert.ok(services.length >= 3);
    for (const s of services) {
      const walkIn = parseOpeningHours(s.walk_in_hours!);
      if (!walkIn.ok) assert.fail(`unreadable walk-in hours: ${s.walk_in_hours}`);
      const hours = await conn.db
        .selectFrom('counselling_hours as h')
        .innerJoin('counselling_counsellors as c', (j) =>
          j.onRef('c.municipality_id', '=', 'h.municipality_id').onRef('c.id', '=', 'h.counsellor_id'),
        )
        .select(['h.weekday', 'h.starts', 'h.ends'])
        .where('c.service_id', '=', s.id)
        .execute();
      for (const h of hours) {
        const spans: readonly { start: number; end: number }[] = walkIn.week[h.weekday - 1] ?? [];
        const [from, to] = [minutes(h.starts), minutes(h.ends)];
        const clash = spans.find((w) => w.start < to && from < w.end);
        assert.equal(clash, undefined, `${s.walk_in_hours} meets the hours ${h.weekday} ${h.starts}–${h.ends}`);
      }
    }
  });

  test('the list reads the slots of all its services at once, with the same next slots as one service at a time', async () => {
    const now = new Date();
    const municipalities = await conn.db.selectFrom('municipalities').select('id').execute();
    let compared = 0;
    for (const { id } of municipalities) {
      const rows = await listServices(conn.db, tenant(id), { activeOnly: true });
      const list = await listed(conn.db, tenant(id), rows, { locale: 'de', now });
      for (const [i, row] of rows.entries()) {
        const one = (await upcomingSlots(conn.db, tenant(id), row, now))[0] ?? null;
        assert.deepEqual(list[i]!.next, one, `${row.id}: the same next slot`);
        if (one) compared++;
      }
    }
    assert.ok(compared >= 4, `${compared} services with a next slot compared`);
  });
});
