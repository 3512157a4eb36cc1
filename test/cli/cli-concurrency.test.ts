import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWhileServing, tempDb } from '../support/run-cli.ts';
import { districtSheet, personRow } from '../support/district-sheet.ts';
import { newSession } from '../support/session.ts';

describe('two writers at once', () => {
  it('importing the same file from two processes at the same time adds each nominee once, and both finish', async () => {
    const db = tempDb();
    newSession({ file: db }).close();
    const file = path.join(path.dirname(db), 'luc-ngan.xlsx');
    const rows = Array.from({ length: 40 }, (_, i) => personRow(`Hoàng Văn Người ${i + 1}`, { birthYear: 1960 + i }));
    fs.writeFileSync(file, Buffer.from((await districtSheet('Huyện Lục Ngạn', rows)).contentBase64, 'base64'));
    const args = ['import', 'nominations', '--db', db, '--campaign', '2024', '--file', file, '--received', '2024-03-10', '--json'];
    for (let round = 0; round < 3; round += 1) {
      const [first, second] = await Promise.all([cliWhileServing({}, ...args), cliWhileServing({}, ...args)]);
      expect([first.code, second.code, first.stderr, second.stderr]).toEqual([0, 0, '', '']);
    }
    const session = newSession({ file: db });
    expect(session.db.prepare('SELECT count(*) FROM nominees WHERE deleted_at IS NULL').pluck().get()).toBe(40);
    expect(session.db.prepare('SELECT count(DISTINCT name) FROM nominees').pluck().get()).toBe(40);
    session.close();
  });
});
