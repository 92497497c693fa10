import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';

// Reading a PDF the way a person would: its text through poppler's pdftotext, its first page through pdftoppm
// (Debian's poppler-utils), so tests check what a viewer shows rather than how the PDF was produced.

const run = promisify(execFile);

async function inTempDir<T>(pdf: Buffer, work: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-'));
  try {
    await writeFile(join(dir, 'doc.pdf'), pdf);
    return await work(join(dir, 'doc.pdf'), dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The text of a PDF as poppler reads it (logical order, honouring the ActualText spans Chromium writes), NFKC
 * normalised, without the directional marks pdftotext adds around right-to-left runs (they are no text).
 */
export function pdfText(pdf: Buffer): Promise<string> {
  return inTempDir(pdf, async (file) => {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    return stdout.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  });
}

/** The first page rendered to PNG at 40 dpi by pdftoppm: its size and how many of its pixels are ink (not near-white). */
export function inkOfFirstPage(pdf: Buffer): Promise<{ width: number; height: number; ink: number }> {
  return inTempDir(pdf, async (file, dir) => {
    await run('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'p')]);
    const { data, info } = await sharp(await readFile(join(dir, 'p.png')))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let ink = 0;
    for (const v of data) if (v < 200) ink += 1;
    return { width: info.width, height: info.height, ink };
  });
}

/** The fonts of a PDF as pdffonts lists them: name, type and whether each is embedded. */
export function pdfFonts(pdf: Buffer): Promise<{ name: string; type: string; embedded: boolean }[]> {
  return inTempDir(pdf, async (file) => {
    const { stdout } = await run('pdffonts', [file]);
    // Two header lines, then one row per font: name, type (may hold a space), encoding, emb, sub, uni, object id.
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => {
        const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
        if (!m) throw new Error(`pdffonts line not understood: ${line}`);
        return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes' };
      });
  });
}
