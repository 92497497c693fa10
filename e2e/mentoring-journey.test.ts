import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { MENTORS_2025, MENTORS_2027_NEW } from '../src/modules/mentoring/mentoring.seed.data.ts';
import { inkOfFirstPage, pdfFonts, pdfText } from '../src/testing/pdf.ts';
import { createUser, type TestUser } from '../src/testing/users.ts';
import { axeViolations, fillLogin, type Harness, signInDemo, startHarness } from './harness.ts';

// One cycle of Osnabrück's mentoring programme end to end, through the pages only: Laila Haddad applies in Arabic,
// the programme's staff confirm her place, run the matching and publish it, her mentor and she accept, she logs
// three attended activities during the cycle, the staff end the cycle and issue the certificates, and the PDF she
// downloads states her Arabic name correctly (text extraction in logical order, and a rendered page).

const PROGRAMME = 'demokratie-macht-integration';
const NAME = 'ليلى حداد';
const ACTIVITIES = ['جلسة مجلس المدينة', 'لجنة الاندماج', 'ساعة استقبال المواطنين'];

const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';
/** Waits until the browser is on a path ending in `tail` (whatever the query or fragment). */
const onPath = (page: Page, tail: string) => page.waitForURL((u) => u.pathname.endsWith(tail));
/** Clicks a form's button and waits for the page the answer leads to (a redirect may lead back to the same address). */
async function submit(page: Page, button: Locator): Promise<void> {
  const arrived = page.waitForNavigation();
  await button.click();
  await arrived;
}

/** The day `days` after an ISO date, as an ISO date. */
function dayAfter(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('journey: a mentoring cycle from the Arabic application to the certificate', () => {
  let h: Harness;
  let laila: TestUser;
  let cycle: { id: string; starts_on: string; ends_on: string };
  const admin = '/de/m/osnabrueck/admin/mentoring';

  before(async () => {
    h = await startHarness({ config: { demoMode: true } });
    laila = await createUser(h.t.conn.db, { email: 'laila.haddad@example.test', displayName: NAME, locale: 'ar' });
    const row = await h.t.conn.db
      .selectFrom('mentoring_cycles')
      .innerJoin('mentoring_programmes', 'mentoring_programmes.id', 'mentoring_cycles.programme_id')
      .select(['mentoring_cycles.id', 'starts_on', 'ends_on'])
      .where('mentoring_programmes.slug', '=', PROGRAMME)
      .where('mentoring_cycles.status', '=', 'open')
      .executeTakeFirstOrThrow();
    const iso = (d: string | Date) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));
    cycle = { id: row.id, starts_on: iso(row.starts_on), ends_on: iso(row.ends_on) };
  });
  after(() => h.close());

  async function signInLaila(): Promise<Page> {
    const page = await h.page();
    await page.goto('/ar/login');
    await fillLogin(page, laila.email, laila.password);
    return page;
  }

  async function signInStaff(): Promise<Page> {
    const page = await h.page();
    assert.equal(await signInDemo(page, 'admin.osnabrueck'), '/de/me');
    // My Zuhause links the programmes the person runs.
    await page.locator(`main a[href="${admin}"]`).first().click();
    await onPath(page, `${admin}`);
    return page;
  }

  /** The staff overview's link of the open cycle whose path ends in `tail`. */
  async function openCyclePage(page: Page, tail: string) {
    await page.locator(`main a[href="${admin}/${PROGRAMME}/cycles/${cycle.id}/${tail}"]`).click();
    await onPath(page, `/cycles/${cycle.id}/${tail}`);
  }

  let mentorKey = '';

  it('Laila applies in Arabic and gets a place', async () => {
    const page = await signInLaila();
    await page.goto(`/ar/m/osnabrueck/mentoring/${PROGRAMME}`);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    await page.locator(`main a[href="/ar/m/osnabrueck/mentoring/${PROGRAMME}/apply"]`).first().click();
    await onPath(page, '/apply');
    await page.locator('input[name=displayName]').fill(NAME);
    await page.locator('textarea[name=motivation]').fill('أريد أن أفهم كيف تُتخذ القرارات في مجلس المدينة.');
    await page.locator('input[name=topics][value=integration]').check();
    await page.locator('input[name=languages]').fill('ar, de');
    await page.locator('input[name=availability][value=weekday_evening]').check();
    await page.locator('select[name=gender]').selectOption('woman');
    // Sent without agreeing to the privacy notice: the form comes back in Arabic with what she typed.
    await submit(page, page.locator('main form button[type=submit]'));
    assert.ok(new URL(page.url()).pathname.endsWith('/apply'));
    assert.equal(await page.locator('input[name=displayName]').inputValue(), NAME, 'her name is kept');
    assert.equal(await page.locator('input[name=topics][value=integration]').isChecked(), true, 'her topics are kept');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    assert.ok((await page.locator('main .kern-alert, main [role=alert]').count()) > 0, 'an error summary');
    await page.locator('input[name=privacy]').check();
    await submit(page, page.locator('main form button[type=submit]'));
    const mentee = await h.t.conn.db
      .selectFrom('mentoring_mentees')
      .select(['status', 'locale'])
      .where('user_id', '=', laila.id)
      .executeTakeFirstOrThrow();
    assert.equal(mentee.status, 'applied', 'a place, not the waitlist');
    await page.goto('/ar/me/mentoring');
    assert.ok((await main(page)).includes(NAME) || (await main(page)).includes('ديمقراطية'), 'My mentoring lists it');
    assert.deepEqual(await axeViolations(page), [], 'My mentoring (ar)');
  });

  it('the staff confirm her place, run the matching and publish it', async () => {
    const page = await signInStaff();
    await openCyclePage(page, 'applications');
    const row = page.locator('main tr', { hasText: NAME });
    await submit(page, row.locator('form:has(input[name=status][value=accepted]) button'));
    await page.goto(`${admin}`);
    await openCyclePage(page, 'matching');
    await submit(page, page.locator('main form[action$="/matching/run"] button'));
    const proposal = page.locator('main tr', { hasText: NAME });
    assert.equal(await proposal.count(), 1, 'a proposal for Laila');
    const mentorName = ((await proposal.locator('td').first().textContent()) ?? '').trim();
    const mentor = [...MENTORS_2025, ...MENTORS_2027_NEW].find((m) => m.name === mentorName);
    assert.ok(mentor, `the proposed mentor "${mentorName}" is one of the demo's council members`);
    mentorKey = mentor.key;
    assert.ok(((await proposal.textContent()) ?? '').length > NAME.length + mentorName.length, 'with its reasons');
    assert.deepEqual(await axeViolations(page), [], 'matching with proposals (de)');
    await submit(page, page.locator('main form[action$="/matching/publish"] button'));
    assert.match(await main(page), /veröffentlicht/i);
  });

  it('the mentor and Laila accept; the staff set the cycle running', async () => {
    const mentor = await h.page();
    await signInDemo(mentor, mentorKey);
    await mentor.goto('/de/me/mentoring');
    await mentor.locator('main li', { hasText: NAME }).locator('a[href$="/answer"]').click();
    await onPath(mentor, '/answer');
    await mentor.locator('input[name=answer][value=accepted]').check();
    await submit(mentor, mentor.locator('main form button[type=submit]'));

    const page = await signInLaila();
    await page.goto('/ar/me/mentoring');
    await page.locator('main a[href$="/answer"]').first().click();
    await onPath(page, '/answer');
    assert.deepEqual(await axeViolations(page), [], 'answer page (ar)');
    await page.locator('input[name=answer][value=accepted]').check();
    await submit(page, page.locator('main form button[type=submit]'));
    const pairing = await h.t.conn.db
      .selectFrom('mentoring_pairings')
      .innerJoin('mentoring_mentees', 'mentoring_mentees.id', 'mentoring_pairings.mentee_id')
      .select('mentoring_pairings.status')
      .where('mentoring_mentees.user_id', '=', laila.id)
      .executeTakeFirstOrThrow();
    assert.equal(pairing.status, 'active');

    const staff = await signInStaff();
    await openCyclePage(staff, 'edit');
    await staff.locator('select[name=status]').selectOption('running');
    await submit(staff, staff.locator('main form button[type=submit]'));
  });

  it('during the cycle Laila logs three attended activities in her workspace', async () => {
    h.t.clock.now = new Date(`${dayAfter(cycle.starts_on, 45)}T17:00:00Z`);
    const page = await signInLaila();
    await page.goto('/ar/me/mentoring');
    await page.locator('main a[href*="/mentoring/pairings/"]').first().click();
    await page.waitForURL('**/mentoring/pairings/*');
    const workspace = new URL(page.url()).pathname;
    const kinds = (
      await page.locator('select[name=kind] option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))
    ).filter(Boolean);
    assert.ok(kinds.length >= 3, 'the kinds the cycle counts');
    const form = page.locator('main form:has(input[name=title])');
    for (const [i, title] of ACTIVITIES.entries()) {
      await form.locator('select[name=kind]').selectOption(kinds[i]!);
      await form.locator('input[name=title]').fill(title);
      await form.locator('input[name=onDate]').fill(dayAfter(cycle.starts_on, 10 * (i + 1)));
      await form.locator('input[name=attended]').check();
      await submit(page, form.locator('button[type=submit]'));
      assert.equal(new URL(page.url()).pathname, workspace);
    }
    const text = await main(page);
    for (const title of ACTIVITIES) assert.ok(text.includes(title), `the log lists "${title}"`);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.deepEqual(await axeViolations(page), [], 'workspace with the log (ar)');
  });

  it('after the end the staff finish the cycle and issue the certificates', async () => {
    h.t.clock.now = new Date(`${dayAfter(cycle.ends_on, 2)}T09:00:00Z`);
    const page = await signInStaff();
    await openCyclePage(page, 'pairings');
    await submit(page, page.locator('main form[action$="/finish"] button'));
    await submit(page, page.locator('main form[action$="/certificates"] button'));
    assert.deepEqual(await axeViolations(page), [], 'pairings after issuing (de)');
    const cert = await h.t.conn.db
      .selectFrom('mentoring_certificates')
      .innerJoin('mentoring_mentees', 'mentoring_mentees.id', 'mentoring_certificates.mentee_id')
      .select(['mentoring_certificates.activities_count', 'mentoring_certificates.mentee_name'])
      .where('mentoring_mentees.user_id', '=', laila.id)
      .executeTakeFirstOrThrow();
    assert.equal(cert.activities_count, 3);
    assert.equal(cert.mentee_name, NAME);
  });

  it("Laila's certificate PDF states her Arabic name, shaped and in order, on a rendered page", async () => {
    const page = await signInLaila();
    await page.goto('/ar/me/mentoring');
    const link = page.locator('main a[href$=".pdf"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    assert.match(href, /^\/ar\/m\/osnabrueck\/mentoring\/certificates\/[0-9a-f-]+\.pdf$/);
    const res = await page.request.get(href);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    const pdf = await res.body();

    const text = await pdfText(pdf);
    assert.ok(text.includes(NAME), `the Arabic name in logical order:\n${text}`);
    assert.ok(text.includes('Teilnahmebescheinigung'), 'the German title');
    assert.ok(text.includes('DEMOKRATIE. MACHT. INTEGRATION.'), 'the programme');
    assert.match(text, new RegExp(`${NAME}: 3 besuchte Termine`), 'the name isolated: the count stays after it');
    const code = /certificates\/([0-9A-Z]{10})/.exec(text)?.[1];
    assert.ok(code, 'the verification address');

    const fonts = await pdfFonts(pdf);
    assert.ok(fonts.length > 0 && fonts.every((f) => f.embedded), `every font embedded: ${JSON.stringify(fonts)}`);
    assert.ok(
      fonts.some((f) => /NotoSansArabic/i.test(f.name)),
      'a font that covers Arabic script',
    );

    const rendered = await inkOfFirstPage(pdf);
    assert.ok(rendered.height > rendered.width, 'an upright page');
    const share = rendered.ink / (rendered.width * rendered.height);
    assert.ok(share > 0.01 && share < 0.5, `ink covers ${share}: neither blank nor black`);

    const visitor = await h.page();
    const check = await visitor.goto(`/ar/certificates/${code}`);
    assert.equal(check?.status(), 200);
    assert.ok((await main(visitor)).includes(NAME), 'anyone can check the code');
    assert.deepEqual(await axeViolations(visitor), [], 'verification page (ar)');
  });
});
