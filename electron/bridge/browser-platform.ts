import fs from 'node:fs';
import type { Platform } from '../services/core/context.ts';
import { freeFileName } from '../services/core/file-names.ts';

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
