import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, type TestApp, testApp } from '../../testing/app.ts';

describe('feedback form', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });
  after(() => t.close());

  it('shows the form with its three fields and prefills the page from ?page=', async () => {
    const res = await new Client(t.app).get('/de/feedback?page=%2Fde%2Fprivacy');
    assert.equal(res.statusCode, 200);
    for (const name of ['message', 'page', 'email']) assert.match(res.body, new RegExp(`name="${name}"`));
    assert.match(res.body, /name="page"[^>]*value="\/de\/privacy"/);
  });

  it('does not prefill a foreign or scripted address from ?page=', async () => {
    const res = await new Client(t.app).get('/de/feedback?page=javascript%3Aalert(1)');
    assert.doesNotMatch(res.body, /javascript:/);
  });

  it('answers 422 with an error summary and keeps the input when the message is missing', async () => {
    const c = new Client(t.app);
    const res = await c.post('/de/feedback', { message: '', email: 'a@example.org', page: '/de/' }, '/de/feedback');
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /<title>Fehler: /);
    assert.match(res.body, /z-error-summary/);
    assert.match(res.body, /href="#f-message"/);
    assert.match(res.body, /id="f-message"[^>]*aria-invalid="true"/);
    assert.match(res.body, /value="a@example.org"/);
  });

  it('rejects an invalid e-mail, a too long message and a javascript: page, keeping the message', async () => {
    const c = new Client(t.app);
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
    const rows = await t.conn.db.selectFrom('feedback').select('id').execute();
    assert.equal(rows.length, 0);
  });

  it('stores valid feedback, queues a notice to the platform address and thanks with a flash after a redirect', async () => {
    const c = new Client(t.app);
    const res = await c.post(
      '/ar/feedback',
      { message: 'التباين ضعيف', page: '/ar/privacy', email: 'Reader@Example.org' },
      '/ar/feedback',
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/ar/feedback');
    const row = await t.conn.db.selectFrom('feedback').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.message, 'التباين ضعيف');
    assert.equal(row.page_url, '/ar/privacy');
    assert.equal(row.locale, 'ar');
    const mail = await t.conn.db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    assert.equal(mail.to_address, 'noreply@zuhause.localhost');
    assert.match(mail.subject, /Rückmeldung/);
    assert.match(mail.body_text, /التباين ضعيف/);
    const next = await c.get('/ar/feedback');
    assert.match(next.body, /kern-alert--success/);
    assert.match(next.body, /شكرًا لرسالتك/);
    const again = await c.get('/ar/feedback');
    assert.doesNotMatch(again.body, /kern-alert--success/);
  });

  it('refuses a post without the form token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/de/feedback',
      payload: 'message=hi',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.statusCode, 403);
  });

  it('does not exist under an unknown locale', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/xx/feedback' });
    assert.equal(res.statusCode, 404);
  });
});
