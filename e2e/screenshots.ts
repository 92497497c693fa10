// Screenshots for the manual right-to-left and reflow review (docs/accessibility.md), not a test:
//   npx tsx e2e/screenshots.ts [output directory, default $TMPDIR/zuhause-screenshots]
// Full pages in German and Arabic (and Farsi), desktop and phone widths, the feedback form with errors.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, demoEmail } from '../src/seed/demo-accounts.ts';
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
  // Signed in, on a 390 px phone: "My Zuhause" in Arabic, and staff pages with their navigation and tables.
  const SIGNED_IN: [key: string, url: string, name: string][] = [
    ['bewohner.meppen', '/ar/me', 'me-ar-390'],
    ['beratung.meppen', '/ar/me', 'me-counsellor-ar-390'],
    ['admin.meppen', '/de/m/meppen/admin', 'staff-start-de-390'],
    ['admin.meppen', '/de/m/meppen/admin/people', 'staff-people-de-390'],
    ['land', '/fa/state/municipalities', 'state-municipalities-fa-390'],
  ];
  for (const [key, url, name] of SIGNED_IN) {
    const page = await h.page({ viewport: { width: 390, height: 844 } });
    await page.goto('/de/login');
    await page.locator('input[name=email]').fill(demoEmail(key));
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    await page.goto(url);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  }
  console.log(`screenshots in ${out}`);
} finally {
  await h.close();
}
