import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** poppler-utils on PATH (CI installs it; see .ci/run). */
function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', timeout: 20_000 });
}

/** The PDF's text in physical layout (pdftotext -layout): one table row per line, rows in page order. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rasterizes every page with pdftoppm (low resolution); returns each page image's size in bytes. */
export function rasterizedPages(pdf: Buffer): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'sb-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    run('pdftoppm', ['-r', '30', '-png', file, path.join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => statSync(path.join(dir, f)).size);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where each of `needles` first occurs in `text` (-1 when absent). */
export function positionsOf(text: string, needles: string[]): number[] {
  return needles.map((n) => text.indexOf(n));
}
