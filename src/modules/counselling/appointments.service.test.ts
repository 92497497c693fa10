import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { runUseCase, type UseCaseCall } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { formatCode, newCode, normalizeCode, secretHash } from './appointments.code.ts';
import { findAppointment, findBySecretHash } from './appointments.repository.ts';
import { bookForPerson, rebook } from './appointments.rebook.ts';
import { type BookingInput, book, cancelAppointment, SlotTakenError } from './appointments.service.ts';
import { fixtureService } from './counselling.fixtures.ts';
import { interpreterStates } from './interpreters.requests.ts';

// Booking, checked again in the transaction: every refusal is a 4xx and stores nothing. Friday 2026-03-20, 09:00
// local; the fixture's counsellor works Monday to Friday 09:00–12:00 in 30-minute slots.

const NOW = new Date('2026-03-20T08:00:00Z');
const MON_0900 = new Date('2026-03-23T08:00:00Z');

describe('appointments: booking', () => {
  let conn: Connection;
  let m: string;
  let other: string;
  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'meppen');
    other = await insertMunicipality(conn, 'osnabrueck');
  });
  after(() => conn.close());

  const call = (muni = m, now = NOW): UseCaseCall => ({
    db: conn.db,
    tenant: tenant(muni),
    actor: null,
    requestId: null,
    now,
  });
  const input = (f: { serviceId: string; counsellorId: string }, o: Partial<BookingInput> = {}): BookingInput => ({
    ...f,
    startsAt: MON_0900,
    topic: 'residence',
    language: 'ar',
    channel: 'in_person',
    interpreter: false,
    name: 'Samira Haddad',
    email: 'samira@example.org',
    locale: 'ar',
    ...o,
  });
  const tryBook = async (i: BookingInput, muni = m, now = NOW) => {
    try {
      return await runUseCase('counselling.appointments.book', call(muni, now), (uc) => book(uc, i));
    } catch (err) {
      if (err instanceof AppError) return err;
      throw err;
    }
  };
  const count = async (serviceId: string) =>
    (await conn.db.selectFrom('counselling_appointments').select('id').where('service_id', '=', serviceId).execute())
      .length;

  test('a free slot is booked; the link token and the code open it, only their hashes are stored', async () => {
    const f = await fixtureService(conn.db, m);
    const b = await tryBook(input(f));
    assert.ok(!(b instanceof AppError), String(b));
    assert.equal(await findBySecretHash(conn.db, tenant(m), 'token', secretHash(b.token)), b.id);
    assert.equal(await findBySecretHash(conn.db, tenant(m), 'code', secretHash(b.code)), b.id);
    assert.equal(normalizeCode(formatCode(b.code).toLowerCase()), b.code);
    const row = await findAppointment(conn.db, tenant(m), b.id);
    assert.equal(row?.status, 'booked');
    assert.equal(new Date(row!.ends_at).toISOString(), '2026-03-23T08:30:00.000Z');
  });

  test('refusals are 4xx and store nothing', async () => {
    const f = await fixtureService(conn.db, m);
    const g = await fixtureService(conn.db, m);
    const o = await fixtureService(conn.db, other);
    const cases: [string, BookingInput, string, number][] = [
      ['counsellor of another service', input({ serviceId: f.serviceId, counsellorId: g.counsellorId }), 'slot', 404],
      ['past slot', input(f, { startsAt: new Date('2026-03-19T08:00:00Z') }), 'past', 422],
      ['off the grid', input(f, { startsAt: new Date('2026-03-23T08:10:00Z') }), 'slot', 422],
      ['outside the hours', input(f, { startsAt: new Date('2026-03-22T08:00:00Z') }), 'slot', 422],
      ['unknown language', input(f, { language: 'xx' }), 'language', 422],
      ['topic not offered', input(f, { topic: 'debts' }), 'topic', 422],
      [
        'interpreter for a language the service speaks',
        input(f, { interpreter: true, interpreterLanguage: 'ar' }),
        'interpreterLanguage',
        422,
      ],
    ];
    for (const [what, i, key, status] of cases) {
      const r = await tryBook(i);
      assert.ok(r instanceof AppError, what);
      assert.equal(r.messageKey, `counselling.appointments.error.${key}`, what);
      assert.equal(r.status, status, what);
    }
    const r = await tryBook(input(o), m);
    assert.ok(r instanceof AppError && r.status === 404, 'a service of another municipality');
    assert.equal(await count(f.serviceId), 0);
  });

  test('a taken slot is a 409 with the day’s other free slots; a double submit is told apart', async () => {
    const f = await fixtureService(conn.db, m);
    assert.ok(!((await tryBook(input(f))) instanceof AppError));
    const twice = await tryBook(input(f));
    assert.ok(twice instanceof AppError && twice.status === 409);
    assert.equal(twice.messageKey, 'counselling.appointments.error.already');
    const taken = await tryBook(input(f, { name: 'Omid Rahimi', email: null, phone: '+4915112345678' }));
    assert.ok(taken instanceof SlotTakenError && taken.status === 409);
    assert.equal(taken.freeSlots.length, 5, '09:30 … 11:30 still free');
    assert.equal(await count(f.serviceId), 1);
  });

  test('another language with an interpreter: requested in the booking, withdrawn on cancel', async () => {
    const f = await fixtureService(conn.db, m);
    const b = await tryBook(input(f, { language: 'prs', email: null, phone: null }));
    assert.ok(!(b instanceof AppError), String(b));
    const row = await findAppointment(conn.db, tenant(m), b.id);
    assert.deepEqual([row?.language, row?.interpreter_language], ['de', 'prs']);
    assert.equal((await interpreterStates(conn.db, tenant(m), [b.id])).get(b.id)?.status, 'open');
    await runUseCase('counselling.appointments.cancel', call(), (uc) =>
      cancelAppointment(uc, { appointmentId: b.id, by: 'person' }),
    );
    assert.equal((await interpreterStates(conn.db, tenant(m), [b.id])).get(b.id)?.status, 'cancelled');
    const again = await findAppointment(conn.db, tenant(m), b.id);
    assert.deepEqual([again?.status, again?.sequence], ['cancelled', 1]);
  });

  test('the person cancels until the cut-off; staff rebook after it; rebooking frees the old slot', async () => {
    const f = await fixtureService(conn.db, m, { cancelCutoffHours: 24 });
    const b = await tryBook(input(f));
    assert.ok(!(b instanceof AppError));
    const late = new Date('2026-03-22T12:00:00Z');
    await assert.rejects(
      runUseCase('counselling.appointments.cancel', call(m, late), (uc) =>
        cancelAppointment(uc, { appointmentId: b.id, by: 'person' }),
      ),
      (e: AppError) => e.status === 409 && e.messageKey === 'counselling.appointments.error.cutoff',
    );
    const later = new Date('2026-03-23T09:00:00Z');
    const moved = await runUseCase('counselling.appointments.rebook', call(m, late), (uc) =>
      bookForPerson(uc, tenant(m), { appointmentId: b.id, counsellorId: f.counsellorId, startsAt: later }),
    );
    const row = await findAppointment(conn.db, tenant(m), moved.id);
    assert.deepEqual(
      [row?.status, row?.name, new Date(row!.starts_at).toISOString()],
      ['booked', 'Samira Haddad', later.toISOString()],
    );
    assert.equal((await findAppointment(conn.db, tenant(m), b.id))?.status, 'cancelled');
    // The person's link and code now open the new appointment; the old one answers to neither.
    assert.equal(await findBySecretHash(conn.db, tenant(m), 'token', secretHash(b.token)), moved.id);
    assert.equal(await findBySecretHash(conn.db, tenant(m), 'code', secretHash(b.code)), moved.id);
    const back = await runUseCase('counselling.appointments.rebook', call(), (uc) =>
      rebook(uc, { appointmentId: moved.id, counsellorId: f.counsellorId, startsAt: MON_0900, by: 'person' }),
    );
    assert.equal(back.cancelled.sequence, 1);
  });

  test('codes: 9 characters without look-alikes; a wrong character or a swap is refused by the check', () => {
    for (let i = 0; i < 200; i++) {
      const c = newCode();
      assert.match(c, /^[2-9A-HJKMNP-Z]{9}$/);
      assert.equal(normalizeCode(c), c);
      const swapped = c[1]! + c[0]! + c.slice(2);
      if (c[0] !== c[1]) assert.equal(normalizeCode(swapped), null);
      const wrong = (c[3] === 'Z' ? 'Y' : 'Z') + c.slice(1);
      assert.equal(normalizeCode(c[0] === wrong[0] ? c : wrong) === c, c[0] === wrong[0]);
    }
  });
});
