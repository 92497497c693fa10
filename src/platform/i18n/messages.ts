import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isArgumentElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { formatNumber } from './format.ts';
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

// A plain argument (`{taken}`) would be shown with String(value): Latin digits in a Farsi sentence whose plural
// `#` has Persian ones, and no thousands separator. Each plain argument is renamed in the parsed message to its
// name and this suffix (a space cannot be part of an argument's name, so it cannot clash), and receives the value
// as text: a number formatted for the locale, anything else as it was. Plural, select and `{n, number}` keep the
// name and the raw value.
const AS_TEXT = ' as text';

/** A message ready to format, and the names of its plain arguments. */
interface Compiled {
  fmt: IntlMessageFormat;
  plain: readonly string[];
}

/** Renames the plain arguments of a parsed message (in plural and select branches and tags too); their names. */
function renamePlain(ast: MessageFormatElement[], names: Set<string> = new Set()): Set<string> {
  for (const el of ast) {
    if (isArgumentElement(el)) {
      names.add(el.value);
      el.value += AS_TEXT;
    } else if (isPluralElement(el) || isSelectElement(el)) {
      for (const option of Object.values(el.options)) renamePlain(option.value, names);
    } else if (isTagElement(el)) {
      renamePlain(el.children, names);
    }
  }
  return names;
}

/** Parses a message for a locale with its plain arguments renamed (see AS_TEXT). */
function compile(source: string, locale: Locale): Compiled {
  const ast = parse(source, { locale: new Intl.Locale(locale) });
  const plain = [...renamePlain(ast)];
  return { fmt: new IntlMessageFormat(ast, locale), plain };
}

/** The values for a compiled message: each plain argument's also as text, numbers in the locale's form. */
function withText(c: Compiled, locale: Locale, values: MessageValues | undefined): MessageValues | undefined {
  if (values === undefined || c.plain.length === 0) return values;
  const out: MessageValues = { ...values };
  for (const name of c.plain) {
    // A value not given stays missing, so that formatting names it.
    if (!(name in values)) continue;
    const v = values[name];
    out[name + AS_TEXT] = typeof v === 'number' ? formatNumber(locale, v) : v;
  }
  return out;
}

/** Compiled messages for all locales; falls back to German, then to the key itself. */
export class Messages {
  private readonly catalogs = new Map<Locale, Catalog>();
  private readonly compiled = new Map<string, Compiled>();
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
    let c = this.compiled.get(id);
    if (!c) {
      c = compile(source, loc);
      this.compiled.set(id, c);
    }
    const text = String(c.fmt.format(withText(c, loc, values) as Record<string, string | number | Date>));
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
