import fs from 'node:fs';
import path from 'node:path';

/** A file or folder name not used yet in the folder: "Ke-hoach.docx", then "Ke-hoach (2).docx" … */
export function freeFileName(folder: string, name: string): string {
  const extension = path.extname(name);
  const base = name.slice(0, name.length - extension.length);
  let candidate = path.join(folder, name);
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(folder, `${base} (${n})${extension}`);
  return candidate;
}
