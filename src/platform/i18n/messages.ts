import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Locale } from './locales.ts';

export type Catalog = Record<string, string>;
export type MessageValues = Record<string, string | number | Date | boolean | null | undefined>;
export type Translate = (key: string, values?: MessageValues) => string;

/** The platform's own catalogs (errors, validation, layout, roles). */
export const PLATFORM_LOCALES = join(import.meta.dirname, 'locales');

/** Every catalog directory: the platform's own, then each manifest's `locales` folder, in manifest order. */
export function catalogDirs(sources: readonly { locales?: URL | undefined }[]): string[] {
  return [PLATFORM_LOCALES, ...sources.flatMap((s) => (s.locales ? [fileURLToPath(s.locales)] : []))];
}

/**
 * The files of one locale in a catalog directory: `<locale>.json`, and the parts a larger module splits its
 * messages into, `<locale>.<part>.json` (e.g. `de.flats.json`), in name order.
 */
export function catalogFiles(dir: string, locale: Locale): string[] {
  if (!existsSync(dir)) return [];
  const part = new RegExp(`^${locale}(\\.[a-z0-9-]+)?\\.json$`);
  return readdirSync(dir)
    .filter((f) => part.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads one locale's messages from the catalog directories; a key defined twice is an error. */
export function readCatalog(locale: Locale, dirs: readonly string[]): Catalog {
  const out: Catalog = {};
  for (const dir of dirs) {
    for (const file of catalogFiles(dir, locale)) {
      const part = JSON.parse(readFileSync(file, 'utf8')) as Catalog;
      for (const [k, v] of Object.entries(part)) {
        if (k in out) throw new Error(`Message key ${k} is defined twice (${file})`);
        out[k] = v;
      }
    }
  }
  return out;
}

/** Compiled messages for all locales; falls back to German, then to the key itself. */
export class Messages {
  private readonly catalogs = new Map<Locale, Catalog>();
  private readonly compiled = new Map<string, IntlMessageFormat>();
  private readonly translators = new Map<Locale, Translate>();
  /** Messages without arguments, formatted once. */
  private readonly plain = new Map<string, string>();

  /** `dirs`: usually `catalogDirs(manifests)`. */
  constructor(dirs: readonly string[]) {
    for (const l of LOCALES) this.catalogs.set(l, readCatalog(l, dirs));
  }

  /** True when German (the source) has the key. */
  has(key: string): boolean {
    return key in this.catalogs.get('de')!;
  }

  /** Formats one message in a locale. */
  format(locale: Locale, key: string, values?: MessageValues): string {
    const own = this.catalogs.get(locale)![key];
    const source = own ?? this.catalogs.get('de')![key];
    if (source === undefined) return key;
    const loc = own === undefined ? 'de' : locale;
    const id = `${loc}\u0000${key}`;
    if (values === undefined) {
      const done = this.plain.get(id);
      if (done !== undefined) return done;
    }
    let fmt = this.compiled.get(id);
    if (!fmt) {
      fmt = new IntlMessageFormat(source, loc);
      this.compiled.set(id, fmt);
    }
    const text = String(fmt.format(values as Record<string, string | number | Date>));
    if (values === undefined) this.plain.set(id, text);
    return text;
  }

  /** A translate function bound to one locale. */
  translator(locale: Locale): Translate {
    let t = this.translators.get(locale);
    if (!t) {
      t = (key, values) => this.format(locale, key, values);
      this.translators.set(locale, t);
    }
    return t;
  }

  /** The keys of one locale, for completeness checks. */
  keys(locale: Locale): string[] {
    return Object.keys(this.catalogs.get(locale)!);
  }
}
