import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page, Response } from 'playwright-core';
import { toFloating } from '../src/lib/calendar/index.ts';
import { DEMO_PASSWORD, demoEmail } from '../src/seed/demo-accounts.ts';
import { appMessages } from '../src/testing/app.ts';
import { JS_BUDGET, measure, measureDocument, PAGE_BUDGET } from '../src/testing/page-weight.ts';
import { axeViolations, type Harness, startHarness, signInDemo } from './harness.ts';

// Issue #11 as one journey through the UI (the database is read, never written): a person without an account books
// Osnabrück's migration counselling in Farsi, in Dari — a language the service does not speak, so an interpreter is
// requested; the Dari interpreter of the pool accepts; the counsellor finds the appointment in her day, with the
// interpreter confirmed, and marks the contact done with its topic. The public pages on the way pass axe in Farsi
// and German and stay within the page budget; so do the confirmation page the booking POST answers and the
// booking's own page (its link).

// Not a name of the demo's bookings: the journey finds its own appointment by the address.
const PERSON = { name: 'Nasrin Rahimi', email: 'nasrin.rahimi.journey@example.org' };

describe('counselling journey: booked in Farsi with a Dari interpreter, accepted, counted', () => {
  let h: Harness;
  let serviceId = '';
  let appointmentId = '';
  let holderPath = '';
  const visited: string[] = [];

  before(async () => {
    h = await startHarness({ config: { demoMode: true } });
    const row = await h.t.conn.db
      .selectFrom('counselling_service_texts')
      .select('service_id')
      .where('title', '=', 'Migrationsberatung für Erwachsene (MBE)')
      .executeTakeFirstOrThrow();
    serviceId = row.service_id;
  });
  after(() => h.close());

  /**
   * axe and the page budget on what the browser shows now. A POST's answer cannot be fetched again: its HTML is
   * measured as the browser received it (the navigation's encoded body size), then what it loads.
   */
  async function checkShown(page: Page, label: string, posted?: Response): Promise<void> {
    assert.deepEqual(await axeViolations(page), [], `${label}: axe`);
    const url = new URL(page.url());
    let doc: Awaited<ReturnType<typeof measure>>;
    if (posted) {
      const bytes = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as unknown as { encodedBodySize: number }).encodedBodySize,
      );
      assert.ok(bytes > 0, `${label}: the answer's size is known`);
      const encoding = posted.headers()['content-encoding'] ?? 'identity';
      doc = await measureDocument(h.t.app, { url: url.pathname, html: await posted.text(), bytes, encoding });
    } else doc = await measure(h.t.app, url.pathname + url.search);
    const sum = (kinds: string[]) => doc.files.filter((f) => kinds.includes(f.kind)).reduce((n, f) => n + f.bytes, 0);
    const total = sum(['html', 'css', 'js', 'font', 'other']);
    assert.ok(total <= PAGE_BUDGET, `${label}: ${total} B > ${PAGE_BUDGET} B`);
    assert.ok(sum(['js']) <= JS_BUDGET, `${label}: JS ${sum(['js'])} B`);
  }

  /** Printed (print media), the confirmation keeps the code, large, and the appointment's facts; no frame, no forms. */
  async function checkPrinted(page: Page, label: string): Promise<void> {
    await page.emulateMedia({ media: 'print' });
    const code = page.locator('main .z-code strong');
    assert.ok(await code.isVisible(), `${label}: the code is printed`);
    const size = await code.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    assert.ok(size >= 32, `${label}: the code prints large (${size}px)`);
    assert.ok(await page.locator('main dl').isVisible(), `${label}: service, time and place are printed`);
    for (const hidden of ['header nav', '.z-langs', 'footer', '.z-skip', 'main .z-no-print'])
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${label}: ${hidden} is not printed`);
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await page.locator('main .z-no-print').first().isVisible(), `${label}: the print hint is on screen`);
  }

  async function signIn(key: string): Promise<Page> {
    const page = await h.page();
    await signInDemo(page, key);
    return page;
  }

  it('a person without an account books in Dari from the Farsi pages; an interpreter is requested', async () => {
    const page = await h.page();
    await page.goto('/fa/m/osnabrueck/counselling');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    visited.push(page.url());
    await page.locator(`main a[href$="/counselling/${serviceId}"]`).first().click();
    visited.push(page.url());
    await page.locator(`main a[href$="/counselling/${serviceId}/book"]`).first().click();
    const topic = await page.locator('select[name=topic] option:not([value=""])').first().getAttribute('value');
    await page.locator('select[name=topic]').selectOption(topic!);
    await page.locator('select[name=language]').selectOption('prs');
    await page.locator('select[name=channel]').selectOption('in_person');
    visited.push(page.url());
    await page.locator('main form button[type=submit]').click();
    // The interpreter of the pool works Monday to Friday 08:00–16:00: the first day with a time they can take.
    const days = await page.locator('main a[href*="day="]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    let fits: string | undefined;
    for (const href of days) {
      await page.goto(href!);
      const slots = await page
        .locator('input[name=slot]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('value')));
      fits = slots.find((v) => {
        const local = toFloating(new Date(v!.slice(v!.indexOf('.') + 1)), 'Europe/Berlin');
        return local.getUTCHours() >= 8 && local.getUTCHours() < 15 && local.getUTCDay() % 6 !== 0;
      }) as string | undefined;
      if (fits) break;
    }
    assert.ok(fits, `a slot within the interpreter's hours on one of ${days.length} days`);
    await page.locator(`input[name=slot][value="${fits}"]`).check();
    await page.locator('main form button[type=submit]').click();
    await page.locator('input[name=name]').fill(PERSON.name);
    await page.locator('input[name=email]').fill(PERSON.email);
    await page.locator('input[name=consent]').check();
    const form = page.url();
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('main form[method=post] button[type=submit]').click(),
    ]);
    assert.equal(answer.status(), 201, `booked from ${form}`);
    assert.match(await page.locator('main').innerText(), /[2-9A-Z]{4} [2-9A-Z]{4} [2-9A-Z]/, 'the code is shown');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await checkShown(page, 'confirmation (fa)', answer);
    await checkPrinted(page, 'confirmation (fa)');
    holderPath = new URL(
      (await page.locator('main a[href*="/appointments/"]').first().getAttribute('href'))!,
      h.baseUrl,
    ).pathname;
    const row = await h.t.conn.db
      .selectFrom('counselling_appointments')
      .select(['id', 'language', 'interpreter_language', 'locale'])
      .where('email', '=', PERSON.email)
      .executeTakeFirstOrThrow();
    appointmentId = row.id;
    assert.deepEqual([row.interpreter_language, row.locale], ['prs', 'fa']);
    const request = await h.t.conn.db
      .selectFrom('counselling_interpreter_requests')
      .select('status')
      .where('appointment_id', '=', row.id)
      .executeTakeFirstOrThrow();
    assert.equal(request.status, 'open');
  });

  it('the Dari interpreter accepts from their page; the person’s page then says the interpreter is confirmed', async () => {
    const page = await signIn('sprachmittlung.osnabrueck');
    await page.locator('main a[href$="/interpreting"]').first().click();
    const request = await h.t.conn.db
      .selectFrom('counselling_interpreter_requests')
      .select('id')
      .where('appointment_id', '=', appointmentId)
      .executeTakeFirstOrThrow();
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator(`form[action$="/${request.id}/accept"] button[type=submit]`).click(),
    ]);
    const after = await h.t.conn.db
      .selectFrom('counselling_interpreter_requests')
      .select('status')
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    assert.equal(after.status, 'accepted');
    const holder = await h.page();
    await holder.goto(holderPath);
    const fa = (key: string, values?: Record<string, string>) => appMessages().format('fa', key, values);
    const confirmed = fa('counselling.appointments.page.interpreter.accepted', {
      language: fa('counselling.language.prs'),
    });
    assert.ok((await holder.locator('main').innerText()).includes(confirmed), confirmed);
  });

  it('the counsellor finds it in her day with the interpreter confirmed and marks the contact done', async () => {
    const page = await signIn('beratung.osnabrueck');
    const startsAt = (
      await h.t.conn.db
        .selectFrom('counselling_appointments')
        .select('starts_at')
        .where('id', '=', appointmentId)
        .executeTakeFirstOrThrow()
    ).starts_at;
    const day = toFloating(new Date(startsAt), 'Europe/Berlin').toISOString().slice(0, 10);
    await page.goto(`/uk/m/osnabrueck/admin/counselling/day?date=${day}`);
    const text = await page.locator('main').innerText();
    assert.match(text, new RegExp(PERSON.name));
    assert.match(text, /Samir/, 'the confirmed interpreter is named');
    await page.locator(`main a[href$="/day/${appointmentId}/done"]`).click();
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('main form[method=post] button[type=submit]').first().click(),
    ]);
    const contacts = await h.t.conn.db
      .selectFrom('counselling_contacts')
      .select(['topic', 'interpreter_language', 'kind'])
      .where('appointment_id', '=', appointmentId)
      .execute();
    assert.equal(contacts.length, 1, 'one contact counted');
    assert.equal(contacts[0]?.kind, 'appointment');
    const status = await h.t.conn.db
      .selectFrom('counselling_appointments')
      .select('status')
      .where('id', '=', appointmentId)
      .executeTakeFirstOrThrow();
    assert.equal(status.status, 'done');
  });

  it('the public pages of the journey pass axe in Farsi and German, within the page budget', async () => {
    for (const url of visited) {
      for (const locale of ['fa', 'de']) {
        const path = new URL(url).pathname.replace(/^\/fa\//, `/${locale}/`) + new URL(url).search;
        const page = await h.page();
        await page.goto(path);
        assert.equal(await page.locator('html').getAttribute('dir'), locale === 'fa' ? 'rtl' : 'ltr');
        await checkShown(page, path);
      }
    }
  });

  it('the booking’s own page passes axe in Farsi and German, within the page budget', async () => {
    for (const locale of ['fa', 'de']) {
      const page = await h.page();
      await page.goto(holderPath.replace(/^\/fa\//, `/${locale}/`));
      assert.equal(await page.locator('html').getAttribute('dir'), locale === 'fa' ? 'rtl' : 'ltr');
      assert.ok(await page.locator('main dl').isVisible(), 'the appointment is shown');
      await checkShown(page, `${locale}: the booking's page`);
    }
  });

  it('the confirmation page in German passes axe, within the page budget, and prints the code', async () => {
    const page = await h.page();
    const topic = await h.t.conn.db
      .selectFrom('counselling_appointments')
      .select('topic')
      .where('id', '=', appointmentId)
      .executeTakeFirstOrThrow();
    const q = new URLSearchParams({ topic: topic.topic, language: 'de', channel: 'in_person' });
    await page.goto(`/de/m/osnabrueck/counselling/${serviceId}/book?${q}`);
    await page.locator('main a[href*="day="]').first().click();
    await page.locator('input[name=slot]').first().check();
    await page.locator('main form button[type=submit]').click();
    await page.locator('input[name=name]').fill('Jonas Berger');
    await page.locator('input[name=email]').fill('jonas.berger.journey@example.org');
    await page.locator('input[name=consent]').check();
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('main form[method=post] button[type=submit]').click(),
    ]);
    assert.equal(answer.status(), 201);
    await page.waitForLoadState();
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    await checkShown(page, 'confirmation (de)', answer);
    await checkPrinted(page, 'confirmation (de)');
  });
});
