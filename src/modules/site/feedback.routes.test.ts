import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { Client, testApp } from '../../testing/app.ts';
import { insertMunicipality } from '../../testing/db.ts';
import { fixture } from '../../testing/fixture.ts';

describe('feedback form', () => {
  const t = fixture(() => testApp());

  it('shows the form with its three fields and prefills the page from ?page=', async () => {
    const res = await new Client(t().app).get('/de/feedback?page=%2Fde%2Fprivacy');
    assert.equal(res.statusCode, 200);
    for (const name of ['message', 'page', 'email']) assert.match(res.body, new RegExp(`name="${name}"`));
    assert.match(res.body, /name="page"[^>]*value="\/de\/privacy"/);
  });

  it('does not prefill a foreign or scripted address from ?page=', async () => {
    const res = await new Client(t().app).get('/de/feedback?page=javascript%3Aalert(1)');
    assert.doesNotMatch(res.body, /javascript:/);
  });

  it('answers 422 with an error summary and keeps the input when the message is missing', async () => {
    const c = new Client(t().app);
    const res = await c.post('/de/feedback', { message: '', email: 'a@example.org', page: '/de/' }, '/de/feedback');
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /<title>Fehler: /);
    assert.match(res.body, /z-error-summary/);
    assert.match(res.body, /href="#f-message"/);
    assert.match(res.body, /id="f-message"[^>]*aria-invalid="true"/);
    assert.match(res.body, /value="a@example.org"/);
  });

  it('rejects an invalid e-mail, a too long message and a javascript: page, keeping the message', async () => {
    const c = new Client(t().app);
    const bad = await c.post('/en/feedback', { message: 'Contrast too low', email: 'not-an-address' }, '/en/feedback');
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /href="#f-email"/);
    assert.match(bad.body, />Contrast too low<\/textarea>/);
    const long = await c.post('/en/feedback', { message: 'x'.repeat(4001) });
    assert.equal(long.statusCode, 422);
    assert.match(long.body, /href="#f-message"/);
    const js = await c.post('/en/feedback', { message: 'Hi', page: 'javascript:alert(1)' });
    assert.equal(js.statusCode, 422);
    assert.match(js.body, /href="#f-page"/);
    const rows = await t().conn.db.selectFrom('feedback').select('id').execute();
    assert.equal(rows.length, 0);
  });

  it('stores valid feedback without a municipality, mails nobody without FEEDBACK_EMAIL, and thanks after a redirect', async () => {
    const c = new Client(t().app);
    const res = await c.post(
      '/ar/feedback',
      { message: 'التباين ضعيف', page: '/ar/privacy', email: 'Reader@Example.org' },
      '/ar/feedback',
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/ar/feedback');
    const row = await t().conn.db.selectFrom('feedback').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.message, 'التباين ضعيف');
    assert.equal(row.page_url, '/ar/privacy');
    assert.equal(row.locale, 'ar');
    assert.equal(row.municipality_id, null);
    assert.equal(row.status, 'new');
    // Never to the no-reply sender: without a team or state address the feedback waits in the state's inbox.
    const mails = await t().conn.db.selectFrom('mail_outbox').selectAll().execute();
    assert.deepEqual(mails, []);
    const next = await c.get('/ar/feedback');
    assert.match(next.body, /kern-alert--success/);
    assert.match(next.body, /شكرًا لرسالتك/);
    const again = await c.get('/ar/feedback');
    assert.doesNotMatch(again.body, /kern-alert--success/);
  });

  it('refuses a post without the form token', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/de/feedback',
      payload: 'message=hi',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.statusCode, 403);
  });

  it('does not exist under an unknown locale', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/xx/feedback' });
    assert.equal(res.statusCode, 404);
  });
});

describe('feedback routing: team address per municipality, else FEEDBACK_EMAIL, never the sender', () => {
  const t = fixture(() => testApp({ feedbackEmail: 'land-team@example.org' }));
  let meppen: string;
  before(async () => {
    meppen = await insertMunicipality(t().conn, 'meppen');
    await insertMunicipality(t().conn, 'osnabrueck');
    await t()
      .conn.db.insertInto('feedback_team_addresses')
      .values({ municipality_id: meppen, email: 'team@meppen.example' })
      .execute();
  });

  async function send(fields: Record<string, string>) {
    const c = new Client(t().app);
    await c.get('/de/feedback');
    return c.post('/de/feedback', { message: 'Kontrast zu schwach', ...fields });
  }

  it('offers the municipalities and preselects the one whose page the link came from', async () => {
    const res = await new Client(t().app).get('/de/feedback?page=%2Fde%2Fm%2Fmeppen%2Fquartiere');
    assert.match(res.body, /<option value="meppen" selected>Meppen<\/option>/);
    assert.match(res.body, /<option value="osnabrueck">Osnabrück<\/option>/);
  });

  it('mails feedback on Meppen to its team address, in the outbox of Meppen', async () => {
    assert.equal((await send({ municipality: 'meppen' })).statusCode, 303);
    const mail = await t()
      .conn.db.selectFrom('mail_outbox')
      .selectAll()
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(mail.to_address, 'team@meppen.example');
    assert.equal(mail.municipality_id, meppen);
    assert.match(mail.body_text, /Kontrast zu schwach/);
    const row = await t().conn.db.selectFrom('feedback').select('municipality_id').executeTakeFirstOrThrow();
    assert.equal(row.municipality_id, meppen);
  });

  it('mails feedback on a municipality without team address, or on none, to FEEDBACK_EMAIL', async () => {
    await t().conn.db.deleteFrom('mail_outbox').execute();
    await send({ municipality: 'osnabrueck' });
    await send({});
    const mails = await t().conn.db.selectFrom('mail_outbox').select('to_address').execute();
    assert.deepEqual(
      mails.map((m) => m.to_address),
      ['land-team@example.org', 'land-team@example.org'],
    );
  });

  it('refuses an unknown municipality with 422, keeping the message', async () => {
    const res = await send({ municipality: 'atlantis' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /href="#f-municipality"/);
    assert.match(res.body, />Kontrast zu schwach<\/textarea>/);
  });
});

describe('feedback routing when FEEDBACK_EMAIL is the no-reply sender', () => {
  it('queues no mail rather than mail the sender itself', async () => {
    const t = await testApp({ feedbackEmail: 'noreply@zuhause.localhost' });
    try {
      const c = new Client(t.app);
      await c.get('/de/feedback');
      assert.equal((await c.post('/de/feedback', { message: 'Hallo' })).statusCode, 303);
      assert.deepEqual(await t.conn.db.selectFrom('mail_outbox').select('id').execute(), []);
      assert.equal((await t.conn.db.selectFrom('feedback').select('id').execute()).length, 1);
    } finally {
      await t.close();
    }
  });
});
