import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Connection } from '../../platform/db/connection.ts';
import { tenant } from '../../platform/db/tenant.ts';
import type { Job } from '../../platform/jobs/queue.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { remindersJob, retentionJob } from './appointments.jobs.ts';
import { type BookingInput, book } from './appointments.service.ts';
import { fixtureService } from './counselling.fixtures.ts';

// The day-before reminder (mail only; nothing for a phone-only booking; nobody twice) and the erasure of personal
// data COUNSELLING_RETENTION_DAYS after the appointment, run with a controlled clock: the rows stay, the counts stay.

const NOW = new Date('2026-03-20T08:00:00Z');
const DAY = 86_400_000;
const job = (municipalityId: string | null): Job => ({
  id: crypto.randomUUID(),
  kind: 'test',
  payload: {},
  municipalityId,
  attempts: 1,
  maxAttempts: 3,
});

describe('appointment jobs', () => {
  let conn: Connection;
  let m: string;
  before(async () => {
    conn = await testDatabase();
    m = await insertMunicipality(conn, 'meppen');
  });
  after(() => conn.close());

  async function booked(f: { serviceId: string; counsellorId: string }, startsAt: Date, o: Partial<BookingInput>) {
    const call = { db: conn.db, tenant: tenant(m), actor: null, requestId: null, now: NOW };
    const input: BookingInput = {
      ...f,
      startsAt,
      topic: 'housing',
      language: 'de',
      channel: 'in_person',
      interpreter: false,
      name: 'Jana Weber',
      locale: 'de',
      ...o,
    };
    return runUseCase('test.book', call, (uc) => book(uc, input));
  }
  const outbox = async (to: string) =>
    (await conn.db.selectFrom('mail_outbox').select(['subject', 'attachments']).where('to_address', '=', to).execute())
      .length;

  test('reminders the day before: by mail only, once', async () => {
    const f = await fixtureService(conn.db, m);
    await booked(f, new Date('2026-03-23T08:00:00Z'), { email: 'mon@example.org' });
    await booked(f, new Date('2026-03-23T08:30:00Z'), { phone: '+4915100000001' });
    await booked(f, new Date('2026-03-24T08:00:00Z'), { email: 'tue@example.org' });
    const sunday = new Date('2026-03-22T09:00:00Z');
    const ctx = { db: conn.db, now: () => sunday, config: { baseUrl: 'https://zuhause.test' } };
    await remindersJob(job(null), ctx);
    await remindersJob(job(null), ctx);
    assert.equal(await outbox('mon@example.org'), 1);
    assert.equal(await outbox('tue@example.org'), 0, 'not yet: the day after tomorrow');
    const rows = await conn.db
      .selectFrom('counselling_appointments')
      .select(['phone', 'reminded_at'])
      .where('service_id', '=', f.serviceId)
      .execute();
    assert.equal(rows.filter((r) => r.reminded_at).length, 1);
  });

  test('personal data is erased the set number of days after the appointment; rows and counts stay', async () => {
    const f = await fixtureService(conn.db, m);
    await booked(f, new Date('2026-03-25T08:00:00Z'), { email: 'a@example.org' });
    await booked(f, new Date('2026-04-15T07:00:00Z'), { phone: '+4915100000002' });
    const run = (at: Date) =>
      retentionJob(job(null), { db: conn.db, now: () => at, config: { counsellingRetentionDays: 30 } });
    await run(new Date(new Date('2026-03-25T08:30:00Z').getTime() + 29 * DAY));
    const rows = () =>
      conn.db
        .selectFrom('counselling_appointments')
        .select(['name', 'email', 'phone', 'erased_at', 'status'])
        .where('service_id', '=', f.serviceId)
        .orderBy('starts_at')
        .execute();
    assert.equal((await rows()).filter((r) => r.erased_at).length, 0, 'not before 30 days');
    await run(new Date(new Date('2026-03-25T08:30:00Z').getTime() + 31 * DAY));
    const [first, second] = await rows();
    assert.deepEqual([first?.name, first?.email, first?.status], [null, null, 'booked']);
    assert.ok(first?.erased_at);
    assert.equal(second?.name, 'Jana Weber');
    await run(new Date('2026-06-01T00:00:00Z'));
    const all = await rows();
    assert.equal(all.length, 2, 'the rows stay for the figures');
    assert.ok(all.every((r) => r.erased_at && r.name === null && r.phone === null));
  });
});
