import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tenant } from '../../platform/db/tenant.ts';
import { sessionClient, signedInClient } from '../../testing/access-matrix.ts';
import { Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';
import { inkOfFirstPage, pdfText } from '../../testing/pdf.ts';
import { CODE_LENGTH, newCertificateCode, normaliseCode } from './certificates.code.ts';
import { type CertificateFixture, certificateFixture } from './certificates.fixtures.ts';
import { certificateOf, cycleCertificateCounts } from './certificates.read.ts';

// Certificates: staff of the programme issue them for a finished cycle's completed mentees; the PDF (printed by
// Chromium) carries both names shaped and in logical order, and renders to a page that is not blank; anyone can
// check a code on the verification page; nobody but the mentee and the programme's staff opens the PDF.

describe('certificate codes', () => {
  test('a new code is ten characters of Crockford base32, and codes differ', () => {
    const codes = new Set(Array.from({ length: 500 }, () => newCertificateCode()));
    assert.equal(codes.size, 500);
    for (const c of codes) assert.match(c, new RegExp(`^[0-9A-HJKMNP-TV-Z]{${CODE_LENGTH}}$`));
  });

  test('a typed code is read as the stored one; anything else is no code', () => {
    assert.equal(normaliseCode('ab12-cd34-ef'), 'AB12CD34EF');
    assert.equal(normaliseCode('oa1lia1234'), '0A111A1234');
    assert.equal(normaliseCode('AB12CD34E'), null);
    assert.equal(normaliseCode('AB12CD34EFU'), null);
    assert.equal(normaliseCode('AB12CD34EU'), null);
  });
});

describe('certificates: issue, verify, PDF', () => {
  let m = '';
  let f: CertificateFixture;
  let staff: Client;
  let other: Client;
  const admin = () => '/de/m/osnabrueck/admin/mentoring';
  const t = fixture(
    () => testApp(),
    async (a) => {
      a.clock.now = new Date('2026-07-02T08:00:00Z');
      m = await insertMunicipality(a.conn, 'osnabrueck');
      await insertMunicipality(a.conn, 'meppen');
      staff = await signedInClient(a.app, a.conn.db, {
        email: 'certificates-staff@example.test',
        municipalityId: m,
        roles: ['municipality_admin'],
      });
      other = await signedInClient(a.app, a.conn.db, {
        email: 'certificates-other@example.test',
        municipalityId: m,
        roles: ['municipality_admin'],
      });
      const staffId = await a.conn.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'certificates-staff@example.test')
        .executeTakeFirstOrThrow();
      f = await certificateFixture(a.conn.db, m, { staffUserId: staffId.id });
    },
  );
  const db = () => t().conn.db;
  const issueUrl = (fx: CertificateFixture) => `${admin()}/${fx.slug}/cycles/${fx.cycleId}/certificates`;
  const certificates = () =>
    db()
      .selectFrom('mentoring_certificates')
      .select(['id', 'mentee_id', 'code', 'activities_count', 'mentee_name', 'locale'])
      .where('municipality_id', '=', m)
      .execute();
  const auditRows = () =>
    db()
      .selectFrom('audit_log')
      .select(['subject_id', 'changes'])
      .where('subject_type', '=', 'mentoring.certificate')
      .execute();

  async function menteeClient(userId: string): Promise<Client> {
    const u = await db().selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
    await db()
      .insertInto('role_assignments')
      .values({ user_id: userId, role: 'resident', municipality_id: m, quartier_id: null, provider_id: null })
      .execute();
    void u;
    return sessionClient(t().app, db(), userId);
  }

  test('a cycle that is not finished issues nothing', async () => {
    const running = await certificateFixture(db(), m, { status: 'running' });
    await db()
      .insertInto('mentoring_programme_staff')
      .values({
        municipality_id: m,
        programme_id: running.programmeId,
        user_id: (
          await db()
            .selectFrom('users')
            .select('id')
            .where('email', '=', 'certificates-staff@example.test')
            .executeTakeFirstOrThrow()
        ).id,
      })
      .execute();
    await staff.get(`/de/certificates/0000000000`);
    const res = await staff.post(issueUrl(running), {});
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), new RegExp(`/cycles/${running.cycleId}/pairings$`));
    const mine = (await certificates()).filter((c) => [running.mohammed.id, running.zahra.id].includes(c.mentee_id));
    assert.equal(mine.length, 0);
  });

  test("someone not on the programme's staff list cannot issue (404), even with the staff role", async () => {
    await other.get('/de/certificates/0000000000');
    const res = await other.post(issueUrl(f), {});
    assert.equal(res.statusCode, 404);
    assert.equal((await certificates()).length, 0);
  });

  test('staff issue certificates to the completed mentees only, one audit entry each, and only once', async () => {
    const before = (await auditRows()).length;
    assert.deepEqual(await cycleCertificateCounts(db(), tenant(m), f.cycleId), { completed: 2, issued: 0 });
    const res = await staff.post(issueUrl(f), {});
    assert.equal(res.statusCode, 303);
    const rows = await certificates();
    assert.deepEqual(rows.map((r) => r.mentee_id).sort(), [f.mohammed.id, f.zahra.id].sort());
    const byMentee = new Map(rows.map((r) => [r.mentee_id, r]));
    assert.equal(byMentee.get(f.mohammed.id)!.activities_count, 3, 'the missed activity does not count');
    assert.equal(byMentee.get(f.zahra.id)!.activities_count, 4);
    assert.equal(byMentee.get(f.mohammed.id)!.mentee_name, 'محمد العلي');
    assert.equal(byMentee.get(f.zahra.id)!.locale, 'fa');
    const audits = await auditRows();
    assert.equal(audits.length - before, 2);
    assert.ok(!JSON.stringify(audits).includes('محمد'), 'the audit holds no name');
    const again = await staff.post(issueUrl(f), {});
    assert.equal(again.statusCode, 303);
    assert.equal((await certificates()).length, 2);
    assert.equal((await auditRows()).length - before, 2, 'nothing issued, nothing recorded');
    assert.deepEqual(await cycleCertificateCounts(db(), tenant(m), f.cycleId), { completed: 2, issued: 2 });
    const link = await certificateOf(db(), tenant(m), f.mohammed.id);
    assert.equal(link?.code, byMentee.get(f.mohammed.id)!.code);
    assert.equal(await certificateOf(db(), tenant(m), f.dropped.id), null);
  });

  test('the verification page shows what the certificate states; an unknown code is "not found"', async () => {
    const visitor = new Client(t().app);
    const cert = (await certificates()).find((c) => c.mentee_id === f.mohammed.id)!;
    const page = await visitor.get(`/de/certificates/${cert.code}`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('<bdi>محمد العلي</bdi>'), 'the name, isolated');
    assert.ok(page.body.includes('DEMOKRATIE. MACHT. INTEGRATION.'));
    assert.ok(page.body.includes('2025/26'));
    assert.ok(page.body.includes('02.07.2026'), 'the issue date');
    assert.match(page.body, /Besuchte Termine<\/dt>\s*<dd[^>]*>3<\/dd>/);
    const typed = await visitor.get(`/ar/certificates/${cert.code.toLowerCase().slice(0, 5)}-${cert.code.slice(5)}`);
    assert.equal(typed.statusCode, 200, 'lower case and a hyphen are read as the code');
    assert.ok(typed.body.includes('الديمقراطية. السلطة. الاندماج.'), 'the programme in the reader language');
    for (const code of ['ZZZZZZZZZZ', 'abc', 'A'.repeat(40)]) {
      const missing = await visitor.get(`/de/certificates/${code}`);
      assert.equal(missing.statusCode, 404, code);
      assert.ok(missing.body.includes('Bescheinigung nicht gefunden'), code);
    }
  });

  test('the PDF: German and the mentee language, both names in logical order, a number after the colon', async () => {
    const rows = await certificates();
    const mohammed = rows.find((c) => c.mentee_id === f.mohammed.id)!;
    const zahra = rows.find((c) => c.mentee_id === f.zahra.id)!;
    const client = await menteeClient(f.mohammed.userId);
    const res = await client.get(`/de/m/osnabrueck/mentoring/certificates/${mohammed.id}.pdf`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const pdf = res.rawPayload;
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = await pdfText(pdf);
    assert.ok(text.includes('محمد العلي'), `the Arabic name, shaped and in logical order:\n${text}`);
    assert.ok(text.includes('Teilnahmebescheinigung'));
    // pdftotext splits some Arabic words at glyph gaps (an artefact of extraction, not of the page): compare letters.
    const letters = (x: string) => x.replace(/\s/g, '');
    assert.ok(letters(text).includes(letters('شهادة مشاركة')), 'the Arabic title');
    // The name is isolated: the count after it stays after the colon, not pulled before the name.
    assert.match(text, /محمد العلي: 3 besuchte Termine/);
    assert.ok(text.includes(mohammed.code), 'the verification code');
    assert.ok(text.includes(`/de/certificates/${mohammed.code}`), 'the verification address');
    assert.ok(!text.includes('Fraktionssitzung'), 'the missed activity is not listed');

    const page = await inkOfFirstPage(pdf);
    assert.ok(page.height > page.width, 'A4 upright');
    const share = page.ink / (page.width * page.height);
    assert.ok(share > 0.01 && share < 0.5, `ink covers ${share}: neither blank nor black`);

    const staffPdf = await staff.get(`/de/m/osnabrueck/mentoring/certificates/${zahra.id}.pdf`);
    assert.equal(staffPdf.statusCode, 200, "the programme's staff open it");
    const farsi = letters(await pdfText(staffPdf.rawPayload));
    // pdftotext puts a space after some letters that do not join to the left (ز, ا); the letters and their order
    // are what the PDF states, so the Farsi name is compared without spaces (in logical order: a reversed or
    // unshaped name would not match).
    assert.ok(farsi.includes(letters('زهرا رضایی')), `the Farsi name:\n${farsi}`);
    assert.ok(farsi.includes(letters('زهرا رضایی: 4 besuchte Termine')), 'the count after the colon');
    assert.ok(letters(farsi).includes(letters('گواهی شرکت')), 'the Farsi title');
  });

  test('nobody else opens a PDF: another signed-in person, another mentee, staff of another programme', async () => {
    const rows = await certificates();
    const mohammed = rows.find((c) => c.mentee_id === f.mohammed.id)!;
    const url = `/de/m/osnabrueck/mentoring/certificates/${mohammed.id}.pdf`;
    assert.equal((await other.get(url)).statusCode, 404);
    const zahra = await menteeClient(f.zahra.userId);
    assert.equal((await zahra.get(url)).statusCode, 404);
    assert.equal((await zahra.get(`/de/m/meppen/mentoring/certificates/${mohammed.id}.pdf`)).statusCode, 404);
    const anonymous = await new Client(t().app).get(url);
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /\/de\/login/);
    const unknown = await staff.get('/de/m/osnabrueck/mentoring/certificates/00000000-0000-4000-8000-000000000000.pdf');
    assert.equal(unknown.statusCode, 404);
  });

  test('without a Chromium the PDF is a clear error page (503), nothing crashes', async () => {
    const a = await testApp({ chromiumPath: '/nonexistent/chromium' });
    try {
      const mm = await insertMunicipality(a.conn, 'osnabrueck');
      const s = await signedInClient(a.app, a.conn.db, {
        email: 'certificates-nochrome@example.test',
        municipalityId: mm,
        roles: ['municipality_admin'],
      });
      const u = await a.conn.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'certificates-nochrome@example.test')
        .executeTakeFirstOrThrow();
      const fx = await certificateFixture(a.conn.db, mm, { staffUserId: u.id });
      await s.get('/de/certificates/0000000000');
      assert.equal(
        (await s.post(`/de/m/osnabrueck/admin/mentoring/${fx.slug}/cycles/${fx.cycleId}/certificates`, {})).statusCode,
        303,
      );
      const c = await a.conn.db.selectFrom('mentoring_certificates').select('id').executeTakeFirstOrThrow();
      const res = await s.get(`/de/m/osnabrueck/mentoring/certificates/${c.id}.pdf`);
      assert.equal(res.statusCode, 503);
      assert.ok(res.body.includes('nicht als PDF erzeugt werden'));
    } finally {
      await a.close();
    }
  });
});
