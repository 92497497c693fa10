import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { toFloating } from '../../lib/calendar/index.ts';
import { createSession, markSecondFactor } from '../../platform/auth/sessions.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { Client, type TestApp, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { overlappingPairs } from './bookings.repository.ts';
import type { BookingInput } from './bookings.schema.ts';
import { requestBooking } from './bookings.service.ts';
import { insertRoom } from './rooms.repository.ts';

// Nothing booked twice, under load: 10,000 booking attempts from 200 clients at once over 20 rooms, a fifth of the
// clients through the HTTP form (app.inject), the others through the use case as the route calls it. Afterwards an
// overlap query that does not use the exclusion constraint's operator finds no two bookings holding a room at the
// same time, and every refused attempt was a 409 with the message that names the taken date. Runs on PGlite by
// default and on PostgreSQL with TEST_DATABASE_URL (a pool of 10: there the transactions really overlap).

const ROOMS = 20;
const CLIENTS = 200;
const ATTEMPTS = 10_000;
const HTTP_CLIENTS = 40;
const DAY = 86_400_000;

/** A small deterministic generator, so that a failing run can be repeated. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('10,000 booking attempts from 200 clients over 20 rooms', () => {
  let t: TestApp;
  let m: string;
  const rooms: string[] = [];
  const users: SessionUser[] = [];
  const tokens: string[] = [];

  before(async () => {
    t = await testApp();
    m = await insertMunicipality(t.conn, 'meppen');
    for (let i = 0; i < ROOMS; i++) {
      rooms.push(
        await insertRoom(t.conn.db, tenant(m), {
          quartierId: null,
          providerId: null,
          name: `Raum ${i + 1}`,
          street: 'Am Markt 1',
          postcode: '49716',
          city: 'Meppen',
          capacity: 20,
          equipment: [],
          wheelchairAccessible: false,
          stepFree: false,
          accessibleToilet: false,
          hearingLoop: false,
          openingHours: null,
          bookableBy: ['volunteer'],
          needsApproval: i % 2 === 0,
          maxBookingMinutes: 240,
          leadTimeHours: 0,
          bufferMinutes: i % 4 === 1 ? 15 : 0,
          active: true,
          sourceLocale: 'de',
        }),
      );
    }
    for (let i = 0; i < 20; i++) {
      const u = await t.conn.db
        .insertInto('users')
        .values({
          email: `booker${i}@example.test`,
          display_name: `Booker ${i}`,
          password_hash: null,
          totp_secret: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.conn.db
        .insertInto('role_assignments')
        .values({ user_id: u.id, role: 'volunteer', municipality_id: m })
        .execute();
      const token = await createSession(t.conn.db, u.id, new Date());
      await markSecondFactor(t.conn.db, token, new Date());
      tokens.push(token);
      users.push({
        id: u.id,
        email: `booker${i}@example.test`,
        displayName: `Booker ${i}`,
        roles: [{ role: 'volunteer', municipalityId: m, quartierId: null, providerId: null }],
        secondFactorDone: true,
        totpEnabled: false,
        isDemo: false,
      });
    }
  });
  after(() => t.close());

  test('no two bookings hold a room at once; every refusal is a 409 naming the taken date', async (tt) => {
    const base = toFloating(new Date(Date.now() + 30 * DAY), 'Europe/Berlin');
    /** One attempt: a room, a day among five, 08:00–20:00 start, one to three hours, a tenth weekly for 2–4 weeks. */
    const attemptOf = (rnd: () => number): { room: string; input: BookingInput } => {
      const day = new Date(base.getTime() + Math.floor(rnd() * 5) * DAY).toISOString().slice(0, 10);
      const start = 8 * 60 + Math.floor(rnd() * 48) * 15;
      const end = start + 60 + Math.floor(rnd() * 9) * 15;
      const hhmm = (x: number) => `${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
      const weeks = rnd() < 0.1 ? 2 + Math.floor(rnd() * 3) : 1;
      return {
        room: rooms[Math.floor(rnd() * ROOMS)]!,
        input: { date: day, from: hhmm(start), to: hhmm(end), purpose: 'meeting', title: 'Lasttest', weeks },
      };
    };
    const outcomes = { booked: 0, dates: 0, conflict: 0, http: 0, other: [] as string[] };
    const perClient = ATTEMPTS / CLIENTS;

    async function serviceClient(n: number) {
      const rnd = random(n + 1);
      const user = users[n % users.length]!;
      for (let i = 0; i < perClient; i++) {
        const { room, input } = attemptOf(rnd);
        const call = { db: t.conn.db, tenant: tenant(m), actor: user.id, requestId: null, now: new Date() };
        try {
          await runUseCase('community.booking.request', call, (uc) => requestBooking(uc, user, room, input));
          outcomes.booked++;
          outcomes.dates += input.weeks;
        } catch (err) {
          if (err instanceof AppError && err.status === 409 && err.messageKey === 'community.rooms.conflict') {
            outcomes.conflict++;
          } else outcomes.other.push(String(err));
        }
      }
    }

    async function httpClient(n: number) {
      const rnd = random(n + 1);
      const c = new Client(t.app);
      c.cookies = `zh_sid=${tokens[n % tokens.length]}`;
      for (let i = 0; i < perClient; i++) {
        const { room, input } = attemptOf(rnd);
        const url = `/de/m/meppen/rooms/${room}/book`;
        const res = await c.post(url, { ...input, weeks: String(input.weeks) }, url);
        outcomes.http++;
        if (res.statusCode === 303) {
          outcomes.booked++;
          outcomes.dates += input.weeks;
        } else if (res.statusCode === 409 && /ist am .+ zwischen .+ und .+ schon belegt/.test(res.body)) {
          outcomes.conflict++;
        } else outcomes.other.push(`HTTP ${res.statusCode}`);
      }
    }

    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => (n < HTTP_CLIENTS ? httpClient(n) : serviceClient(n))));
    tt.diagnostic(
      `engine ${t.conn.engine}: ${outcomes.booked} requests booked (${outcomes.dates} dates), ${outcomes.conflict} refused with 409, ${outcomes.http} through HTTP`,
    );
    assert.deepEqual(outcomes.other.slice(0, 5), [], 'every attempt was booked or refused with the clear 409');
    assert.equal(outcomes.booked + outcomes.conflict, ATTEMPTS);
    assert.ok(outcomes.conflict > 0 && outcomes.booked > 0, 'the load really collided');
    assert.equal(await overlappingPairs(t.conn.db, tenant(m)), 0, 'no two bookings hold a room at the same time');
    const held = await t.conn.db
      .selectFrom('community_bookings')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('municipality_id', '=', m)
      .where('status', 'in', ['pending', 'approved'])
      .executeTakeFirstOrThrow();
    assert.equal(Number(held.n), outcomes.dates, 'every date of every booked request, and nothing of a refused one');
  });
});
