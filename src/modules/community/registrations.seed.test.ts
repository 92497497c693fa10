import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedDemo } from '../../seed/seed.ts';
import { testDatabase } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { addOccurrence, daysFrom, fixtureOccurrence } from './registrations.fixtures.ts';
import { registrationsSeed } from './registrations.seed.ts';

// The demo step finds Asendorf's cooking evening (seeded by the events part) and fills its next regular date to
// the last place with a waitlist; here the evening is made by the test, as the events part would make it.

describe('registrations demo seed', () => {
  const conn = fixture(() => testDatabase());

  it("with the events part's demo, one date of the cooking evening is full and three people wait", async () => {
    await seedDemo(conn().db);
    const rows = await conn().db.selectFrom('community_registrations').select(['status', 'occurrence_id']).execute();
    assert.equal(rows.filter((r) => r.status === 'waitlisted').length, 3);
    const waiting = rows.find((r) => r.status === 'waitlisted')!.occurrence_id;
    const date = await conn()
      .db.selectFrom('community_occurrences')
      .select(['confirmed_count', 'places'])
      .where('id', '=', waiting)
      .executeTakeFirstOrThrow();
    assert.equal(date.confirmed_count, date.places, 'full to the last place');
  });

  // Runs on the database the first test seeded.
  it("fills the next regular date exactly, with three waiting; Yonas's registration; a past date's counts", async () => {
    const db = conn().db;
    const asendorf = (
      await db.selectFrom('municipalities').select('id').where('slug', '=', 'asendorf').executeTakeFirstOrThrow()
    ).id;
    const yonas = (
      await db.selectFrom('users').select('id').where('email', 'like', 'bewohner.asendorf@%').executeTakeFirstOrThrow()
    ).id;
    // The step again, on an evening made here: the demo's own Asendorf events (and their registrations) go first.
    await db.deleteFrom('community_events').where('municipality_id', '=', asendorf).execute();
    const now = new Date();
    const { eventId, occurrenceId: past } = await fixtureOccurrence(db, asendorf, {
      startsAt: daysFrom(now, -20),
      places: 24,
    });
    const cancelled = await addOccurrence(db, asendorf, eventId, {
      startsAt: daysFrom(now, 3),
      places: 24,
      status: 'cancelled',
    });
    const moved = await addOccurrence(db, asendorf, eventId, {
      startsAt: daysFrom(now, 5),
      places: 24,
      movedTo: daysFrom(now, 6),
    });
    const full = await addOccurrence(db, asendorf, eventId, { startsAt: daysFrom(now, 10), places: 24 });
    const next = await addOccurrence(db, asendorf, eventId, { startsAt: daysFrom(now, 40), places: 24 });
    await db.transaction().execute((tx) =>
      registrationsSeed.run(tx, {
        ids: { municipality: { asendorf }, user: { 'bewohner.asendorf': yonas } },
        passwordHash: '',
        now,
      }),
    );
    const rows = await db.selectFrom('community_registrations').selectAll().execute();
    const of = (o: string) => rows.filter((r) => r.occurrence_id === o);
    assert.equal(
      of(cancelled).length + of(moved).length + of(past).length,
      0,
      'cancelled and moved dates are left alone',
    );
    const occ = await db
      .selectFrom('community_occurrences')
      .select(['confirmed_count', 'waitlist_seq'])
      .where('id', '=', full)
      .executeTakeFirstOrThrow();
    assert.deepEqual(occ, { confirmed_count: 24, waitlist_seq: 3 });
    const confirmedPlaces = of(full)
      .filter((r) => r.status === 'confirmed')
      .reduce((n, r) => n + r.party_size, 0);
    assert.equal(confirmedPlaces, 24);
    assert.deepEqual(
      of(full)
        .filter((r) => r.status === 'waitlisted')
        .map((r) => r.waitlist_position)
        .sort(),
      [1, 2, 3],
    );
    assert.ok(of(next).some((r) => r.user_id === yonas && r.name === 'Yonas Tesfay'));
    const counts = await db
      .selectFrom('community_attendance')
      .select('total')
      .where('occurrence_id', '=', past)
      .executeTakeFirstOrThrow();
    assert.equal(counts.total, 27);
  });
});
