import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { createBackgroundWorker, registryOf } from '../../platform/jobs/background.ts';
import type { Job } from '../../platform/jobs/queue.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { runUseCase } from '../../platform/usecase/run-use-case.ts';
import { insertMunicipality, testDatabase } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { upsertAttendance } from './attendance.repository.ts';
import { codeSecret } from './registrations.code.ts';
import { fixtureOccurrence } from './registrations.fixtures.ts';
import { noticesJob, registrationJobs, registrationSchedules, retentionJob } from './registrations.jobs.ts';
import { endOfTomorrow } from '../../platform/jobs/sweeps.ts';
import { notifyOccurrenceChange } from './registrations.notify.ts';
import { cancelRegistration, promoteWaiting, register } from './registrations.service.ts';

// The mails that go out later (a moved or cancelled date, the day-before reminder) and the erasure of personal
// data after the date: each job idempotent, each mail in the person's language, the counts kept.

const DAY = 86_400_000;
const job = (municipalityId: string | null): Job => ({
  id: crypto.randomUUID(),
  kind: 'test',
  payload: {},
  municipalityId,
  attempts: 1,
  maxAttempts: 3,
});

describe('registration jobs', () => {
  const conn = fixture(() => testDatabase());
  let m: string;
  let secret: string;
  const db = () => conn().db;
  before(async () => {
    m = await insertMunicipality(conn(), 'meppen');
    secret = await codeSecret(db());
  });

  async function signUp(
    occ: { eventId: string; occurrenceId: string },
    who: { name: string; email?: string; phone?: string; locale?: string; waitlist?: boolean },
    now: Date,
  ) {
    const input = {
      name: who.name,
      email: who.email,
      phone: who.phone,
      partySize: 1,
      consent: 'yes' as const,
      waitlist: who.waitlist ?? false,
    };
    const call = { db: db(), tenant: tenant(m), actor: null, requestId: null, now };
    return runUseCase('test.register', call, (uc) =>
      register(uc, { secret, mail: null }, { ...occ, userId: null, locale: who.locale ?? 'de', input }),
    );
  }

  const mailsTo = (to: string) =>
    db()
      .selectFrom('mail_outbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', to)
      .orderBy('created_at')
      .execute();

  it('a moved, then cancelled date: everyone reachable by mail hears it once, in their language', async () => {
    const now = new Date();
    const occ = await fixtureOccurrence(db(), m, { startsAt: new Date(now.getTime() + 5 * DAY), places: 1 });
    await signUp(occ, { name: 'Layla', email: 'layla@example.org', locale: 'ar' }, now);
    await signUp(occ, { name: 'Jonas', email: 'jonas@example.org', waitlist: true }, now);
    await signUp(occ, { name: 'Olena', phone: '+491511111111', waitlist: true }, now);
    const told = await db()
      .transaction()
      .execute((tx) => notifyOccurrenceChange(tx, tenant(m), occ.occurrenceId, 'moved'));
    assert.equal(told, 2, 'the phone-only person cannot be mailed');
    const queued = await db()
      .selectFrom('jobs')
      .select('kind')
      .where('kind', '=', 'community.registrations.notices')
      .execute();
    assert.ok(queued.length >= 1, 'the notices job is queued in the same transaction');
    await noticesJob(job(m), { db: db(), now: () => now, config: { baseUrl: 'https://zuhause.test' } });
    await noticesJob(job(m), { db: db(), now: () => now, config: { baseUrl: 'https://zuhause.test' } });
    const layla = await mailsTo('layla@example.org');
    assert.equal(layla.length, 1);
    assert.match(layla[0]!.subject, /^موعد جديد/);
    assert.match(layla[0]!.body_text, /https:\/\/zuhause\.test\/ar\/m\/meppen\/registrations\/[0-9A-Z]{12}/);
    assert.match((await mailsTo('jonas@example.org'))[0]!.subject, /^Neuer Termin/);

    await db()
      .transaction()
      .execute((tx) => notifyOccurrenceChange(tx, tenant(m), occ.occurrenceId, 'cancelled'));
    await noticesJob(job(null), { db: db(), now: () => now, config: { baseUrl: 'https://zuhause.test' } });
    const jonas = await mailsTo('jonas@example.org');
    assert.deepEqual(
      jonas.map((x) => x.subject.split(':')[0]),
      ['Neuer Termin', 'Abgesagt'],
    );
  });

  it('never promotes once the date has begun, and a cancellation then is refused', async () => {
    const now = new Date();
    const occ = await fixtureOccurrence(db(), m, { startsAt: new Date(now.getTime() + DAY), places: 1 });
    const first = await signUp(occ, { name: 'A', email: 'a@example.org' }, now);
    await signUp(occ, { name: 'B', email: 'b@example.org', waitlist: true }, now);
    const later = new Date(now.getTime() + DAY + 60_000);
    const call = { db: db(), tenant: tenant(m), actor: null, requestId: null, now: later };
    await assert.rejects(
      runUseCase('test.cancel', call, (uc) =>
        cancelRegistration(uc, { registrationId: first.id, occurrenceId: occ.occurrenceId, by: 'holder' }),
      ),
      (err) =>
        err instanceof AppError && err.status === 409 && err.messageKey === 'community.registrations.error.started',
    );
    await db().updateTable('community_registrations').set({ status: 'cancelled' }).where('id', '=', first.id).execute();
    await db()
      .updateTable('community_occurrences')
      .set({ confirmed_count: 0 })
      .where('id', '=', occ.occurrenceId)
      .execute();
    const promoted = await runUseCase('test.promote', call, async (uc) => {
      const p = await promoteWaiting(uc, tenant(m), occ.occurrenceId);
      return uc.refuse(p);
    });
    assert.deepEqual(promoted, []);
  });

  it('reminds the confirmed with an address the day before, at 10:00 in Germany, once', async () => {
    // 9 March 2027, 10:00 in Berlin is 09:00 UTC; the date is on 10 March at 18:00 local (17:00 UTC).
    let now = new Date('2027-03-09T08:59:00Z');
    const tomorrow = await fixtureOccurrence(db(), m, {
      startsAt: new Date('2027-03-10T17:00:00Z'),
      places: 3,
      title: 'Sprachcafé',
    });
    const later = await fixtureOccurrence(db(), m, { startsAt: new Date('2027-03-11T17:00:00Z'), places: 5 });
    await signUp(tomorrow, { name: 'Reza', email: 'reza@example.org', locale: 'fa' }, now);
    await signUp(tomorrow, { name: 'Ohne Mail', phone: '+491512222222' }, now);
    await signUp(tomorrow, { name: 'Anke', email: 'anke@example.org' }, now);
    await signUp(tomorrow, { name: 'Wartet', email: 'wartet@example.org', waitlist: true }, now);
    await signUp(later, { name: 'Reza', email: 'reza@example.org', locale: 'fa' }, now);
    assert.equal(endOfTomorrow(now).toISOString(), '2027-03-10T23:00:00.000Z');
    const worker = createBackgroundWorker({
      db: db(),
      config: { smtpUrl: undefined, mailFrom: 'noreply@example.org', baseUrl: 'https://zuhause.test' },
      transport: null,
      now: () => now,
      registry: registryOf(registrationJobs),
      schedules: registrationSchedules.filter((s) => s.name === 'community.registrations.reminders'),
    });
    now = new Date('2027-03-09T09:00:30Z');
    await worker.tick();
    await worker.tick();
    const reza = await mailsTo('reza@example.org');
    assert.equal(reza.length, 1, 'one reminder, for tomorrow only');
    assert.match(reza[0]!.subject, /^یادآوری/);
    assert.equal((await mailsTo('anke@example.org')).length, 1);
    assert.equal((await mailsTo('wartet@example.org')).length, 0, 'the waiting are not reminded');
  });

  it('erases names and contacts REGISTRATION_RETENTION_DAYS after the date; statuses and counts stay', async () => {
    const now = new Date();
    const old = await fixtureOccurrence(db(), m, { startsAt: new Date(now.getTime() + DAY), places: 10 });
    const recent = await fixtureOccurrence(db(), m, { startsAt: new Date(now.getTime() + 2 * DAY), places: 10 });
    await signUp(old, { name: 'Alt', email: 'alt@example.org' }, now);
    await signUp(recent, { name: 'Neu', email: 'neu@example.org' }, now);
    // Move both dates into the past: 31 and 29 days ago.
    for (const [o, days] of [
      [old, 31],
      [recent, 29],
    ] as const) {
      const start = new Date(now.getTime() - days * DAY);
      await db()
        .updateTable('community_occurrences')
        .set({ starts_at: start, original_start: start, ends_at: new Date(start.getTime() + 3600_000) })
        .where('id', '=', o.occurrenceId)
        .execute();
    }
    await upsertAttendance(
      db(),
      tenant(m),
      old.occurrenceId,
      {
        total: 12,
        women: 7,
        men: 5,
        diverse: null,
        age_under_18: null,
        age_18_to_26: null,
        age_27_to_64: null,
        age_65_plus: null,
      },
      null,
      now,
    );
    const ctx = { db: db(), now: () => now, config: { registrationRetentionDays: 30 } };
    await retentionJob(job(null), ctx);
    await retentionJob(job(null), ctx);
    const rows = await db()
      .selectFrom('community_registrations')
      .select(['occurrence_id', 'name', 'email', 'phone', 'status', 'party_size', 'erased_at'])
      .where('occurrence_id', 'in', [old.occurrenceId, recent.occurrenceId])
      .execute();
    const erased = rows.find((r) => r.occurrence_id === old.occurrenceId)!;
    assert.deepEqual(
      [erased.name, erased.email, erased.phone, erased.status, erased.party_size],
      [null, null, null, 'confirmed', 1],
    );
    assert.ok(erased.erased_at);
    assert.equal(rows.find((r) => r.occurrence_id === recent.occurrenceId)!.name, 'Neu');
    const kept = await db()
      .selectFrom('community_attendance')
      .select('total')
      .where('occurrence_id', '=', old.occurrenceId)
      .executeTakeFirstOrThrow();
    assert.equal(kept.total, 12);
    const occ = await db()
      .selectFrom('community_occurrences')
      .select('confirmed_count')
      .where('id', '=', old.occurrenceId)
      .executeTakeFirstOrThrow();
    assert.equal(occ.confirmed_count, 1);
    const audits = await db()
      .selectFrom('audit_log')
      .select('changes')
      .where('subject_type', '=', 'community.registration')
      .where('action', '=', 'delete')
      .execute();
    assert.equal(audits.length, 1, 'one erasure recorded; the second run found nothing');
  });
});
