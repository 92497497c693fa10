import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import type { Job } from '../../platform/jobs/queue.ts';
import { parseCron } from '../../platform/jobs/cron.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { bookingSchedules, EXPIRE_JOB, expireRequestsJob } from './bookings.jobs.ts';
import { insertBooking } from './bookings.repository.ts';

// A request nobody decided on before its first date began expires as a whole: its waiting dates stop holding the
// room, the audit says so, and a second run changes nothing. Requests still ahead, and decided ones, stay.

const NOW = new Date('2027-03-10T09:00:00Z');
const HOUR = 3_600_000;
const job = (municipalityId: string | null): Job => ({
  id: crypto.randomUUID(),
  kind: EXPIRE_JOB,
  payload: {},
  municipalityId,
  attempts: 1,
  maxAttempts: 3,
});

describe('expiring room requests', () => {
  const conn = fixture(() => testDatabase());
  const db = () => conn().db;
  let m = '';
  let room = '';

  before(async () => {
    m = await insertMunicipality(conn(), 'meppen');
    const r = await db()
      .insertInto('community_rooms')
      .values({ municipality_id: m, name: 'Raum', street: 'Weg 1', postcode: '49716', city: 'Meppen', capacity: 20 })
      .returning('id')
      .executeTakeFirstOrThrow();
    room = r.id;
  });

  /** A request of `dates` weekly dates, the first starting `firstInHours` from NOW. */
  async function request(firstInHours: number, dates: number, status: 'pending' | 'approved' = 'pending') {
    const seriesId = crypto.randomUUID();
    for (let i = 0; i < dates; i++) {
      const startsAt = new Date(NOW.getTime() + (firstInHours + i * 168) * HOUR);
      const endsAt = new Date(startsAt.getTime() + 2 * HOUR);
      const b = { roomId: room, seriesId, bookedByUserId: null, eventId: null, purpose: 'group' as const };
      await insertBooking(db(), tenant(m), { ...b, title: 'Gruppe', startsAt, endsAt, blockedUntil: endsAt, status });
    }
    return seriesId;
  }
  const statuses = async (seriesId: string) =>
    (
      await db()
        .selectFrom('community_bookings')
        .select('status')
        .where('series_id', '=', seriesId)
        .orderBy('starts_at')
        .execute()
    ).map((r) => r.status);

  it('expires every waiting date of a request whose first date has begun, frees the time, audits it', async () => {
    const overdue = await request(-1, 3);
    const ahead = await request(30, 2);
    const decided = await request(-5, 2, 'approved');
    await expireRequestsJob(job(null), { db: db(), now: () => NOW });
    assert.deepEqual(await statuses(overdue), ['expired', 'expired', 'expired']);
    assert.deepEqual(await statuses(ahead), ['pending', 'pending'], 'not yet begun: still waiting');
    assert.deepEqual(await statuses(decided), ['approved', 'approved']);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'subject_type', 'changes'])
      .where('subject_id', '=', overdue)
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.subject_type, 'community.booking');
    assert.deepEqual(audit[0]!.changes?.after, { status: 'expired', dates: 3, reason: 'notDecidedBeforeStart' });
    // The second date's time is free again: another request may take it (the exclusion constraint agrees).
    const again = await request(167, 1);
    assert.deepEqual(await statuses(again), ['pending']);
  });

  it('a second run, or a run for one municipality, expires nothing twice', async () => {
    const before = await db().selectFrom('audit_log').select('id').execute();
    await expireRequestsJob(job(m), { db: db(), now: () => NOW });
    await expireRequestsJob(job(null), { db: db(), now: () => NOW });
    assert.equal((await db().selectFrom('audit_log').select('id').execute()).length, before.length);
  });

  it('the requests ahead expire once their first date begins; the schedule runs every quarter hour', async () => {
    await expireRequestsJob(job(null), { db: db(), now: () => new Date(NOW.getTime() + 31 * HOUR) });
    const left = await db().selectFrom('community_bookings').select('id').where('status', '=', 'pending').execute();
    assert.equal(left.length, 1, 'only the request made into the freed time, still ahead');
    const s = bookingSchedules.find((x) => x.job === EXPIRE_JOB)!;
    const [a, b] = parseCron(s.cron).next(2, NOW);
    assert.equal(b!.getTime() - a!.getTime(), 15 * 60_000);
  });
});
