import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/errors.ts';
import { readSheet } from './read-sheet.ts';

/**
 * Reads one district file in its own thread (see read-sheet-in-worker.ts): the answer is the
 * sheet, or the refusal the reader gave, or an unexpected failure with its stack for the log.
 */
const bytes = workerData as Uint8Array;
try {
  parentPort?.postMessage({ ok: true, sheet: readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) });
} catch (error) {
  parentPort?.postMessage(
    error instanceof AppError
      ? { ok: false, refused: { code: error.code, message: error.message } }
      : { ok: false, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) },
  );
}
