import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { render } from 'preact-render-to-string';
import QRCode from 'qrcode';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { Translate } from '../../platform/i18n/messages.ts';
import { CertificatePrint, type PrintedCertificate } from './views/certificate-print.tsx';

// The certificate is HTML printed by a headless Chromium: the browser shapes Arabic script (joining, ligatures)
// and orders bidirectional text by the Unicode algorithm, which no PDF library of ours does. The font covering
// Arabic script is embedded as data URLs, so the PDF carries it and the page fetches nothing.

const FONT_FILES = [
  [
    'arabic',
    'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC',
  ],
  [
    'latin',
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  ],
  [
    'latin-ext',
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  ],
] as const;

let fontCss: string | undefined;

/** `@font-face` rules for Noto Sans Arabic (regular and bold; Arabic, Latin), the files inlined as data URLs. */
export function embeddedFonts(): string {
  if (fontCss === undefined) {
    const rules: string[] = [];
    for (const [subset, range] of FONT_FILES) {
      for (const weight of [400, 700]) {
        const url = import.meta.resolve(
          `@fontsource/noto-sans-arabic/files/noto-sans-arabic-${subset}-${weight}-normal.woff2`,
        );
        const data = readFileSync(fileURLToPath(url)).toString('base64');
        rules.push(
          `@font-face{font-family:'Zuhause Noto Sans Arabic';font-style:normal;font-weight:${weight};` +
            `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`,
        );
      }
    }
    fontCss = rules.join('\n');
  }
  return fontCss;
}

const PAGE_CSS = `
@page { size: A4; margin: 18mm 18mm 16mm; }
html { font-family: 'Zuhause Noto Sans Arabic', 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 11pt;
  color: #111; line-height: 1.45; }
body { margin: 0; }
.organiser { font-size: 10pt; color: #444; margin: 0 0 6mm; }
.part { margin-bottom: 8mm; page-break-inside: avoid; }
.part + .part { border-top: 0.4mm solid #999; padding-top: 6mm; }
h1 { font-size: 20pt; margin: 0 0 3mm; }
.holder { font-size: 18pt; font-weight: 700; margin: 0 0 3mm; }
.count { font-weight: 700; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; }
th, td { text-align: start; padding: 1mm 2mm; border-bottom: 0.2mm solid #bbb; vertical-align: top; }
footer { display: flex; gap: 6mm; align-items: center; border-top: 0.4mm solid #999; padding-top: 4mm;
  font-size: 9pt; page-break-inside: avoid; }
footer p { margin: 0 0 1mm; }
.url { font-family: 'DejaVu Sans Mono', monospace; }
`;

/** The certificate's print HTML (self-contained). */
export async function certificateHtml(
  cert: PrintedCertificate,
  languages: readonly { locale: Locale; t: Translate }[],
  verifyUrl: string,
): Promise<string> {
  const svg = await QRCode.toString(verifyUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const qrDataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const css = `${embeddedFonts()}\n${PAGE_CSS}`;
  return `<!doctype html>${render(CertificatePrint({ cert, languages, verifyUrl, qrDataUrl, css }))}`;
}

// One Chromium at a time on a small server: each print is about a second; others wait their turn.
let queue: Promise<unknown> = Promise.resolve();

/** Prints HTML to an A4 PDF with the Chromium at `chromiumPath`, after every font has loaded. */
export function printPdf(html: string, chromiumPath: string): Promise<Buffer> {
  const job = queue.then(async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
  });
  queue = job.catch(() => undefined);
  return job;
}
