import fs from 'node:fs';
import path from 'node:path';
import type { Platform } from '../services/core/context.ts';

/** A file name not used yet in the folder: "Ke-hoach.docx", then "Ke-hoach (2).docx" … */
export function freeFileName(folder: string, name: string): string {
  const extension = path.extname(name);
  const base = name.slice(0, name.length - extension.length);
  let candidate = path.join(folder, name);
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(folder, `${base} (${n})${extension}`);
  return candidate;
}

/**
 * In the browser there is no native save dialog the main process could show, so files go to
 * one known folder (created when needed) and the screen says where. PDF comes from printing.
 */
export function browserPlatform(folder: string, host: Platform['host'] = 'browser'): Platform {
  return {
    host,
    chooseSavePath: async ({ suggestedName }) => {
      fs.mkdirSync(folder, { recursive: true });
      return freeFileName(folder, suggestedName);
    },
    chooseFolder: async () => {
      fs.mkdirSync(folder, { recursive: true });
      return folder;
    },
  };
}
