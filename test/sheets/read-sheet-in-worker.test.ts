import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../electron/sheets/read-sheet.ts';
import { readSheetInWorker } from '../../electron/sheets/read-sheet-in-worker.ts';
import { HOSTILE_FILES } from '../fixtures/hostile-xlsx.ts';
import { districtSheet, personRow } from '../support/district-sheet.ts';
import { newSession, ok } from '../support/session.ts';

const bigFile = async (rows: number) =>
  Buffer.from(
    (
      await districtSheet(
        'huyện Sơn Động',
        Array.from({ length: rows }, (_, i) => personRow(`Người Thứ ${i + 1}`)),
      )
    ).contentBase64,
    'base64',
  );

describe('a district file is read in its own thread', () => {
  it('gives the same rows as reading it here, and the event loop keeps running meanwhile', async () => {
    const file = await bigFile(3000);
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const read = await readSheetInWorker(file);
    clearInterval(ticking);
    expect(read).toEqual(readSheet(file));
    expect(read.rows).toHaveLength(3002);
    // Read here instead, the loop would not turn once before the rows came back.
    expect(turns).toBeGreaterThan(0);
  });

  it('a call to the app answers while a large import preview is still being read', async () => {
    // The app's host (the command line reads in its own thread: it has no other call to answer).
    const session = newSession({ saves: true });
    const file = await bigFile(5000);
    const order: string[] = [];
    const preview = ok(session, 'imports.preview', {
      campaignId: 1,
      unitId: 1,
      fileName: 'lon.xlsx',
      contentBase64: file.toString('base64'),
    }).then((result) => {
      order.push('preview');
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await ok(session, 'campaigns.list', {}).then(() => order.push('list'));
    expect((await preview).accepted.length + (await preview).rejected.length).toBe(5000);
    expect(order).toEqual(['list', 'preview']);
  });

  it('refuses what the reader refuses, with the same sentence', async () => {
    for (const [name, { file, refused }] of Object.entries(HOSTILE_FILES)) {
      if (!refused) continue;
      await expect(readSheetInWorker(file), name).rejects.toThrow(refused);
    }
  });

  it('a file that needs more memory or time than allowed ends its thread only, with a clear refusal', async () => {
    const file = await bigFile(5000);
    await expect(readSheetInWorker(file, { memoryMb: 4, seconds: 60 })).rejects.toThrow('quá nhiều bộ nhớ');
    await expect(readSheetInWorker(file, { memoryMb: 1024, seconds: 0.001 })).rejects.toThrow('quá lâu');
    expect((await readSheetInWorker(file)).rows).toHaveLength(5002);
  });

  it('reads the file here when its thread cannot start (its file missing from a broken install)', async () => {
    const file = await bigFile(10);
    const missing = new URL('./no-such-sheet-worker.cjs', import.meta.url);
    expect(await readSheetInWorker(file, { memoryMb: 256, seconds: 60 }, missing)).toEqual(readSheet(file));
  });

  it('the app’s built worker is one file that needs nothing beside it (it may be read from inside app.asar)', async () => {
    const file = await bigFile(10);
    const worker = new Worker(path.resolve('dist', 'electron', 'sheet-worker.cjs'), { workerData: new Uint8Array(file) });
    const answer = await new Promise<{ ok: boolean; sheet?: { rows: unknown[] } }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer).toEqual({ ok: true, sheet: readSheet(file) });
  });
});
