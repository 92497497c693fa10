// Builds the production start: `npm run build` compiles the server once with esbuild into `dist/`, so that
// `npm run start:built` runs plain JavaScript without the TypeScript loader. dist/ mirrors the repository: the
// bundles sit at its root, and the files the code reads at run time (message catalogs, page content, the icon,
// migrations) are copied to the same relative places, with the stylesheet compiled from SCSS beforehand.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { buildCss, PREBUILT_CSS } from '../src/platform/views/assets/styles.ts';

const ROOT = join(import.meta.dirname, '..');
// `--out DIR` builds elsewhere (the build test does); DIR must lie inside the repository, beside node_modules.
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? process.argv[outArg + 1] : undefined;
const OUT = outDir ? resolve(outDir) : join(ROOT, 'dist');
const ENTRIES = { server: 'src/server.ts', migrate: 'src/cli/migrate.ts' };

// In a bundle every file shares one location; `import.meta.dirname` and `import.meta.url` of each source file are
// rewritten to its own place inside dist/, where the build copied what it reads.
const PLACE_HELPERS = [
  "import { join as __zhJoin } from 'node:path';",
  "import { pathToFileURL as __zhFileUrl } from 'node:url';",
  'const __zhDir = (p) => __zhJoin(import.meta.dirname, p);',
  'const __zhUrl = (p) => __zhFileUrl(__zhJoin(import.meta.dirname, p)).href;',
].join('\n');

const sourcePlaces: Plugin = {
  name: 'source-places',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.tsx?$/ }, (args) => {
      const rel = relative(ROOT, args.path).split('\\').join('/');
      const text = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.dirname', `__zhDir(${JSON.stringify(dirname(rel))})`)
        .replaceAll('import.meta.filename', `__zhDir(${JSON.stringify(rel)})`)
        .replaceAll('import.meta.url', `__zhUrl(${JSON.stringify(rel)})`);
      return { contents: text, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/** Copies every file under `from` that is not TypeScript source (catalogs, content, images). */
function copyRuntimeFiles(from: string, to: string): number {
  let n = 0;
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    if (statSync(src).isDirectory()) {
      n += copyRuntimeFiles(src, join(to, name));
    } else if (!/\.(tsx?|scss)$/.test(name)) {
      mkdirSync(to, { recursive: true });
      cpSync(src, join(to, name));
      n += 1;
    }
  }
  return n;
}

const started = performance.now();
rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: ENTRIES,
  outdir: OUT,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  banner: { js: PLACE_HELPERS },
  plugins: [sourcePlaces],
  logLevel: 'warning',
});
const files = copyRuntimeFiles(join(ROOT, 'src'), join(OUT, 'src'));
cpSync(join(ROOT, 'migrations'), join(OUT, 'migrations'), { recursive: true });
// The stylesheet is compiled now, so that the built server needs neither sass nor the SCSS sources.
const css = join(OUT, relative(ROOT, PREBUILT_CSS));
mkdirSync(dirname(css), { recursive: true });
writeFileSync(css, buildCss());
if (!existsSync(join(OUT, 'server.js'))) throw new Error(`build produced no ${join(OUT, 'server.js')}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Built ${relative(ROOT, OUT)}/ (${Object.keys(ENTRIES).join(', ')}; ${files} runtime files, stylesheet) in ${seconds} s`,
);
