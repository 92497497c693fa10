// Browser harness: the real application on a random port over a fresh test database, driven by Debian's Chromium
// through playwright-core, with axe-core for WCAG checks. One harness per test file; close it in `after`.
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import type { Config } from '../src/config.ts';
import { seedDemo } from '../src/seed/seed.ts';
import { type TestApp, testApp } from '../src/testing/app.ts';

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
  const t = await testApp(options.config);
  if (options.seed ?? true) await seedDemo(t.conn.db);
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
