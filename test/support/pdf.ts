import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** LibreOffice, headless, with its own profile so parallel runs do not share one; PDF unless told. */
export function convertWithLibreOffice(file: string, outDir: string, format: 'pdf' | 'xlsx' = 'pdf'): string {
  const profile = path.join(outDir, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const converted = path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/u, '')}.${format}`);
  if (!fs.existsSync(converted)) throw new Error(`LibreOffice did not write ${converted}`);
  return converted;
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/u.exec(info)?.[1] ?? 0);
}

/** The words of a text, NFC and without ligatures or layout spaces, for order comparisons. */
export function words(text: string): string[] {
  return text.normalize('NFKC').normalize('NFC').split(/\s+/u).filter(Boolean);
}
