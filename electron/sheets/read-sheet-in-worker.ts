import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/api/errors.ts';
import { readSheet, type SheetRow } from './read-sheet.ts';

type Sheet = { sheetName: string; rows: SheetRow[] };
type Answer = { ok: true; sheet: Sheet } | { ok: false; refused?: { code: ErrorCode; message: string }; failed?: string };

/** The thread's own file could not be loaded: Node says so only after the thread is "online". */
const CANNOT_START = new Set([
  'MODULE_NOT_FOUND',
  'ERR_MODULE_NOT_FOUND',
  'ERR_WORKER_PATH',
  'ERR_WORKER_INIT_FAILED',
  'ERR_UNKNOWN_FILE_EXTENSION',
]);

/** What one file may cost the worker that reads it; a real district file needs a small part of either. */
export const WORKER_LIMITS = { memoryMb: 1024, seconds: 60 } as const;

// Bundled (the app, the command line), the worker is its own bundle beside this one; from the
// sources (tests, start:browser), Node runs the TypeScript file itself.
const workerFile = new URL(import.meta.url.endsWith('.cjs') ? './sheet-worker.cjs' : './sheet-worker.ts', import.meta.url);

/**
 * Reads a file in a worker thread, so the app keeps answering other calls meanwhile, and a file
 * that would still need too much memory or time ends that thread only, with a clear refusal. If
 * no worker can be started at all, the file is read here, within the same limits on its parts.
 */
export function readSheetInWorker(
  bytes: Buffer,
  limits: { memoryMb: number; seconds: number } = WORKER_LIMITS,
  file: URL = workerFile,
): Promise<Sheet> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const worker = new Worker(file, {
      workerData: new Uint8Array(bytes),
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
      stdout: false,
      stderr: false,
    });
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new AppError('invalid_input', `Đọc tệp quá lâu (hơn ${limits.seconds} giây): tệp có thể bị hỏng hoặc được tạo bất thường.`),
          ),
        ),
      limits.seconds * 1000,
    );
    worker.once('message', (answer: Answer) =>
      settle(() => {
        if (answer.ok) resolve(answer.sheet);
        else if (answer.refused) reject(new AppError(answer.refused.code, answer.refused.message));
        else reject(new Error(`Đọc tệp trong luồng riêng thất bại: ${answer.failed ?? ''}`));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(
            new AppError(
              'invalid_input',
              `Tệp cần quá nhiều bộ nhớ để đọc (hơn ${limits.memoryMb} MB): tệp có thể bị hỏng hoặc được tạo bất thường.`,
            ),
          );
        } else if (CANNOT_START.has(error.code ?? '')) {
          // The thread could not start (its file missing from a broken install): read the file here.
          try {
            resolve(readSheet(bytes));
          } catch (failure) {
            reject(failure instanceof Error ? failure : new Error(String(failure)));
          }
        } else reject(error);
      }),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`Luồng đọc tệp dừng bất thường (mã ${code}).`))));
  });
}
