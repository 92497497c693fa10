import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// The check behind "one owner per table": which tables a piece of source names in its queries. Kysely calls name
// the table as their first string argument; raw SQL (sql`…` templates) names it after FROM, JOIN, INTO or UPDATE.

const KYSELY =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*['"]([a-z_][a-z0-9_]*)/g;
const SQL_TEMPLATE = /\bsql(?:\.raw)?(?:<[^>`]*>)?\s*(?:`([^`]*)`|\(\s*`([^`]*)`)/g;
const RAW_TABLE = /\b(?:from|join|into|update|table)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi;
// Words after FROM that are not tables (`extract(day from at)`, `select … from (subquery)` is not matched anyway).
const NOT_TABLES = new Set(['select', 'lateral', 'unnest', 'generate_series', 'jsonb_array_elements', 'set']);

/** The tables one source text names in queries, with the line of each mention. */
export function tablesIn(source: string): { table: string; line: number }[] {
  const found: { table: string; line: number }[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  for (const m of source.matchAll(KYSELY)) found.push({ table: m[2]!, line: lineOf(m.index) });
  for (const m of source.matchAll(SQL_TEMPLATE)) {
    const body = m[1] ?? m[2] ?? '';
    const start = m.index + m[0].indexOf(body);
    for (const t of body.matchAll(RAW_TABLE)) {
      const table = t[1]!.toLowerCase();
      if (!NOT_TABLES.has(table)) found.push({ table, line: lineOf(start + t.index) });
    }
  }
  return found;
}

/** One query of a module on a table it does not own. */
export interface ForeignQuery {
  module: string;
  file: string;
  line: number;
  table: string;
}

/** A known exception: a module that still queries a table it does not own, and why it may for now. */
export interface AllowedQuery {
  module: string;
  table: string;
  because: string;
}

/**
 * The queries of each module's production code on tables outside its manifest's `tables` (test files are not
 * checked: tests set up data directly). `allowed` lists the known exceptions.
 */
export function foreignQueries(
  files: readonly { module: string; file: string; source: string }[],
  owned: ReadonlyMap<string, readonly string[]>,
  allowed: readonly AllowedQuery[] = [],
): ForeignQuery[] {
  const out: ForeignQuery[] = [];
  for (const f of files) {
    const mine = owned.get(f.module) ?? [];
    for (const { table, line } of tablesIn(f.source)) {
      if (mine.includes(table)) continue;
      if (allowed.some((a) => a.module === f.module && a.table === table)) continue;
      out.push({ module: f.module, file: f.file, line, table });
    }
  }
  return out;
}

/** Every production source file of each module folder below `modulesDir`. */
export function moduleSources(modulesDir: string, root: string): { module: string; file: string; source: string }[] {
  const out: { module: string; file: string; source: string }[] = [];
  for (const m of readdirSync(modulesDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(modulesDir, m.name);
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      // Tests and their fixtures set up data directly; only production code is checked.
      if (!e.isFile() || !/\.tsx?$/.test(e.name) || /\.(test|fixtures)\.tsx?$/.test(e.name)) continue;
      const path = join(e.parentPath, e.name);
      out.push({ module: m.name, file: relative(root, path), source: readFileSync(path, 'utf8') });
    }
  }
  return out;
}
