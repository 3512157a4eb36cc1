import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure, tempDb } from '../support/run-cli.ts';
import { unitId } from '../support/award-fixture.ts';
import { addNominees, person } from '../support/nominees.ts';
import { newSession } from '../support/session.ts';

describe('the command line for Hồ sơ', () => {
  it('writes every dossier into a new folder inside --out, checked before the work', () => {
    const db = tempDb();
    const dir = path.dirname(db);
    const session = newSession({ file: db });
    addNominees(session, [person(unitId(session, 'Sơn Động'), 'Lý Thị Sen')]);
    session.close();
    const out = path.join(dir, 'ho-so');
    const result = cli('export', 'dossiers', '--db', db, '--campaign', '2024', '--out', out);
    expect(result.stdout).toBe(
      `Đã ghi hồ sơ của 1 tập thể, cá nhân (1 đơn vị, 0 tệp kèm) vào ${path.join(out, 'Hồ sơ điển hình năm 2024')}.\n`,
    );
    expect(fs.readdirSync(path.join(out, 'Hồ sơ điển hình năm 2024', 'Sơn Động'))).toEqual(['01 - Lý Thị Sen - Báo cáo thành tích.docx']);
    expectOneLineFailure(
      cli('export', 'dossiers', '--db', db, '--campaign', '2024', '--out', path.join(dir, 'khong', 'co')),
      'không tồn tại',
    );
  });
});
