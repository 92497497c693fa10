import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Locale } from '../platform/i18n/locales.ts';
import { type Catalog, catalogFiles } from '../platform/i18n/messages.ts';

// Checks of the message catalogs, which no compiler reads: a missing key shows the key to a user, a broken
// message throws at run time, a plural without the right branches reads wrongly.

const SRC = join(import.meta.dirname, '..');

/**
 * Every `locales` folder below src, found on disk: the checks read them all, including any that no manifest
 * lists yet (src/testing/manifests.test.ts fails for those), so that no catalog escapes the checks.
 */
export function catalogDirsOnDisk(src = SRC): string[] {
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name === 'locales' && !e.parentPath.includes('node_modules'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** One locale's messages in a catalog directory (all its parts together), or why they cannot be read. */
export function readCatalogFile(dir: string, locale: Locale): Catalog | string {
  const files = catalogFiles(dir, locale);
  if (files.length === 0) return `no ${locale}.json`;
  const out: Catalog = {};
  for (const file of files) {
    const name = basename(file);
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return `${name} is not a JSON object`;
      for (const [k, v] of Object.entries(parsed)) {
        if (typeof v !== 'string') return `${name}: key ${k} is not a string`;
        if (k in out) return `${name}: key ${k} is defined in two parts`;
        out[k] = v;
      }
    } catch (err) {
      return `${name}: ${(err as Error).message}`;
    }
  }
  return out;
}

/** Missing, extra and empty keys of each translation compared with German, by name. */
export function keyProblems(dir: string): string[] {
  const de = readCatalogFile(dir, 'de');
  if (typeof de === 'string') return [`de.json: ${de}`];
  const german = new Set(Object.keys(de));
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const cat = locale === 'de' ? de : readCatalogFile(dir, locale);
    if (typeof cat === 'string') {
      problems.push(`${locale}.json: ${cat}`);
      continue;
    }
    const keys = new Set(Object.keys(cat));
    const missing = [...german].filter((k) => !keys.has(k));
    const extra = [...keys].filter((k) => !german.has(k));
    const empty = Object.entries(cat).filter(([, v]) => v.trim() === '');
    if (missing.length) problems.push(`${locale}.json misses ${missing.join(', ')}`);
    if (extra.length) problems.push(`${locale}.json has extra ${extra.join(', ')}`);
    if (empty.length) problems.push(`${locale}.json has empty ${empty.map(([k]) => k).join(', ')}`);
  }
  return problems;
}

type Ast = ReturnType<IntlMessageFormat['getAst']>;
interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Ast }>;
  children?: Ast;
}
export interface MessageArgs {
  args: Set<string>;
  /** Plural argument → its branch names (`one`, `other`, `=0` …). */
  plurals: Map<string, string[]>;
}

/** Argument names, and which of them are plurals with which branches, anywhere in a parsed message. */
export function argumentsOf(ast: Ast, out: MessageArgs = { args: new Set(), plurals: new Map() }): MessageArgs {
  for (const el of ast as unknown as Element[]) {
    // Element types of the ICU parser: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag.
    if (el.type >= 1 && el.type <= 6 && el.value) out.args.add(el.value);
    if (el.type === 6 && el.value) out.plurals.set(el.value, Object.keys(el.options ?? {}));
    for (const option of Object.values(el.options ?? {})) argumentsOf(option.value, out);
    if (el.type === 8 && el.children) argumentsOf(el.children, out);
  }
  return out;
}

/**
 * Every message parses in its locale; plurals have `other` and only the locale's categories; a translation
 * uses no argument German lacks, and keeps every plural German has.
 */
export function messageProblems(dir: string): string[] {
  const problems: string[] = [];
  const german = new Map<string, MessageArgs>();
  for (const locale of LOCALES) {
    const cat = readCatalogFile(dir, locale);
    if (typeof cat === 'string') continue; // keyProblems reports it
    const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
    for (const [key, text] of Object.entries(cat)) {
      let info: MessageArgs;
      try {
        info = argumentsOf(new IntlMessageFormat(text, locale).getAst());
      } catch (err) {
        problems.push(`${locale} ${key}: does not parse (${(err as Error).message})`);
        continue;
      }
      if (locale === 'de') german.set(key, info);
      for (const [arg, branches] of info.plurals) {
        if (!branches.includes('other')) problems.push(`${locale} ${key}: plural {${arg}} lacks "other"`);
        const foreign = branches.filter((b) => !b.startsWith('=') && !categories.has(b));
        if (foreign.length) problems.push(`${locale} ${key}: plural {${arg}} has ${foreign.join(', ')}, not ${locale}`);
      }
      const source = german.get(key);
      if (locale === 'de' || !source) continue;
      for (const arg of info.args)
        if (!source.args.has(arg)) problems.push(`${locale} ${key}: argument {${arg}} is not in German`);
      for (const arg of source.plurals.keys())
        if (!info.plurals.has(arg)) problems.push(`${locale} ${key}: German has plural {${arg}}, this has none`);
    }
  }
  return problems;
}
