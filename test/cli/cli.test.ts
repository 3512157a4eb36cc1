import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure, root, tempDb } from '../support/run-cli.ts';

describe('the command line', () => {
  it('init twice gives one 2024 campaign that matches the seed', () => {
    const db = tempDb();
    expect(cli('init', '--db', db).code).toBe(0);
    const second = cli('init', '--db', db);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('có 1 chiến dịch');
    const listed = cli('campaigns', '--db', db, '--json');
    expect(listed.code).toBe(0);
    const campaigns = JSON.parse(listed.stdout) as { id: number; year: number; title: string; phase: string }[];
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]).toMatchObject({
      id: 1,
      year: 2024,
      title: 'Xây dựng và nhân rộng điển hình tiên tiến trong lĩnh vực công tác dân tộc năm 2024',
    });
    expect(Object.keys(campaigns[0] ?? {})).toEqual(expect.arrayContaining(['id', 'year', 'title', 'phase']));
    const file = new BetterSqlite3(db, { readonly: true });
    expect(file.prepare('SELECT count(*) FROM campaign_quotas').pluck().get()).toBe(6);
    expect(file.prepare('SELECT sum(collective + individual) FROM campaign_quotas').pluck().get()).toBe(10);
    file.close();
  });

  it('lists units and sets a unit’s email by its name, with or without diacritics', () => {
    const db = tempDb();
    cli('init', '--db', db);
    const set = cli('units', '--db', db, '--unit', 'son dong', '--email', 'pdt.sondong@bacgiang.gov.vn');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Sơn Động');
    const units = JSON.parse(cli('units', '--db', db, '--json').stdout) as { name: string; email: string | null }[];
    expect(units.find((u) => u.name === 'Sơn Động')?.email).toBe('pdt.sondong@bacgiang.gov.vn');
    expect(cli('units', '--db', db).stdout).toContain('pdt.sondong@bacgiang.gov.vn');
    expectOneLineFailure(cli('units', '--db', db, '--unit', 'Sơn Động', '--email', 'khong-hop-le'), 'email');
    expectOneLineFailure(cli('units', '--db', db, '--unit', 'Không Có', '--email', 'a@b.vn'), 'Không có đơn vị');
  });

  it('checks the database and copies a campaign to a new year', () => {
    const db = tempDb();
    cli('init', '--db', db);
    const check = cli('check', '--db', db);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Cơ sở dữ liệu tốt');
    const copy = cli('campaign', 'copy', '--db', db, '--from', '2024', '--year', '2026');
    expect(copy.code).toBe(0);
    const years = (JSON.parse(cli('campaigns', '--db', db, '--json').stdout) as { year: number }[]).map((c) => c.year);
    expect(years).toEqual([2026, 2024]);
    expectOneLineFailure(cli('campaign', 'copy', '--db', db, '--from', '2024', '--year', '2026'), 'Đã có chiến dịch năm 2026');
  });

  it('fails in one line, changing nothing, on a bad path, unknown campaign or malformed date', () => {
    const db = tempDb();
    cli('init', '--db', db);
    const bytes = fs.readFileSync(db);
    expectOneLineFailure(cli('campaigns', '--db', path.join(path.dirname(db), 'khong-co', 'x.db')), 'không tồn tại');
    expectOneLineFailure(cli('campaigns', '--db', path.join(path.dirname(db), 'chua-tao.db')), 'Hãy chạy lệnh init');
    expectOneLineFailure(cli('campaign', 'copy', '--db', db, '--from', '2031', '--year', '2032'), 'Không có chiến dịch năm 2031');
    expectOneLineFailure(cli('campaigns', '--db', db, '--today', '2024-02-30'), 'ngày không hợp lệ');
    expectOneLineFailure(cli('campaign', 'copy', '--db', db, '--from', 'abc', '--year', '2032'), '--from');
    expectOneLineFailure(cli('lam-gi-do', '--db', db), 'Không có lệnh');
    expectOneLineFailure(cli('campaigns', '--db', db, '--khong-co'), "'--khong-co'");
    expect(fs.readFileSync(db).equals(bytes)).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(db), 'chua-tao.db'))).toBe(false);
  });

  it('issues the plan and exports it to Word; bad dates, used numbers and missing folders change nothing', () => {
    const db = tempDb();
    cli('init', '--db', db);
    expectOneLineFailure(cli('issue-plan', '--db', db, '--campaign', '2024', '--number', '15', '--date', '2024-02-30'), '--date');
    expectOneLineFailure(cli('issue-plan', '--db', db, '--campaign', '2024', '--number', 'mười', '--date', '2024-02-05'), '--number');
    expectOneLineFailure(
      cli('issue-plan', '--db', db, '--campaign', '2030', '--number', '15', '--date', '2024-02-05'),
      'Không có chiến dịch năm 2030',
    );
    const issued = cli('issue-plan', '--db', db, '--campaign', '2024', '--number', '15', '--date', '2024-02-05');
    expect(issued.code).toBe(0);
    expect(issued.stdout).toContain('Đã ban hành Kế hoạch số 15/KH-BDT ngày 05/02/2024');
    const bytes = fs.readFileSync(db);
    expectOneLineFailure(cli('issue-plan', '--db', db, '--campaign', '2024', '--number', '15', '--date', '2024-03-01'), 'đã dùng');
    const out = path.join(path.dirname(db), 'ke-hoach.docx');
    expectOneLineFailure(
      cli('export', 'plan', '--db', db, '--campaign', '2024', '--out', path.join(path.dirname(db), 'khong-co', 'kh.docx')),
      'không tồn tại',
    );
    expectOneLineFailure(cli('export', 'plan', '--db', db, '--campaign', '2024', '--out', path.join(path.dirname(db), 'kh.pdf')), '.docx');
    expect(fs.readFileSync(db).equals(bytes)).toBe(true);
    const exported = cli('export', 'plan', '--db', db, '--campaign', '2024', '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('bản đã ban hành số 15/KH-BDT');
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('exports a template, imports a district file (dry run first) and lists nominees as JSON', () => {
    const db = tempDb();
    cli('init', '--db', db);
    const dir = path.dirname(db);
    const template = path.join(dir, 'son-dong.xlsx');
    expect(cli('export', 'template', '--db', db, '--campaign', '2024', '--unit', 'Sơn Động', '--out', template).code).toBe(0);
    expect(fs.readFileSync(template).subarray(0, 2).toString()).toBe('PK');
    expectOneLineFailure(
      cli('export', 'template', '--db', db, '--campaign', '2024', '--unit', 'Hiệp Hòa', '--out', template),
      'không có chỉ tiêu',
    );
    const messy = path.join(dir, 'messy.xlsx');
    spawnSync('/usr/bin/python3', [path.join(root, 'test/fixtures/messy_nominations.py'), messy]);
    const dry = cli('import', 'nominations', '--db', db, '--campaign', '2024', '--file', messy, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.stdout) as {
      accepted: { row: number; name: string; warnings: string[] }[];
      rejected: { row: number; reason: string }[];
    };
    expect(preview.accepted.map((row) => row.row)).toEqual([6, 7, 9, 10, 11, 15]);
    expect(preview.rejected.map((row) => row.row)).toEqual([12, 13, 14]);
    expect(JSON.parse(cli('nominees', '--db', db, '--campaign', '2024', '--json').stdout)).toEqual([]);
    expect(cli('import', 'nominations', '--db', db, '--campaign', '2024', '--file', messy).code).toBe(0);
    const nominees = JSON.parse(cli('nominees', '--db', db, '--campaign', '2024', '--json').stdout) as {
      name: string;
      kind: string;
      unit: string;
      warnings: string[];
    }[];
    expect(nominees).toHaveLength(6);
    // The dry run warned of exactly what the list now says (a Kinh person, five people for one place, a late file).
    const warningsByName = (rows: { name: string; warnings: string[] }[]) =>
      Object.fromEntries(rows.map((row) => [row.name, [...row.warnings].sort()]).sort());
    expect(warningsByName(preview.accepted)).toEqual(warningsByName(nominees));
    expect(preview.accepted.flatMap((row) => row.warnings).filter((warning) => warning.includes('vượt chỉ tiêu'))).toHaveLength(4);
    expect(nominees.find((n) => n.name === 'Trần Văn Long')).toMatchObject({
      kind: 'individual',
      unit: 'Lục Ngạn',
      warnings: expect.arrayContaining([expect.stringContaining('không phải người dân tộc thiểu số')]),
    });
    expect(cli('import', 'nominations', '--db', db, '--campaign', '2024', '--file', messy).code).toBe(0);
    expect(JSON.parse(cli('nominees', '--db', db, '--campaign', '2024', '--json').stdout)).toHaveLength(6);
    // The list out to Excel, for one unit; read back by openpyxl.
    const out = path.join(dir, 'danh-sach.xlsx');
    const exported = cli('export', 'nominees', '--db', db, '--campaign', '2024', '--unit', 'luc ngan', '--out', out);
    expect(exported).toMatchObject({ code: 0, stdout: expect.stringContaining('Đã ghi danh sách 6 đề cử') });
    const names = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys, json; from openpyxl import load_workbook; ws = load_workbook(sys.argv[1]).active; print(json.dumps([r[1] for r in ws.iter_rows(min_row=6, values_only=True)], ensure_ascii=False))',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(names.stdout)).toEqual([
      'Hợp tác xã Nông nghiệp Quý Sơn',
      'Nông Văn Dền',
      'Đặng Thị Hoà',
      'Nguyễn Thị Hương',
      'Trần Văn Long',
      'Hoàng Thị Mai',
    ]);
    const bytes = fs.readFileSync(db);
    const notExcel = path.join(dir, 'not.xlsx');
    fs.writeFileSync(notExcel, 'xin chào');
    expectOneLineFailure(cli('import', 'nominations', '--db', db, '--campaign', '2024', '--file', notExcel), 'không phải là bảng tính');
    expect(fs.readFileSync(db).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not this app’s database and leaves it unchanged', () => {
    const db = tempDb();
    fs.writeFileSync(db, 'không phải cơ sở dữ liệu');
    expectOneLineFailure(cli('init', '--db', db), 'không phải là cơ sở dữ liệu');
    expect(fs.readFileSync(db, 'utf8')).toBe('không phải cơ sở dữ liệu');
  });
});
