import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { audit } from '../../platform/audit/audit.ts';
import { enqueue, JobRegistry, runDueJobs } from '../../platform/jobs/queue.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { signedInClient } from '../../testing/access-matrix.ts';
import { type Client, type TestApp, testApp } from '../../testing/app.ts';

// Staff pages of the outbox and the audit log: who may read what, in which order, filtered and paginated.

describe('admin pages: outbox and audit log', () => {
  let t: TestApp;
  let meppen: string;
  let osnabrueck: string;
  let meppenAdmin: Client;
  let stateAdmin: Client;
  let meppenAdminId: string;
  const mails: Record<string, string> = {};

  before(async () => {
    t = await testApp();
    const db = t.conn.db;
    const rows = await db
      .insertInto('municipalities')
      .values([
        { slug: 'meppen', ags: '03454035', name: 'Meppen', district: 'Emsland' },
        { slug: 'osnabrueck', ags: '03404000', name: 'Osnabrück', district: 'Osnabrück' },
      ])
      .returning(['id', 'slug'])
      .execute();
    meppen = rows.find((r) => r.slug === 'meppen')!.id;
    osnabrueck = rows.find((r) => r.slug === 'osnabrueck')!.id;
    meppenAdmin = await signedInClient(t.app, db, {
      email: 'admin@meppen.test',
      municipalityId: meppen,
      roles: ['municipality_admin'],
    });
    stateAdmin = await signedInClient(t.app, db, {
      email: 'admin@land.test',
      municipalityId: null,
      roles: ['state_admin'],
    });
    meppenAdminId = (
      await db.selectFrom('users').select('id').where('email', '=', 'admin@meppen.test').executeTakeFirstOrThrow()
    ).id;

    // 30 mails of Meppen, a minute apart, so that order and pages are known.
    for (let i = 0; i < 30; i++) {
      await db
        .insertInto('mail_outbox')
        .values({
          municipality_id: meppen,
          to_address: `person${i}@example.org`,
          subject: `Meppen Nr. ${i}`,
          body_text: 'مرحبا، موعدك يوم الاثنين.',
          created_at: new Date(Date.UTC(2026, 10, 1, 8, i)),
        } as never)
        .execute();
    }
    mails.meppen = (
      await db.selectFrom('mail_outbox').select('id').where('subject', '=', 'Meppen Nr. 29').executeTakeFirstOrThrow()
    ).id;
    mails.osnabrueck = await queueMail(db, {
      to: 'x@osnabrueck.test',
      subject: 'Nur Osnabrück',
      text: 'geheim',
      municipalityId: osnabrueck,
    });
    mails.platform = await queueMail(db, {
      to: 'reset@example.org',
      subject: 'Passwort zurücksetzen',
      text: `Hier zurücksetzen: ${t.config.baseUrl}/de/password/reset?token=abc\nNicht von uns: https://evil.example/x`,
    });
    await db.updateTable('mail_outbox').set({ status: 'kept' }).where('id', '=', mails.platform).execute();

    await audit(db, {
      actor: null,
      municipalityId: meppen,
      action: 'read',
      subjectType: 'household',
      subjectId: 'h-1',
      reason: 'Beratung Meppen',
      at: new Date('2026-06-01T10:00:00Z'),
    });
    await audit(db, {
      actor: null,
      municipalityId: meppen,
      action: 'export',
      subjectType: 'flat',
      subjectId: 'f-9',
      at: new Date('2026-06-03T10:00:00Z'),
    });
    await audit(db, {
      actor: null,
      municipalityId: osnabrueck,
      action: 'read',
      subjectType: 'household',
      subjectId: 'h-2',
      reason: 'Beratung Osnabrück',
    });
    await audit(db, {
      actor: null,
      municipalityId: null,
      action: 'update',
      subjectType: 'funding.programme',
      subjectId: 'p-1',
      reason: 'Landesprogramm',
    });
  });
  after(() => t.close());

  it('shows a municipality admin their mails newest first, 25 a page, and nothing of others', async () => {
    const res = await meppenAdmin.get('/de/m/meppen/admin/outbox');
    assert.equal(res.statusCode, 200);
    const subjects = [...res.body.matchAll(/>Meppen Nr\. (\d+)</g)].map((m) => Number(m[1]));
    assert.deepEqual(
      subjects,
      Array.from({ length: 25 }, (_, i) => 29 - i),
    );
    assert.doesNotMatch(res.body, /Nur Osnabrück|Passwort zurücksetzen/);
    assert.match(res.body, /30 E-Mails/);
    assert.match(res.body, /<nav class="z-pagination" aria-label="Seiten">/);
    assert.match(res.body, /href="\/de\/m\/meppen\/admin\/outbox\?page=1" aria-label="Seite 1" aria-current="page"/);

    const second = await meppenAdmin.get('/de/m/meppen/admin/outbox?page=2');
    assert.deepEqual(
      [...second.body.matchAll(/>Meppen Nr\. (\d+)</g)].map((m) => Number(m[1])),
      [4, 3, 2, 1, 0],
    );
    assert.match(second.body, /rel="prev"/);
  });

  it('filters the outbox by status and rejects an unknown status with a message', async () => {
    const kept = await stateAdmin.get('/de/state/outbox?status=kept');
    assert.match(kept.body, /Passwort zurücksetzen/);
    const sent = await stateAdmin.get('/de/state/outbox?status=sent');
    assert.doesNotMatch(sent.body, /Passwort zurücksetzen/);
    const bad = await stateAdmin.get('/de/state/outbox?status=lost');
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /kern-error/);
  });

  it('opens a mail of the own municipality with its text, and records the reading', async () => {
    const res = await meppenAdmin.get(`/ar/m/meppen/admin/outbox/${mails.meppen}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="ar" dir="rtl">/);
    assert.match(res.body, /مرحبا، موعدك يوم الاثنين\./);
    const row = await t.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_type', '=', 'mail')
      .where('subject_id', '=', mails.meppen!)
      .executeTakeFirstOrThrow();
    assert.equal(row.actor_user_id, meppenAdminId);
    assert.equal(row.municipality_id, meppen);
    assert.equal(row.action, 'read');
    assert.ok(row.request_id);
  });

  it('never shows a mail of another municipality or of the platform through a municipality URL', async () => {
    assert.equal((await meppenAdmin.get(`/de/m/meppen/admin/outbox/${mails.osnabrueck}`)).statusCode, 404);
    assert.equal((await meppenAdmin.get(`/de/m/meppen/admin/outbox/${mails.platform}`)).statusCode, 404);
    assert.equal((await meppenAdmin.get('/de/m/meppen/admin/outbox/not-a-uuid')).statusCode, 404);
    assert.equal((await meppenAdmin.get('/de/m/osnabrueck/admin/outbox')).statusCode, 403);
    assert.equal((await meppenAdmin.get(`/de/m/osnabrueck/admin/outbox/${mails.osnabrueck}`)).statusCode, 403);
    assert.equal((await meppenAdmin.get('/de/m/osnabrueck/admin/audit')).statusCode, 403);
  });

  it('lets the state admin read platform mail, with only our own links clickable', async () => {
    const list = await stateAdmin.get('/de/state/outbox');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Passwort zurücksetzen/);
    assert.doesNotMatch(list.body, /Meppen Nr\.|Nur Osnabrück/);
    const mail = await stateAdmin.get(`/de/state/outbox/${mails.platform}`);
    assert.equal(mail.statusCode, 200);
    assert.ok(mail.body.includes(`<a class="kern-link" href="${t.config.baseUrl}/de/password/reset?token=abc">`));
    assert.doesNotMatch(mail.body, /href="https:\/\/evil/);
    assert.match(mail.body, /https:\/\/evil\.example\/x/);
    assert.equal((await stateAdmin.get(`/de/state/outbox/${mails.meppen}`)).statusCode, 404);
    assert.equal((await meppenAdmin.get('/de/state/outbox')).statusCode, 403);
    assert.equal((await meppenAdmin.get('/de/state/audit')).statusCode, 403);
  });

  it('shows the audit log of the own municipality only, and records its reading', async () => {
    const res = await meppenAdmin.get('/en/m/meppen/admin/audit');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Beratung Meppen/);
    assert.doesNotMatch(res.body, /Beratung Osnabrück|Landesprogramm/);
    const reads = await t.conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_type', '=', 'audit_log')
      .where('municipality_id', '=', meppen)
      .execute();
    assert.ok(reads.length >= 1);
    assert.equal(reads[0]!.actor_user_id, meppenAdminId);
    // The next reading shows the previous one, with the reader's name.
    const again = await meppenAdmin.get('/en/m/meppen/admin/audit?subjectType=audit_log');
    assert.match(again.body, /Access Matrix/);
    assert.match(again.body, /audit_log/);
  });

  it('filters the audit log by action, subject type and date range, keeping the filter across pages', async () => {
    const exported = await meppenAdmin.get('/de/m/meppen/admin/audit?action=export');
    assert.match(exported.body, /flat f-9/);
    assert.doesNotMatch(exported.body, /household h-1/);
    const byType = await meppenAdmin.get('/de/m/meppen/admin/audit?subjectType=household');
    assert.match(byType.body, /household h-1/);
    assert.doesNotMatch(byType.body, /flat f-9/);
    const byDate = await meppenAdmin.get('/de/m/meppen/admin/audit?from=2026-06-02&to=2026-06-30');
    assert.match(byDate.body, /flat f-9/);
    assert.doesNotMatch(byDate.body, /household h-1/);
    // The filter form shows the chosen values again.
    assert.match(byDate.body, /name="from" type="date" value="2026-06-02"/);
  });

  it('rejects invalid audit filters with messages and the input kept, without rows', async () => {
    const res = await meppenAdmin.get(
      '/de/m/meppen/admin/audit?from=2026-06-30&to=2026-06-01&subjectType=DROP%20TABLE',
    );
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Das Enddatum darf nicht vor dem Anfangsdatum liegen\./);
    assert.match(res.body, /Bitte nur Kleinbuchstaben/);
    assert.match(res.body, /value="DROP TABLE"/);
    assert.doesNotMatch(res.body, /Beratung Meppen/);
    const bad = await meppenAdmin.get('/de/m/meppen/admin/audit?from=gestern&page=-1');
    assert.equal(bad.statusCode, 422);
  });

  it('shows the state audit log with state-level entries only', async () => {
    const res = await stateAdmin.get('/de/state/audit');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Landesprogramm/);
    assert.doesNotMatch(res.body, /Beratung Meppen|Beratung Osnabrück/);
  });

  it('shows the state admin every background job, dead ones with their error, and only to them', async () => {
    const db = t.conn.db;
    const registry = new JobRegistry();
    registry.register('test.broken', async () => {
      throw new Error('Vorlage fehlt');
    });
    registry.register('test.fine', async () => {});
    await enqueue(db, { kind: 'test.broken', municipalityId: meppen, maxAttempts: 1 });
    await enqueue(db, { kind: 'test.fine' });
    await runDueJobs(db, new Date(Date.now() + 1000), { registry });

    const all = await stateAdmin.get('/de/state/jobs');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /<code>test\.broken<\/code>/);
    assert.match(all.body, /<code>test\.fine<\/code>/);
    assert.match(all.body, /Error: Vorlage fehlt/);
    assert.match(all.body, />Meppen</);
    assert.match(all.body, /aria-current="page">Hintergrundaufgaben</);
    const dead = await stateAdmin.get('/de/state/jobs?status=dead');
    assert.match(dead.body, /test\.broken/);
    assert.doesNotMatch(dead.body, /test\.fine/);
    assert.match(dead.body, /1 Aufgabe</);
    assert.equal((await stateAdmin.get('/de/state/jobs?status=zombie')).statusCode, 422);

    assert.equal((await meppenAdmin.get('/de/state/jobs')).statusCode, 403);
    const municipal = await meppenAdmin.get('/de/m/meppen/admin/outbox');
    assert.doesNotMatch(municipal.body, /state\/jobs|Hintergrundaufgaben/);
  });

  it('renders every page in all seven languages, right to left where needed', async () => {
    for (const l of LOCALES) {
      const pages = [
        [meppenAdmin, `/${l}/m/meppen/admin/outbox`],
        [meppenAdmin, `/${l}/m/meppen/admin/audit`],
        [stateAdmin, `/${l}/state/jobs`],
      ] as const;
      for (const [client, url] of pages) {
        const res = await client.get(url);
        assert.equal(res.statusCode, 200, url);
        assert.match(res.body, new RegExp(`<html lang="${l}" dir="${l === 'ar' || l === 'fa' ? 'rtl' : 'ltr'}">`));
        assert.doesNotMatch(res.body, />admin\.[a-z.]+</, `untranslated key on ${url}`);
      }
    }
  });

  it('sends anonymous visitors to sign in', async () => {
    const { Client } = await import('../../testing/app.ts');
    const res = await new Client(t.app).get('/de/m/meppen/admin/outbox');
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/de\/login\?next=/);
  });
});
