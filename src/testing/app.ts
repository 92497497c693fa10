import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import type { Connection } from '../platform/db/connection.ts';
import { catalogSources, manifests } from '../modules/index.ts';
import { catalogDirs, Messages } from '../platform/i18n/messages.ts';
import type { ModuleManifest } from '../platform/modules/manifest.ts';
import { testDatabase } from './db.ts';

let messages: Messages | undefined;

export interface TestApp {
  app: FastifyInstance;
  conn: Connection;
  config: Config;
  /** Moves the app's clock (for timeouts and expiry). */
  clock: { now: Date };
  close(): Promise<void>;
}

/** The application's messages: the platform's catalogs and every manifest's (read once per test process). */
export function appMessages(): Messages {
  messages ??= new Messages(catalogDirs(catalogSources));
  return messages;
}

/**
 * A fresh database and an app on it, quiet, in test mode; `overrides` change settings, `extra` adds manifests
 * (a test-only module) after the application's own. With `demo`, the database holds the demo seed (as `seedDemo`
 * writes it, copied from a template seeded once per run).
 */
export async function testApp(
  overrides: Partial<Config> = {},
  extra: readonly ModuleManifest[] = [],
  options: { demo?: boolean } = {},
): Promise<TestApp> {
  const conn = await testDatabase(options);
  const config: Config = {
    ...loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://unused',
      SESSION_SECRET: 'x'.repeat(40),
      LOG_LEVEL: 'silent',
    }),
    demoMode: false,
    seedDemo: false,
    ...overrides,
  };
  const clock = { now: new Date() };
  const deps = { config, db: conn.db, engine: conn.engine, messages: appMessages(), now: () => clock.now };
  const app = await buildApp(deps, [...manifests, ...extra]);
  return {
    app,
    conn,
    config,
    clock,
    async close() {
      await app.close();
      await conn.close();
    },
  };
}

/** Cookies a response sets, as a Cookie header value, merged over earlier ones. */
export function mergeCookies(previous: string, res: LightMyRequestResponse): string {
  const jar = new Map(
    previous
      .split('; ')
      .filter(Boolean)
      .map((c) => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)] as const),
  );
  for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
    if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0) jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** A browser-like client: keeps cookies, reads the form token from pages, posts forms with it. */
export class Client {
  cookies = '';
  csrf = '';
  constructor(readonly app: FastifyInstance) {}

  async request(opts: InjectOptions): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ ...opts, headers: { ...opts.headers, cookie: this.cookies } });
    const session = /(?:^|; )zh_sid=([^;]*)/;
    const before = session.exec(this.cookies)?.[1];
    this.cookies = mergeCookies(this.cookies, res);
    // Form tokens are bound to the session: a new (or ended) session needs a fresh token, as a browser gets with
    // the next page.
    if (session.exec(this.cookies)?.[1] !== before) this.csrf = '';
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m?.[1]) this.csrf = m[1];
    return res;
  }

  get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url, headers });
  }

  /** Posts a form; fetches `formPage` first when no token is known yet. */
  async post(url: string, form: Record<string, string | string[]>, formPage?: string): Promise<LightMyRequestResponse> {
    if (!this.csrf) await this.get(formPage ?? url);
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...form, _csrf: this.csrf })) {
      for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    }
    return this.request({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
}
