import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { offlineGuideFixture } from '../src/modules/welcome/offline.fixtures.ts';
import { fixture } from '../src/testing/fixture.ts';
import { axeViolations, startHarness } from './harness.ts';

// Offline reading in Chromium: a reader opts in on the guide's offline page, loses the network, and still reads a
// saved page of the guide — the stored copy, marked with its date, and with nothing unsafe from the stored text.
describe('offline reading of the guide', () => {
  const h = fixture(
    () => startHarness(),
    async (harness) => {
      await offlineGuideFixture(harness.t.conn.db);
    },
  );

  it('opts in, goes offline and reads a saved page with its date', async () => {
    const context = await h().context();
    const page = await context.newPage();
    const alerts: string[] = [];
    page.on('dialog', (d) => {
      alerts.push(d.message());
      void d.dismiss();
    });
    await page.goto('/de/m/meppen/guide/offline');
    const save = page.getByRole('button', { name: 'Diesen Ratgeber auf Deutsch auf diesem Gerät speichern' });
    await save.click();
    await page.locator('#z-offline-status', { hasText: 'Auf diesem Gerät gespeichert' }).waitFor();
    assert.equal(await page.locator('[data-without-script]').isHidden(), true, 'the no-script note is gone');
    await page.evaluate(() => navigator.serviceWorker.ready);

    await context.setOffline(true);
    await page.goto('/de/m/meppen/guide/offline-anmeldung');
    await page.locator('h1', { hasText: 'Offline: Anmeldung' }).waitFor();
    const status = (await page.locator('[role=status]').first().textContent()) ?? '';
    assert.match(status, /Sie sind offline\./);
    assert.match(status, /Gespeicherte Fassung, Stand /);
    assert.match((await page.locator('main').textContent()) ?? '', /Hallo Welt/);
    assert.equal(await page.locator('script').count(), 0, 'no script in the offline copy');
    assert.equal(await page.locator('img').count(), 0, 'no image with a handler');
    assert.equal(await page.locator('[onclick], [style]').count(), 0);
    assert.deepEqual(alerts, []);
    // The other saved page is one link away, offline too.
    await page.getByRole('link', { name: 'Offline: Kita' }).click();
    await page.locator('h1', { hasText: 'Offline: Kita' }).waitFor();
    await context.setOffline(false);
  });

  it('the opt-in page has no axe violations in German and Arabic', async () => {
    for (const url of ['/de/m/meppen/guide/offline', '/ar/m/meppen/guide/offline']) {
      const page = await h().page();
      assert.equal((await page.goto(url))?.status(), 200);
      assert.deepEqual(await axeViolations(page), [], url);
    }
  });
});
