import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { browserPlatform } from '../../../electron/bridge/browser-platform.ts';
import { openSession } from '../../../electron/session/open-session.ts';
import { HEADER_ROW } from '../../../electron/sheets/template.ts';
import { contentHash } from '../../../electron/services/core/attachment-store.ts';
import { convertWithLibreOffice } from '../../support/pdf.ts';
import { fails, newSession, ok } from '../../support/session.ts';
import { makeTempDir } from '../../support/temp.ts';
import { repoPath } from '../../support/paths.ts';
import { person } from '../../support/nominees.ts';

const PYTHON = '/usr/bin/python3';

function sessionWithExports() {
  const temp = makeTempDir('dhtt-import-');
  const session = openSession({
    databasePath: path.join(temp.dir, 'db.sqlite'),
    platform: browserPlatform(path.join(temp.dir, 'out'), 'test'),
    logError: () => undefined,
  });
  return { session, dir: temp.dir, close: () => (session.close(), temp.cleanup()) };
}

const file = (p: string) => ({ fileName: path.basename(p), contentBase64: fs.readFileSync(p).toString('base64') });

describe('the district template', () => {
  it('is an .xlsx a second program reads: columns in order, drop-down lists, frozen header, A4 landscape', async () => {
    const { session, close } = sessionWithExports();
    try {
      const { saved } = await ok(session, 'templates.export', { campaignId: 1, unitId: 1 });
      expect(path.basename(saved ?? '')).toBe('Mau-de-cu-2024-Huyen-Son-Dong.xlsx');
      const report = execFileSync(
        PYTHON,
        [
          '-c',
          `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb.worksheets[0]
head = [c.value for c in ws[${HEADER_ROW}]]
print(json.dumps({
  "title": [ws.cell(row=r, column=1).value for r in range(1, 6)],
  "header": head,
  "validations": sorted({str(v.formula1) for v in ws.data_validations.dataValidation}),
  "freeze": ws.freeze_panes,
  "orientation": ws.page_setup.orientation,
  "paper": ws.page_setup.paperSize,
  "titles": ws.print_title_rows,
  "wrap": ws.cell(row=${HEADER_ROW + 1}, column=15).alignment.wrap_text,
  "sheets": [(s.title, s.sheet_state, bool(s.protection.sheet)) for s in wb.worksheets],
  "ranges": [str(v.sqref) for v in ws.data_validations.dataValidation],
}, ensure_ascii=False))
`,
          saved ?? '',
        ],
        { encoding: 'utf8' },
      );
      const read = JSON.parse(report) as Record<string, unknown>;
      expect(read.header).toEqual([
        'STT',
        'Loại (Tập thể/Cá nhân)',
        'Họ và tên / Tên tập thể',
        'Hình thức tổ chức (tập thể)',
        'Người đại diện (tập thể)',
        'Giới tính',
        'Năm sinh',
        'Dân tộc',
        'Chức vụ, nghề nghiệp',
        'Thôn/bản',
        'Xã',
        'Huyện',
        'Điện thoại',
        'Lĩnh vực thành tích',
        'Tóm tắt thành tích',
        'Hình thức khen thưởng đã nhận',
      ]);
      expect((read.title as string[]).join(' | ')).toMatch(
        /Đơn vị: Huyện Sơn Động.*02 điển hình \(01 tập thể, 01 cá nhân\).*20\/03\/2024.*Phòng Hành chính - Tổng hợp/u,
      );
      expect(read.validations).toEqual(
        expect.arrayContaining(['DanhMuc!$A$1:$A$2', 'DanhMuc!$B$1:$B$2', 'DanhMuc!$C$1:$C$54', 'DanhMuc!$D$1:$D$8']),
      );
      // One range per column, none overlapping another (Excel "repairs" files that have them).
      const cells = (read.ranges as string[]).flatMap((sqref) =>
        sqref.split(' ').flatMap((range) => {
          const [, column, first, last] = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/u.exec(range) ?? [];
          return Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) => `${column}${Number(first) + i}`);
        }),
      );
      expect(cells.length).toBeGreaterThan(0);
      expect(new Set(cells).size).toBe(cells.length);
      expect(read.sheets).toEqual([
        ['Danh sách đề cử', 'visible', false],
        ['DanhMuc', 'veryHidden', true],
      ]);
      expect(read).toMatchObject({
        freeze: `A${HEADER_ROW + 1}`,
        orientation: 'landscape',
        paper: 9,
        titles: `$${HEADER_ROW}:$${HEADER_ROW}`,
        wrap: true,
      });
    } finally {
      close();
    }
  });
});

describe('importing nominations', () => {
  it('reads a template filled in Excel-style by exceljs, every row accounted for', async () => {
    const { session, dir, close } = sessionWithExports();
    try {
      const { saved } = await ok(session, 'templates.export', { campaignId: 1, unitId: 1 });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved ?? '');
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('no sheet');
      sheet.getRow(HEADER_ROW + 1).values = [
        1,
        'Tập thể',
        'Câu lạc bộ Hát then xã An Lạc',
        'Câu lạc bộ',
        'Hoàng Văn Tài',
        null,
        null,
        null,
        null,
        'Thôn Đồng Bây',
        'An Lạc',
        'Sơn Động',
        null,
        'Giữ gìn bản sắc văn hóa dân tộc',
        'Duy trì 40 buổi sinh hoạt mỗi năm',
        'Giấy khen UBND huyện 2022',
      ];
      sheet.getRow(HEADER_ROW + 2).values = [
        2,
        'Cá nhân',
        'Lý Thị Sen',
        null,
        null,
        'Nữ',
        1982,
        'Dao',
        'Nông dân',
        'Thôn Nà Hem',
        'Tuấn Đạo',
        'Sơn Động',
        '0987000111',
        'Lao động sản xuất',
        'Trồng 5 ha quế',
        '',
      ];
      const filled = path.join(dir, 'filled.xlsx');
      await workbook.xlsx.writeFile(filled);

      const preview = await ok(session, 'imports.preview', { campaignId: 1, ...file(filled) });
      expect(preview).toMatchObject({ unitTitle: 'Huyện Sơn Động', unitSource: 'title', encoding: 'unicode', rejected: [] });
      expect(preview.accepted.map((row) => [row.row, row.fields.name, row.fields.kind])).toEqual([
        [HEADER_ROW + 1, 'Câu lạc bộ Hát then xã An Lạc', 'collective'],
        [HEADER_ROW + 2, 'Lý Thị Sen', 'individual'],
      ]);
      expect(preview.blankRows).toHaveLength(18);
      const result = await ok(session, 'imports.commit', { campaignId: 1, ...file(filled), receivedOn: '2024-03-15' });
      expect(result).toMatchObject({ created: 2, updated: 0 });
      const units = await ok(session, 'submissions.list', { campaignId: 1, today: '2024-03-16' });
      expect(units[0]).toMatchObject({
        unitTitle: 'Huyện Sơn Động',
        state: 'on-time',
        receivedOn: '2024-03-15',
        filled: { collective: 1, individual: 1 },
      });
      expect(units[0]?.files[0]?.fileName).toBe('filled.xlsx');
      const stored = path.join(dir, 'tep-dinh-kem', contentHash(fs.readFileSync(filled)));
      expect(fs.readFileSync(stored).equals(fs.readFileSync(filled))).toBe(true);
    } finally {
      close();
    }
  });

  it('reads a hand-edited file written by openpyxl: moved columns, TCVN3, VNI, NFD, spaces, aliases; rejects with row numbers', async () => {
    const session = newSession();
    const messy = path.join(session.dir, 'messy.xlsx');
    execFileSync(PYTHON, [repoPath('test/fixtures/messy_nominations.py'), messy]);
    const preview = await ok(session, 'imports.preview', { campaignId: 1, ...file(messy) });
    expect(preview).toMatchObject({ headerRow: 5, unitTitle: 'Huyện Lục Ngạn', unitSource: 'title' });
    const accepted = Object.fromEntries(preview.accepted.map((row) => [row.row, row]));
    expect(accepted[6]?.fields).toMatchObject({ name: 'Hoàng Thị Mai', gender: 'female', birthYear: 1975, ethnicCode: '15' });
    expect(accepted[6]?.notes).toContain('Dân tộc "Cao Lan" → Sán Chay');
    expect(accepted[7]?.fields).toMatchObject({
      name: 'Nông Văn Dền',
      kind: 'individual',
      ethnicCode: '07',
      birthYear: 1968,
      position: 'Trưởng thôn',
    });
    expect(accepted[9]?.fields).toMatchObject({
      name: 'Hợp tác xã Nông nghiệp Quý Sơn',
      kind: 'collective',
      representative: 'Lương Văn Tùng',
      collectiveForm: 'Hợp tác xã',
    });
    expect(accepted[9]?.fields.name).toBe(accepted[9]?.fields.name.normalize('NFC'));
    expect(accepted[10]?.fields).toMatchObject({
      name: 'Đặng Thị Hoà',
      gender: 'female',
      ethnicCode: '02',
      commune: 'Kiên Thành',
      district: 'Lục Ngạn',
      position: 'Giáo viên',
    });
    expect(accepted[10]?.notes).toContain('chuyển từ mã TCVN3 (ABC)');
    expect(accepted[11]?.fields).toMatchObject({
      name: 'Nguyễn Thị Hương',
      birthYear: 1990,
      ethnicCode: '07',
      village: 'Thôn Đồng',
      position: 'Cán bộ',
    });
    expect(accepted[11]?.notes).toContain('chuyển từ mã VNI');
    expect(accepted[15]?.fields).toMatchObject({ name: 'Trần Văn Long', ethnicCode: '01' });
    expect(preview.rejected.map((row) => [row.row, row.reason])).toEqual([
      [12, 'Giới tính "khác" không rõ (cần "Nam" hoặc "Nữ").'],
      [13, 'Dân tộc "Trại" có thể là Dao hoặc Sán Dìu: hãy chọn dân tộc đúng.'],
      [14, 'Thiếu họ tên / tên tập thể.'],
    ]);
    expect(preview.blankRows).toEqual([8]);
    expect(preview.accepted.length + preview.rejected.length + preview.blankRows.length).toBe(10);
  });

  it('reads the same file after LibreOffice saved it (a third writer), and a birth date typed as a date', async () => {
    const session = newSession();
    const messy = path.join(session.dir, 'messy.xlsx');
    execFileSync(PYTHON, [repoPath('test/fixtures/messy_nominations.py'), messy]);
    const resaved = convertWithLibreOffice(messy, path.join(session.dir, 'libreoffice'), 'xlsx');
    const fates = (preview: {
      accepted: { row: number; fields: unknown }[];
      rejected: { row: number; reason: string }[];
      blankRows: number[];
    }) => ({
      accepted: preview.accepted.map(({ row, fields }) => ({ row, fields })),
      rejected: preview.rejected.map(({ row, reason }) => ({ row, reason })),
      blankRows: preview.blankRows,
    });
    const original = await ok(session, 'imports.preview', { campaignId: 1, ...file(messy) });
    expect(fates(await ok(session, 'imports.preview', { campaignId: 1, ...file(resaved) }))).toEqual(fates(original));

    const dated = path.join(session.dir, 'ngay-sinh.xlsx');
    execFileSync(PYTHON, [
      '-c',
      `
import sys, datetime
from openpyxl import Workbook
wb = Workbook(); ws = wb.active
ws.append(["Huyện Lục Nam"])
ws.append(["Loại", "Họ và tên / Tên tập thể", "Giới tính", "Ngày sinh", "Dân tộc"])
ws.append(["Cá nhân", "Hà Thị Đào", "Nữ", datetime.datetime(1975, 3, 2), "Tày"])
ws["D3"].number_format = "dd/mm/yyyy"
wb.save(sys.argv[1])
`,
      dated,
    ]);
    const preview = await ok(session, 'imports.preview', { campaignId: 1, ...file(dated) });
    expect(preview.accepted[0]?.fields).toMatchObject({ name: 'Hà Thị Đào', birthYear: 1975, ethnicCode: '02' });
    expect(preview.accepted[0]?.notes).toContain('Năm sinh "02/03/1975" → 1975');
  });

  it('reads a Huyện or Lĩnh vực cell merged over several people as each one’s', async () => {
    const session = newSession();
    const merged = path.join(session.dir, 'gop-o.xlsx');
    execFileSync(PYTHON, [
      '-c',
      `
import sys
from openpyxl import Workbook
wb = Workbook(); ws = wb.active
ws.append(["Loại", "Họ và tên / Tên tập thể", "Giới tính", "Năm sinh", "Dân tộc", "Huyện", "Lĩnh vực thành tích"])
for name in ["Lý Văn An", "Lý Văn Bình", "Lý Văn Cường", "Lý Văn Dũng"]:
    ws.append(["Cá nhân", name, "Nam", 1980, "Dao", None, None])
ws["F2"] = "Sơn Động"; ws.merge_cells("F2:F3")
ws["F4"] = "Lục Ngạn"; ws.merge_cells("F4:F5")
ws["G2"] = "Lao động sản xuất"; ws.merge_cells("G2:G5")
wb.save(sys.argv[1])
`,
      merged,
    ]);
    const preview = await ok(session, 'imports.preview', { campaignId: 1, ...file(merged) });
    expect(preview.rejected).toEqual([]);
    expect(preview.accepted.map((row) => [row.fields.name, row.fields.unitId, row.fields.achievementField])).toEqual([
      ['Lý Văn An', 1, 'Lao động sản xuất'],
      ['Lý Văn Bình', 1, 'Lao động sản xuất'],
      ['Lý Văn Cường', 2, 'Lao động sản xuất'],
      ['Lý Văn Dũng', 2, 'Lao động sản xuất'],
    ]);
  });

  it('imports again as updates, not duplicates, and accepts a corrected row', async () => {
    const session = newSession();
    const messy = path.join(session.dir, 'messy.xlsx');
    execFileSync(PYTHON, [repoPath('test/fixtures/messy_nominations.py'), messy]);
    expect(await ok(session, 'imports.commit', { campaignId: 1, ...file(messy) })).toMatchObject({ created: 6, updated: 0 });
    const again = await ok(session, 'imports.commit', {
      campaignId: 1,
      ...file(messy),
      corrections: [{ row: 13, values: { ethnicity: 'Tày' } }],
    });
    expect(again).toMatchObject({ created: 1, updated: 6 });
    const names = (await ok(session, 'nominees.list', { campaignId: 1 })).items.map((n) => n.name);
    expect(names).toHaveLength(7);
    expect(names).toContain('Vi Văn Sáu');
  });

  it('refuses unreadable files in one sentence and leaves the database byte for byte', async () => {
    const session = newSession();
    session.db.pragma('wal_checkpoint(TRUNCATE)');
    const dbFile = session.ctx.databasePath;
    const snapshot = () => [fs.readFileSync(dbFile), fs.existsSync(`${dbFile}-wal`) ? fs.readFileSync(`${dbFile}-wal`) : Buffer.alloc(0)];
    const before = snapshot();
    const cases: [string, Buffer][] = [
      ['Tệp rỗng', Buffer.alloc(0)],
      ['không phải là bảng tính', Buffer.from('Họ và tên,Loại\nA,Cá nhân')],
      [
        'Excel cũ (.xls) hoặc có đặt mật khẩu',
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
      ],
      ['bị hỏng', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 7)])],
    ];
    for (const [text, bytes] of cases) {
      const error = await fails(session, 'imports.commit', { campaignId: 1, fileName: 'x.xlsx', contentBase64: bytes.toString('base64') });
      expect(error.message).toContain(text);
      expect(error.message).not.toContain('\n');
    }
    const noHeader = new ExcelJS.Workbook();
    noHeader.addWorksheet('A').addRow(['chỉ có', 'một dòng']);
    const error = await fails(session, 'imports.commit', {
      campaignId: 1,
      fileName: 'x.xlsx',
      contentBase64: Buffer.from(await noHeader.xlsx.writeBuffer()).toString('base64'),
    });
    expect(error.message).toContain('Không tìm thấy dòng tiêu đề');
    const after = snapshot();
    expect(after[0]?.equals(before[0] ?? Buffer.alloc(0))).toBe(true);
    expect(after[1]?.equals(before[1] ?? Buffer.alloc(0))).toBe(true);
    expect(fs.existsSync(path.join(session.dir, 'tep-dinh-kem'))).toBe(false);
  });
});

describe('checks on nominees', () => {
  it('warns with reasons, and a warning accepted with a reason is kept, audited and shown', async () => {
    const session = newSession({ now: () => new Date('2024-03-25T08:00:00+07:00') });
    const messy = path.join(session.dir, 'messy.xlsx');
    execFileSync(PYTHON, [repoPath('test/fixtures/messy_nominations.py'), messy]);
    await ok(session, 'imports.commit', { campaignId: 1, ...file(messy), receivedOn: '2024-03-22' });
    const list = (await ok(session, 'nominees.list', { campaignId: 1 })).items;
    const long = list.find((n) => n.name === 'Trần Văn Long');
    const rules = (name: string) => list.find((n) => n.name === name)?.warnings.map((w) => w.rule) ?? [];
    expect(rules('Trần Văn Long')).toEqual(expect.arrayContaining(['not-minority', 'over-quota', 'late']));
    expect(rules('Hoàng Thị Mai')).toEqual(['late']);
    expect(rules('Hợp tác xã Nông nghiệp Quý Sơn')).toEqual(['late']);
    const search = (await ok(session, 'nominees.list', { campaignId: 1, search: 'hoang thi mai' })).items;
    expect(search.map((n) => n.name)).toEqual(['Hoàng Thị Mai']);
    expect((await ok(session, 'nominees.list', { campaignId: 1, search: 'dang' })).items.map((n) => n.name)).toEqual(['Đặng Thị Hoà']);
    if (!long) throw new Error('missing');
    expect(await fails(session, 'nominees.acceptWarning', { id: long.id, rule: 'not-minority', reason: '  ' })).toMatchObject({
      path: 'reason',
    });
    const accepted = await ok(session, 'nominees.acceptWarning', {
      id: long.id,
      rule: 'not-minority',
      reason: 'Người Kinh có nhiều đóng góp cho đồng bào, Hội đồng đồng ý xét',
    });
    expect(accepted.warnings.find((w) => w.rule === 'not-minority')?.accepted).toMatchObject({
      by: 'kiem-thu',
      reason: expect.stringContaining('Hội đồng'),
    });
    const { entries } = await ok(session, 'audit.list', { entity: 'nominee', limit: 1 });
    expect(entries[0]?.action).toBe('update');
    const cards = await ok(session, 'submissions.list', { campaignId: 1, today: '2024-03-25' });
    expect(cards.find((card) => card.unitTitle === 'Huyện Lục Ngạn')).toMatchObject({
      state: 'late',
      filled: { collective: 1, individual: 5 },
    });
    expect(cards.find((card) => card.unitTitle === 'Huyện Sơn Động')).toMatchObject({ state: 'not-yet' });
  });

  it('deletes after asking and can undo', async () => {
    const session = newSession();
    const fields = person(1, 'Lý Thị Sen', { birthYear: 1982, ethnicCode: '09', district: 'Sơn Động' });
    const created = await ok(session, 'nominees.save', { campaignId: 1, fields });
    await ok(session, 'nominees.delete', { id: created.id });
    expect((await ok(session, 'nominees.list', { campaignId: 1 })).total).toBe(0);
    await ok(session, 'nominees.restore', { id: created.id });
    expect((await ok(session, 'nominees.list', { campaignId: 1 })).items.map((n) => n.name)).toEqual(['Lý Thị Sen']);
    expect(await fails(session, 'nominees.save', { campaignId: 1, fields: { ...fields, ethnicCode: '77' } })).toMatchObject({
      path: 'fields.ethnicCode',
    });
  });

  it('lists in Vietnamese order by given name or by unit in the plan’s order, a page at a time', async () => {
    const session = newSession();
    for (const [unitId, name] of [
      [2, 'Nguyễn Văn Đông'],
      [1, 'Hoàng Thị Ân'],
      [2, 'Lý Thị An'],
      [1, 'Trần Văn Dung'],
      [1, 'Đặng Thị Ánh'],
    ] as const) {
      await ok(session, 'nominees.save', { campaignId: 1, fields: person(unitId, name) });
    }
    const byName = await ok(session, 'nominees.list', { campaignId: 1, sort: 'name' });
    // Dictionary order: An < Ánh < Ân (a before â), D < Đ.
    expect(byName.items.map((n) => n.name)).toEqual(['Lý Thị An', 'Đặng Thị Ánh', 'Hoàng Thị Ân', 'Trần Văn Dung', 'Nguyễn Văn Đông']);
    const byUnit = await ok(session, 'nominees.list', { campaignId: 1, sort: 'unit' });
    expect(byUnit.items.map((n) => [n.unitName, n.name])).toEqual([
      ['Sơn Động', 'Đặng Thị Ánh'],
      ['Sơn Động', 'Hoàng Thị Ân'],
      ['Sơn Động', 'Trần Văn Dung'],
      ['Lục Ngạn', 'Lý Thị An'],
      ['Lục Ngạn', 'Nguyễn Văn Đông'],
    ]);
    const page = await ok(session, 'nominees.list', { campaignId: 1, sort: 'name', limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 5, items: [{ name: 'Hoàng Thị Ân' }, { name: 'Trần Văn Dung' }] });
    // Each unit's quota is one person: those received after the first are over it.
    const over = byUnit.items.filter((n) => n.warnings.some((w) => w.rule === 'over-quota')).map((n) => n.name);
    expect(over).toEqual(['Đặng Thị Ánh', 'Trần Văn Dung', 'Lý Thị An']);
    expect((await ok(session, 'nominees.list', { campaignId: 1, withWarnings: true, limit: 1 })).total).toBe(3);
  });

  it('keeps a cover letter and photos with a nominee, by content, and gives them back', async () => {
    const session = newSession();
    const fields = person(1, 'Lý Thị Sen', { birthYear: 1982, ethnicCode: '09', achievementField: '', achievementSummary: '' });
    const { id } = await ok(session, 'nominees.save', { campaignId: 1, fields });
    const letter = Buffer.from('Công văn số 12/PDT đề cử bà Lý Thị Sen');
    const list = await ok(session, 'nominees.attach', {
      id,
      fileName: 'cong-van.pdf',
      contentBase64: letter.toString('base64'),
      label: 'Công văn đề cử',
    });
    expect(list).toEqual([
      { hash: contentHash(letter), fileName: 'cong-van.pdf', label: 'Công văn đề cử', size: letter.length, mediaType: 'application/pdf' },
    ]);
    expect(
      Buffer.from((await ok(session, 'attachments.content', { hash: contentHash(letter) })).contentBase64, 'base64').equals(letter),
    ).toBe(true);
    expect(await ok(session, 'nominees.detach', { id, hash: contentHash(letter) })).toEqual([]);
    expect(await fails(session, 'attachments.content', { hash: 'x'.repeat(64) })).toMatchObject({ path: 'hash' });
    const { entries } = await ok(session, 'audit.list', { entity: 'nominee_attachment' });
    expect(entries.map((e) => e.action)).toEqual(['delete', 'create']);
  });
});
