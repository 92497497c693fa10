import { resolve } from 'node:path';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';
import { LOCALES } from './platform/i18n/locales.ts';

/** A setting that stops the start; its message is one line naming the variable. */
export class ConfigError extends Error {}

/** Feedback (with the sender's address, if given) is kept a year, then deleted by the daily retention job. */
export const DEFAULT_FEEDBACK_RETENTION_DAYS = 365;
/** Audit rows are kept two years, a common period for access logs of this kind. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 730;
/** Names and contacts of event registrations are erased this many days after the date (the counts stay). */
export const DEFAULT_REGISTRATION_RETENTION_DAYS = 30;
/** Days after a counselling appointment until the booker's name and contacts are erased. */
export const DEFAULT_COUNSELLING_RETENTION_DAYS = 30;

/** How long a machine translation may take before the editor is told that the service did not answer. */
export const DEFAULT_TRANSLATION_TIMEOUT_MS = 15_000;
/** Chromium renders the mentoring certificates as PDF (Debian's package puts it here). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
/** Map tiles come from OpenStreetMap's tile server unless MAP_TILE_URL names another (loaded only after consent). */
export const DEFAULT_MAP_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_MAP_TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  BASE_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Zuhause <noreply@zuhause.localhost>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DEFAULT_LOCALE: z.enum(LOCALES).default('de'),
  DEMO_MODE: bool.optional(),
  SEED_DEMO: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.string().optional(),
  TOTP_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(DEFAULT_FEEDBACK_RETENTION_DAYS),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(DEFAULT_AUDIT_RETENTION_DAYS),
  FEEDBACK_EMAIL: z.email().max(254).optional(),
  REGISTRATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_REGISTRATION_RETENTION_DAYS),
  COUNSELLING_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_COUNSELLING_RETENTION_DAYS),
  TRANSLATION_URL: z
    .url()
    .regex(/^https?:\/\//, 'must start with http:// or https://')
    .optional(),
  TRANSLATION_API_KEY: z.string().max(500).optional(),
  TRANSLATION_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(DEFAULT_TRANSLATION_TIMEOUT_MS),
  MAP_TILE_URL: z
    .string()
    .regex(
      /^https:\/\/[a-z0-9.{}-]+(:\d+)?\/\S*\{z\}\S*\{x\}\S*\{y\}\S*$/,
      'must be an https URL template with {z}, {x} and {y}',
    )
    .default(DEFAULT_MAP_TILE_URL),
  MAP_TILE_ATTRIBUTION: z.string().min(1).max(300).default(DEFAULT_MAP_TILE_ATTRIBUTION),
  CHROMIUM_PATH: z.string().regex(/^\//, 'must be an absolute path').default(DEFAULT_CHROMIUM_PATH),
  OUTBOUND_ALLOW_PRIVATE: bool.default(false),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  baseUrl: string;
  /** Absent: the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /**
   * Signs cookies and binds form tokens. Absent outside production: generated once and kept in the database
   * (`platform_secrets`), so that every process and every restart share it.
   */
  sessionSecret: string | undefined;
  /** Encrypts TOTP secrets at rest; absent outside production: generated once and kept in the database. */
  totpKey: string | undefined;
  defaultLocale: (typeof LOCALES)[number];
  /** Demo mode: demo staff may skip the second factor; the UI says so on every page. */
  demoMode: boolean;
  /** Seed the demo on an empty database at start. */
  seedDemo: boolean;
  logLevel: string;
  /** The reverse proxies whose `X-Forwarded-For` hops are believed: addresses, CIDR ranges or proxy-addr names. */
  trustProxy: string[];
  /** Days feedback is kept before the daily retention job deletes it. */
  feedbackRetentionDays: number;
  /** Days audit rows are kept before the daily retention job deletes them. */
  auditRetentionDays: number;
  /** Days after an event's date until the registrations' names and contacts are erased (counts stay). */
  registrationRetentionDays: number;
  /** Days after a counselling appointment until its personal data is erased. */
  counsellingRetentionDays: number;
  /** Where feedback goes when its municipality has no team address (or it names none); never the sender. */
  feedbackEmail: string | undefined;
  /**
   * A LibreTranslate-compatible machine translation service (its base URL, `POST <url>/translate`) for drafts of
   * guide translations; absent: off (the default), editors translate by hand.
   */
  translationUrl: string | undefined;
  /** The service's `api_key`, when it wants one. */
  translationApiKey: string | undefined;
  /** Milliseconds a machine translation may take before the editor is told it failed (nothing is stored). */
  translationTimeoutMs: number;
  /**
   * The map tiles: URL template (`{z}/{x}/{y}`, `{s}` for a subdomain), its attribution (HTML, shown on the map)
   * and its host (named on the consent placeholder and opened in the CSP only after consent).
   */
  mapTiles: { url: string; attribution: string; host: string };
  /** The Chromium executable that prints PDF documents (the mentoring certificates). */
  chromiumPath: string;
  /**
   * Requests to addresses that users enter (the OParl import) may reach private, loopback and other non-public
   * addresses. Off by default (decision 0227): on only where such a server lives in the own network.
   */
  allowPrivateAddresses: boolean;
}

/** Reads and validates every setting once; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid setting ${String(issue.path[0])}: ${issue.message}`);
  }
  const v = parsed.data;
  const embedded = v.DATABASE_URL === undefined;
  const dataDir = resolve(v.DATA_DIR);
  const production = v.NODE_ENV === 'production';
  if (production && !v.SESSION_SECRET) {
    throw new ConfigError('Invalid setting SESSION_SECRET: required in production (at least 32 characters)');
  }
  if (production && !v.TOTP_KEY) {
    throw new ConfigError('Invalid setting TOTP_KEY: required in production (at least 32 characters)');
  }
  const demoMode = v.DEMO_MODE ?? (embedded && !production);
  return {
    env: v.NODE_ENV,
    port: v.PORT,
    host: v.HOST,
    baseUrl: (v.BASE_URL ?? `http://localhost:${v.PORT}`).replace(/\/$/, ''),
    databaseUrl: v.DATABASE_URL,
    dataDir,
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    sessionSecret: v.SESSION_SECRET,
    totpKey: v.TOTP_KEY,
    defaultLocale: v.DEFAULT_LOCALE,
    demoMode,
    seedDemo: v.SEED_DEMO ?? demoMode,
    logLevel: v.LOG_LEVEL,
    trustProxy: trustedProxies(v.TRUST_PROXY),
    feedbackRetentionDays: v.FEEDBACK_RETENTION_DAYS,
    auditRetentionDays: v.AUDIT_RETENTION_DAYS,
    feedbackEmail: v.FEEDBACK_EMAIL,
    registrationRetentionDays: v.REGISTRATION_RETENTION_DAYS,
    counsellingRetentionDays: v.COUNSELLING_RETENTION_DAYS,
    translationUrl: v.TRANSLATION_URL?.replace(/\/+$/, ''),
    translationApiKey: v.TRANSLATION_API_KEY,
    translationTimeoutMs: v.TRANSLATION_TIMEOUT_MS,
    mapTiles: {
      url: v.MAP_TILE_URL,
      attribution: v.MAP_TILE_ATTRIBUTION,
      // `{s}.tile.example.org` asks one of several subdomains; the reader agrees to the server, named without it.
      host: new URL(v.MAP_TILE_URL.replace('{s}.', '')).hostname,
    },
    chromiumPath: v.CHROMIUM_PATH,
    allowPrivateAddresses: v.OUTBOUND_ALLOW_PRIVATE,
  };
}

function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/**
 * TRUST_PROXY as a list of proxies: comma-separated addresses, CIDR ranges or the names `loopback`, `linklocal`,
 * `uniquelocal`. "true" is refused: trusting every hop lets any client choose its own address by sending
 * X-Forwarded-For, and so escape every per-address limit.
 */
function trustedProxies(raw: string | undefined): string[] {
  if (raw === undefined || ['false', '0', 'no'].includes(raw)) return [];
  if (['true', '1', 'yes'].includes(raw)) {
    throw new ConfigError(
      'Invalid setting TRUST_PROXY: name the proxies (addresses or CIDR ranges, e.g. 10.0.0.5,10.1.0.0/16), not "true"',
    );
  }
  const list = raw
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  try {
    proxyaddr.compile(list);
  } catch (err) {
    throw new ConfigError(`Invalid setting TRUST_PROXY: ${(err as Error).message}`);
  }
  return list;
}
