import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** LibreOffice, headless, with its own profile so parallel runs do not share one. */
export function convertWithLibreOffice(file: string, outDir: string): string {
  const profile = path.join(outDir, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const pdf = path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/u, '')}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
  return pdf;
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
