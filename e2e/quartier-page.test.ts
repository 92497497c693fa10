import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, feedScenario } from '../src/modules/community/feeds.fixtures.ts';
import { fixture } from '../src/testing/fixture.ts';
import { axeViolations, startHarness } from './harness.ts';

// The Quartier page with community's sections (the week's dates, rooms, management, help, feed links), in a
// left-to-right and a right-to-left language, on a phone-sized screen too.
describe('Quartier page with community sections: axe WCAG 2.1 A/AA', () => {
  const h = fixture(
    () => startHarness(),
    async (harness) => {
      await feedScenario(harness.t.conn.db);
      harness.t.clock.now = at('2026-05-18T08:00:00Z');
    },
  );

  for (const locale of ['de', 'fa'] as const) {
    it(`/${locale}/m/meppen/q/esterfeld has its sections and no violations, also at 320 px`, async () => {
      for (const viewport of [undefined, { width: 320, height: 640 }]) {
        const page = await h().page(viewport ? { viewport } : {});
        const res = await page.goto(`/${locale}/m/meppen/q/esterfeld`);
        assert.equal(res?.status(), 200);
        for (const id of ['community-this-week', 'community-rooms', 'community-managers']) {
          assert.equal(await page.locator(`#${id} h2`).count(), 1, id);
        }
        assert.equal(await page.locator('#community-this-week a[href^="webcal://"]').count(), 1);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= (viewport?.width ?? 1280), `${width} px wide`);
        assert.deepEqual(await axeViolations(page), []);
      }
    });
  }
});
