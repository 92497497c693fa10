import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { createSession, markSecondFactor } from '../src/platform/auth/sessions.ts';
import { demoEmail } from '../src/seed/demo-accounts.ts';
import { measure, PAGE_BUDGET } from '../src/testing/page-weight.ts';
import { axeViolations, type Harness, startHarness } from './harness.ts';

// Room photos in a browser without JavaScript: the room list with the village hall's photo in German and Farsi
// (axe-clean, within the page budget, the image lazy and really loaded when scrolled to), and Asendorf's Quartier
// manager on the photos page: a refused upload (no description) and a good one through the file field.

describe('community rooms: photos in the list and on the staff page', () => {
  let h: Harness;
  let photosPath = '';
  before(async () => {
    h = await startHarness();
    const room = await h.t.conn.db
      .selectFrom('community_rooms')
      .select('id')
      .where('name', '=', 'Dorfgemeinschaftshaus Asendorf')
      .executeTakeFirstOrThrow();
    photosPath = `/de/m/asendorf/admin/rooms/${room.id}/photos`;
  });
  after(() => h.close());

  for (const locale of ['de', 'fa'] as const) {
    it(`the room list in ${locale}: the hall's photo with its description, axe-clean, within the budget`, async () => {
      const page = await h.page({ javaScriptEnabled: false });
      const path = `/${locale}/m/asendorf/rooms`;
      assert.equal((await page.goto(path))?.status(), 200);
      const img = page.locator('main img').first();
      assert.match((await img.getAttribute('alt')) ?? '', /Dorfgemeinschaftshaus/);
      assert.equal(await img.getAttribute('loading'), 'lazy');
      // Without scripting, the browser loads lazy images at once (no tracking by scroll position).
      await img.scrollIntoViewIfNeeded({ timeout: 5000 });
      await page.waitForLoadState('load');
      assert.ok(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), 'the photo loaded');
      assert.deepEqual(await axeViolations(page), []);
      const { files } = await measure(h.t.app, path);
      const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
      console.log(`page weight ${path}: ${bytes} B without images`);
      assert.ok(bytes <= PAGE_BUDGET, `${bytes} bytes on a first visit`);
    });
  }

  it('the Quartier manager adds a photo; without a description it is refused, axe-clean both times', async () => {
    const db = h.t.conn.db;
    const qm = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', demoEmail('qm.asendorf'))
      .executeTakeFirstOrThrow();
    const token = await createSession(db, qm.id, new Date());
    await markSecondFactor(db, token, new Date());
    const context = await h.context({ javaScriptEnabled: false });
    await context.addCookies([{ name: 'zh_sid', value: token, url: h.baseUrl }]);
    const page = await context.newPage();
    assert.equal((await page.goto(photosPath))?.status(), 200);
    assert.deepEqual(await axeViolations(page), []);
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#b86' } })
      .jpeg()
      .toBuffer();
    const upload = page.locator('main form[enctype="multipart/form-data"]');
    await page.locator('#f-photo').setInputFiles({ name: 'saal.jpg', mimeType: 'image/jpeg', buffer: photo });
    await upload.locator('button[type=submit]').click();
    await page.waitForLoadState('load');
    assert.match((await page.title()) ?? '', /^Fehler: /);
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('#f-alt').fill('Saal mit Stuhlkreis');
    await page.locator('#f-photo').setInputFiles({ name: 'saal.jpg', mimeType: 'image/jpeg', buffer: photo });
    await upload.locator('button[type=submit]').click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, photosPath);
    assert.equal(await page.locator('main img[alt="Saal mit Stuhlkreis"]').count(), 1);
    assert.deepEqual(await axeViolations(page), []);
  });
});
