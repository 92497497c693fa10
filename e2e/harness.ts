// Browser harness: the real application on a random port over a fresh test database, driven by Debian's Chromium
// through playwright-core, with axe-core for WCAG checks. One harness per test file; close it in `after`.
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import type { Config } from '../src/config.ts';
import { Secret, TOTP } from 'otpauth';
import { type TestApp, testApp } from '../src/testing/app.ts';
import { createUser, type TestUser } from '../src/testing/users.ts';
import { DEMO_PASSWORD, demoEmail } from '../src/seed/demo-accounts.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The WCAG 2.1 A and AA rules: what BITV 2.0 / EN 301 549 require of web pages. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Harness {
  t: TestApp;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  browser: Browser;
  /** A new isolated browser context (own cookies); `javaScriptEnabled: false` for the no-script checks. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context. */
  page(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Starts app + browser; `seed` writes the demo data (municipalities) first. */
export async function startHarness(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<Harness> {
  const t = await testApp(options.config, [], { demo: options.seed ?? true });
  const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  const context = async (o: BrowserContextOptions = {}) => {
    const c = await browser.newContext({ baseURL: baseUrl, ...o });
    contexts.push(c);
    return c;
  };
  return {
    t,
    baseUrl,
    browser,
    context,
    page: async (o) => (await context(o)).newPage(),
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await t.close();
    },
  };
}

/** One line per axe violation: rule, impact, first failing targets; empty when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

/** A staff account of the seeded Meppen with one role and a second factor. */
export async function createMeppenStaff(
  h: Harness,
  user: { email: string; displayName?: string; role: 'municipality_admin' | 'quartier_manager' },
): Promise<TestUser> {
  const meppen = await h.t.conn.db
    .selectFrom('municipalities')
    .select('id')
    .where('slug', '=', 'meppen')
    .executeTakeFirstOrThrow();
  const { role, ...rest } = user;
  return createUser(h.t.conn.db, { ...rest, roles: [{ role, municipalityId: meppen.id }], totp: true });
}

/** Fills in the login form on the current page and waits until the browser has left it. */
export async function fillLogin(page: Page, email: string, password: string): Promise<void> {
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/**
 * Signs a demo account in on the login page in `locale` (demo staff may skip the second factor in demo mode);
 * returns the path the browser lands on.
 */
export async function signInDemo(page: Page, key: string, locale = 'de'): Promise<string> {
  await page.goto(`/${locale}/login`);
  await fillLogin(page, demoEmail(key), DEMO_PASSWORD);
  return new URL(page.url()).pathname;
}

/** Fills the German login form and waits for the code step. */
export async function submitPassword(page: Page, user: TestUser): Promise<void> {
  await page.goto('/de/login');
  await page.locator('input[name=email]').fill(user.email);
  await page.locator('input[name=password]').fill(user.password);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL('**/de/login/totp**');
}

/** Enters the code the person's authenticator app would show at the app's (fixed) clock. */
export async function submitCode(h: Harness, page: Page, user: TestUser): Promise<void> {
  const code = new TOTP({ secret: Secret.fromBase32(user.totpSecret ?? '') }).generate({
    timestamp: h.t.clock.now.getTime(),
  });
  await page.locator('input[name=code]').fill(code);
  await page.locator('main form button[type=submit]').click();
}
