import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addNominees, person } from '../../support/nominees.ts';
import { fails, newSession, ok } from '../../support/session.ts';
import { unitId } from '../../support/award-fixture.ts';
import { expectWarningFiguresTrue } from '../../support/warning-truth.ts';

/** An office's own list, laid out as it was typed years ago: a title, its own headers, then the rows. */
async function officeList(rows: readonly (string | number | null)[][], headers = OFFICE_HEADERS, fileName = 'khen-thuong-2019.xlsx') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2019');
  sheet.addRow(['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC KHEN THƯỞNG NĂM 2019']);
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  return { fileName, contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}
const OFFICE_HEADERS = ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Hình thức khen thưởng', 'Số QĐ', 'Ngày QĐ'];

describe('the office’s earlier award lists', () => {
  it('guesses the columns, adds the rows once, remembers the columns, and the awarded-before warning follows', async () => {
    const session = newSession();
    const file = await officeList([
      [1, 'Hoàng Văn Páo', 1968, 'Huyện Sơn Động', 'Giấy khen', '45/QĐ-BDT', '12/11/2019'],
      [2, 'Hợp tác xã Quế Hồi', null, 'Huyện Lục Ngạn', 'Bằng khen của UBND tỉnh', '1203/QĐ-UBND', '02/12/2019'],
      [3, '', 1970, 'Huyện Sơn Động', 'Giấy khen', '45/QĐ-BDT', '12/11/2019'],
      [4, 'Hoàng Văn Páo', 1968, 'Huyện Sơn Động', 'Giấy khen', '45/QĐ-BDT', '12/11/2019'],
    ]);
    const preview = await ok(session, 'reports.previewEarlierList', file);
    expect(preview.mapping).toEqual({
      name: 1,
      year: null,
      kind: null,
      birthYear: 2,
      unit: 3,
      award: 4,
      decisionNumber: 5,
      decisionDate: 6,
    });
    expect(preview.remembered).toBe(false);
    expect(
      preview.rows.map((row) => [row.row, row.name, row.year, row.kind, row.birthYear, row.decision, row.problem, row.already]),
    ).toEqual([
      [3, 'Hoàng Văn Páo', 2019, 'individual', 1968, '45/QĐ-BDT ngày 12/11/2019', null, false],
      [4, 'Hợp tác xã Quế Hồi', 2019, 'collective', null, '1203/QĐ-UBND ngày 02/12/2019', null, false],
      [5, '', 2019, 'individual', 1970, '45/QĐ-BDT ngày 12/11/2019', 'Thiếu họ tên hoặc tên tập thể', false],
      [6, 'Hoàng Văn Páo', 2019, 'individual', 1968, '45/QĐ-BDT ngày 12/11/2019', null, true],
    ]);
    expect([preview.total, preview.toAdd, preview.already, preview.refused]).toEqual([4, 2, 1, 1]);
    // Nothing is stored by a preview.
    expect(session.db.prepare('SELECT count(*) FROM earlier_awards').pluck().get()).toBe(0);

    // A nominee of 2024 is the man awarded in 2019: the import makes the rule's warning visible at once.
    const [paoId] = addNominees(session, [person(unitId(session, 'Sơn Động'), 'Hoang Van Pao', { birthYear: 1968 })]);
    const rule = (id: number) => session.db.prepare('SELECT warning_bits & 256 FROM nominees WHERE id = ?').pluck().get(id) as number;
    expect(rule(paoId ?? 0)).toBe(0);
    const imported = await ok(session, 'reports.importEarlierList', { ...file, mapping: { ...preview.mapping, kind: null } });
    expect(imported.added).toBe(2);
    expect(rule(paoId ?? 0)).toBe(256);
    await expectWarningFiguresTrue(session);
    const listed = await ok(session, 'nominees.list', { campaignId: 1, search: 'pao' });
    expect(listed.items[0]?.warnings.find((warning) => warning.rule === 'awarded-before')?.message).toMatch(
      /^Đã được khen năm 2019 \(QĐ số 45\/QĐ-BDT ngày 12\/11\/2019\): Giấy khen\. Một thành tích/u,
    );
    const history = await ok(session, 'reports.history', { search: 'que hoi' });
    expect(history.people.map((p) => [p.name, p.kind, p.entries.map((e) => [e.year, e.source, e.unit, e.award])])).toEqual([
      ['Hợp tác xã Quế Hồi', 'collective', [[2019, 'earlier-list', 'Huyện Lục Ngạn', 'Bằng khen của UBND tỉnh']]],
    ]);
    expect(session.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'earlier_award_import'").pluck().get()).toBe(1);

    // The same file again: the columns as last time, the file recognised, nothing added twice.
    const again = await ok(session, 'reports.importEarlierList', file);
    expect([again.remembered, again.added, again.already, again.sameFile?.fileName]).toEqual([true, 0, 3, 'khen-thuong-2019.xlsx']);
    expect(session.db.prepare('SELECT count(*) FROM earlier_awards').pluck().get()).toBe(2);

    // Undone: the rows leave the history and the warning goes with them.
    expect(await ok(session, 'reports.removeEarlierList', { importId: imported.importId ?? 0 })).toEqual({ removed: 2 });
    expect(rule(paoId ?? 0)).toBe(0);
    await expectWarningFiguresTrue(session);
    expect((await ok(session, 'reports.history', { search: 'que hoi' })).people).toEqual([]);
    expect((await fails(session, 'reports.removeEarlierList', { importId: imported.importId ?? 0 })).message).toBe(
      'Không còn danh sách đã nhập này.',
    );
  });

  it('refuses a file without a name column, and a file that is not Excel, storing nothing', async () => {
    const session = newSession();
    const noName = await officeList([[1, 1968, 'Giấy khen']], ['STT', 'Năm sinh', 'Hình thức']);
    expect((await fails(session, 'reports.importEarlierList', noName)).message).toBe('Hãy chọn cột họ tên / tên tập thể.');
    const notExcel = { fileName: 'ds.xlsx', contentBase64: Buffer.from('không phải Excel').toString('base64') };
    expect((await fails(session, 'reports.previewEarlierList', notExcel)).message).toBe('Tệp không phải là bảng tính Excel (.xlsx).');
    expect(session.db.prepare('SELECT count(*) FROM earlier_award_imports').pluck().get()).toBe(0);
  });
});
