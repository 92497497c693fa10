// Screenshots for the manual right-to-left and reflow review (docs/accessibility.md), not a test:
//   npx tsx e2e/screenshots.ts [output directory, default $TMPDIR/zuhause-screenshots]
// Full pages in German and Arabic (and Farsi), desktop and phone widths, the feedback form with errors.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from './harness.ts';

const out = process.argv[2] ?? join(tmpdir(), 'zuhause-screenshots');
mkdirSync(out, { recursive: true });
const PAGES: [url: string, name: string, width: number][] = [
  ['/de/', 'home-de', 1280],
  ['/ar/', 'home-ar', 1280],
  ['/ar/', 'home-ar-375', 375],
  ['/de/accessibility', 'accessibility-de', 1280],
  ['/fa/privacy', 'privacy-fa', 1280],
  ['/de/privacy', 'privacy-de-320', 320],
  ['/de/leichte-sprache', 'leichte-sprache-de', 1280],
  ['/de/api/docs', 'api-docs-de', 1280],
  ['/ar/login', 'login-ar', 1280],
  ['/ar/m/meppen', 'meppen-ar', 1280],
];

const h = await startHarness({ config: { demoMode: true } });
try {
  for (const [url, name, width] of PAGES) {
    const page = await h.page({ viewport: { width, height: 900 } });
    await page.goto(url);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  }
  for (const locale of ['de', 'ar']) {
    const page = await h.page({ viewport: { width: 1280, height: 900 } });
    await page.goto(`/${locale}/feedback`);
    await page.locator('#f-email').fill('x@');
    await page.locator('main form button[type=submit]').click();
    await page.waitForLoadState();
    await page.screenshot({ path: join(out, `feedback-errors-${locale}.png`), fullPage: true });
  }
  console.log(`screenshots in ${out}`);
} finally {
  await h.close();
}
