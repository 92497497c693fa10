import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { LOCALES } from './platform/i18n/locales.ts';

/** A setting that stops the start; its message is one line naming the variable. */
export class ConfigError extends Error {}

/** Feedback (with the sender's address, if given) is kept a year, then deleted by the daily retention job. */
export const DEFAULT_FEEDBACK_RETENTION_DAYS = 365;
/** Audit rows are kept two years, a common period for access logs of this kind. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 730;

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
  TRUST_PROXY: bool.default(false),
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(DEFAULT_FEEDBACK_RETENTION_DAYS),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(DEFAULT_AUDIT_RETENTION_DAYS),
  FEEDBACK_EMAIL: z.email().max(254).optional(),
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
  sessionSecret: string;
  defaultLocale: (typeof LOCALES)[number];
  /** Demo mode: demo staff may skip the second factor; the UI says so on every page. */
  demoMode: boolean;
  /** Seed the demo on an empty database at start. */
  seedDemo: boolean;
  logLevel: string;
  trustProxy: boolean;
  /** Days feedback is kept before the daily retention job deletes it. */
  feedbackRetentionDays: number;
  /** Days audit rows are kept before the daily retention job deletes them. */
  auditRetentionDays: number;
  /** Where feedback goes when its municipality has no team address (or it names none); never the sender. */
  feedbackEmail: string | undefined;
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
    sessionSecret: v.SESSION_SECRET ?? (embedded ? storedSecret(dataDir) : devSecret(production)),
    defaultLocale: v.DEFAULT_LOCALE,
    demoMode,
    seedDemo: v.SEED_DEMO ?? demoMode,
    logLevel: v.LOG_LEVEL,
    trustProxy: v.TRUST_PROXY,
    feedbackRetentionDays: v.FEEDBACK_RETENTION_DAYS,
    auditRetentionDays: v.AUDIT_RETENTION_DAYS,
    feedbackEmail: v.FEEDBACK_EMAIL,
  };
}

function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

// The embedded start generates a secret once and keeps it beside the database, so sessions survive restarts.
function storedSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

// A server database outside production (tests, development) gets a per-process secret.
function devSecret(production: boolean): string {
  if (production) throw new ConfigError('Invalid setting SESSION_SECRET: required in production');
  return randomBytes(32).toString('base64url');
}
