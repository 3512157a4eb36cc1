import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPlatform } from '../../../electron/bridge/browser-platform.ts';
import { openSession } from '../../../electron/session/open-session.ts';
import { addNominees, collective, person } from '../../support/nominees.ts';
import { ok } from '../../support/session.ts';
import { makeTempDir } from '../../support/temp.ts';

/** What openpyxl, a second reader, finds in the exported list. */
function readBack(file: string) {
  const script = `
import json, sys
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1]).worksheets[0]
rows = [[c.value for c in row] for row in ws.iter_rows(min_row=1, max_row=ws.max_row)]
print(json.dumps({
  "rows": rows,
  "titles": ws.print_title_rows,
  "orientation": ws.page_setup.orientation,
  "paper": ws.page_setup.paperSize,
  "fitWidth": ws.page_setup.fitToWidth,
  "fitHeight": ws.page_setup.fitToHeight,
  "fit": ws.sheet_properties.pageSetUpPr.fitToPage,
  "freeze": ws.freeze_panes,
}, ensure_ascii=False, default=str))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as {
    rows: (string | number | null)[][];
    titles: string;
    orientation: string;
    paper: number;
    fitWidth: number;
    fitHeight: number;
    fit: boolean;
    freeze: string;
  };
}

describe('the nominee list leaves the app', () => {
  it('as an .xlsx of what the list shows, filtered, in Vietnamese order, A4 landscape with the header on every page', async () => {
    const temp = makeTempDir('dhtt-export-');
    const session = openSession({
      databasePath: path.join(temp.dir, 'db.sqlite'),
      platform: browserPlatform(path.join(temp.dir, 'xuat'), 'test'),
      logError: () => undefined,
    });
    try {
      addNominees(session, [
        person(2, 'Nông Văn Dền', { district: 'Lục Ngạn' }),
        person(2, 'Đặng Thị Hoà', { district: 'Lục Ngạn', ethnicCode: '01' }),
        collective(2, 'Hợp tác xã Nông nghiệp Quý Sơn'),
        person(1, 'Lý Thị Sen', { district: 'Sơn Động', birthYear: null }),
        person(2, 'Hoàng Thị An', { district: 'Lục Ngạn' }),
      ]);
      const all = await ok(session, 'nominees.export', { campaignId: 1, sort: 'name' });
      expect(all.rows).toBe(5);
      const sheet = readBack(all.saved ?? '');
      expect(path.basename(all.saved ?? '')).toBe('Danh-sach-de-cu-2024.xlsx');
      expect(sheet.rows[0]?.[0]).toBe('UBND TỈNH BẮC GIANG - BAN DÂN TỘC');
      expect(sheet.rows[1]?.[0]).toBe('DANH SÁCH ĐỀ CỬ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024');
      expect(sheet.rows[2]?.[0]).toMatch(/^Tất cả đơn vị\. Tính đến ngày \d\d\/\d\d\/\d{4}: 5 đề cử\.$/u);
      expect(sheet.rows[4]).toEqual([
        'STT',
        'Họ và tên / Tên tập thể',
        'Loại',
        'Đơn vị',
        'Dân tộc',
        'Giới tính',
        'Năm sinh',
        'Lĩnh vực thành tích',
        'Trạng thái',
        'Cảnh báo chưa xử lý',
      ]);
      // Collectives first, then persons by given name (An, Dền, Hoà, Sen).
      expect(sheet.rows.slice(5).map((row) => [row[0], row[1]])).toEqual([
        [1, 'Hợp tác xã Nông nghiệp Quý Sơn'],
        [2, 'Hoàng Thị An'],
        [3, 'Nông Văn Dền'],
        [4, 'Đặng Thị Hoà'],
        [5, 'Lý Thị Sen'],
      ]);
      expect(sheet.rows[8]?.[9]).toContain('- Cá nhân không phải người dân tộc thiểu số');
      expect(sheet).toMatchObject({
        titles: '$5:$5',
        orientation: 'landscape',
        paper: 9,
        fitWidth: 1,
        fitHeight: 0,
        fit: true,
        freeze: 'A6',
      });

      // One unit, only those with open warnings: the title says so.
      const filtered = await ok(session, 'nominees.export', { campaignId: 1, unitId: 2, withWarnings: true });
      const rows = readBack(filtered.saved ?? '').rows;
      expect(path.basename(filtered.saved ?? '')).toBe('Danh-sach-de-cu-2024-Huyen-Luc-Ngan.xlsx');
      expect(rows[2]?.[0]).toMatch(/^Đơn vị: Huyện Lục Ngạn; chỉ đề cử còn cảnh báo\. Tính đến ngày .*: 2 đề cử\.$/u);
      // Lục Ngạn has one place for a person: Dền, first in, has no warning; the two after him do.
      expect(rows.slice(5).map((row) => row[1])).toEqual(['Hoàng Thị An', 'Đặng Thị Hoà']);
    } finally {
      session.close();
      temp.cleanup();
    }
  });
});
