import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** A piece of user-facing text written into a view instead of a message catalog. */
export interface HardCodedText {
  file: string;
  line: number;
  text: string;
}

// Attributes a person reads or hears (screen readers): they need translations as much as text does.
const READ_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder', 'label']);
const LETTER = /\p{L}/u;
// A path or URL shown as itself (`/api/openapi.json`) is the same in every language.
const ADDRESS = /^(\/|https?:\/\/)\S*$/;

/** Every `.tsx` file below a directory, tests excluded. */
export function viewFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...viewFiles(path));
    else if (entry.name.endsWith('.tsx') && !/\.test\.tsx$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** Letters between JSX tags (outside `{…}`) or in read attributes, unless the text is allowed (autonyms). */
export function findHardCodedText(file: string, source: string, allowed: ReadonlySet<string>): HardCodedText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardCodedText[] = [];
  const report = (node: ts.Node, raw: string) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!LETTER.test(text) || allowed.has(text) || ADDRESS.test(text)) return;
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression))
        report(init, init.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Scans every view below `dir`. */
export function scanViews(dir: string, allowed: ReadonlySet<string>): HardCodedText[] {
  return viewFiles(dir).flatMap((f) => findHardCodedText(f, readFileSync(f, 'utf8'), allowed));
}
