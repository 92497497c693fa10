// What compressing a personal (uncacheable) page costs at the settings the server could use: the staff list of
// Quartiere as the demo renders it (≈ 5 KB), and the same page four times over. Prints microseconds per page
// (median of 15 batches) and the bytes sent. `npm run bench -- compress`
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const row = (i: number) =>
  `<tr><th scope="row"><a href="/de/m/meppen/admin/quartiere/${i}">Quartier ${i}</a></th><td>Esterfeld</td><td>${1200 + i}</td><td><a class="kern-link" href="/de/m/meppen/admin/quartiere/${i}/edit">Bearbeiten</a></td></tr>`;
const page = (rows: number) =>
  `<!doctype html><html lang="de" dir="ltr"><head><meta charset="utf-8"><title>Quartiere – Meppen</title><link rel="stylesheet" href="/assets/app.3f9a1c.css"></head><body><header class="site-header"><a href="/de/">Zuhause</a><nav aria-label="Verwaltung"><ul><li><a href="/de/m/meppen/admin">Start</a></li><li><a aria-current="page" href="/de/m/meppen/admin/quartiere">Quartiere</a></li><li><a href="/de/m/meppen/admin/providers">Träger</a></li><li><a href="/de/m/meppen/admin/people">Personen</a></li></ul></nav></header><main id="main"><h1>Quartiere</h1><div class="table-box" tabindex="0"><table><caption>Quartiere in Meppen</caption><thead><tr><th scope="col">Name</th><th scope="col">Gebiet</th><th scope="col">Einwohner</th><th scope="col">Aktionen</th></tr></thead><tbody>${Array.from({ length: rows }, (_, i) => row(i)).join('')}</tbody></table></div></main><footer><a href="/de/accessibility">Barrierefreiheit</a> <a href="/de/privacy">Datenschutz</a></footer></body></html>`;

const settings: [string, (b: Buffer) => Buffer][] = [
  [
    'brotli quality 4 (the plugin default)',
    (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  ],
  [
    'brotli quality 2 (personal pages now)',
    (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 2 } }),
  ],
  [
    'brotli quality 6 (cached pages, once)',
    (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }),
  ],
  ['gzip level 6 (zlib default)', (b) => gzipSync(b, { level: 6 })],
  ['gzip level 4 (personal pages now)', (b) => gzipSync(b, { level: 4 })],
];

for (const rows of [12, 60]) {
  const body = Buffer.from(page(rows));
  console.log(`\npage of ${body.length} bytes:`);
  for (const [name, f] of settings) {
    for (let i = 0; i < 200; i++) f(body);
    const batches: number[] = [];
    let out: Buffer = Buffer.alloc(0);
    for (let b = 0; b < 15; b++) {
      const t = process.hrtime.bigint();
      for (let i = 0; i < 200; i++) out = f(body);
      batches.push(Number(process.hrtime.bigint() - t) / 200 / 1000);
    }
    batches.sort((x, y) => x - y);
    console.log(
      `  ${name.padEnd(40)} ${batches[7]!.toFixed(1).padStart(7)} µs  ${String(out.length).padStart(6)} bytes`,
    );
  }
}
