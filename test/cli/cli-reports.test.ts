import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure, tempDb } from '../support/run-cli.ts';

describe('statistics on the command line', () => {
  it('prints a table by the dimension asked, writes it to Excel, and refuses an unknown one in one line', async () => {
    const db = tempDb();
    expect(cli('init', '--db', db).code).toBe(0);
    expect(cli('campaign', 'copy', '--db', db, '--from', '2024', '--year', '2025').code).toBe(0);
    const byYear = cli('stats', '--db', db, '--campaign', '2024', '--by', 'years');
    expect(byYear.code).toBe(0);
    expect(
      byYear.stdout
        .trim()
        .split('\n')
        .map((line) => line.replace(/\s+/gu, ' ').trim()),
    ).toEqual(['Năm 2024: 0 đề cử, 0 được khen thưởng.', 'Năm Đề cử Được khen Tỉ lệ', '2024 0 0 –', '2025 0 0 –']);
    expect(JSON.parse(cli('stats', '--db', db, '--campaign', '2024', '--json').stdout)).toEqual({ year: 2024, by: 'unit', rows: [] });
    expectOneLineFailure(cli('stats', '--db', db, '--campaign', '2024', '--by', 'district'), '--by: cần một trong: unit, kind');
    const out = path.join(path.dirname(db), 'thong-ke.xlsx');
    const exported = cli('export', 'stats', '--db', db, '--campaign', '2024', '--by', 'years', '--out', out);
    expect(exported.stdout).toContain('Đã ghi bảng thống kê theo năm (2 dòng)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    expect((workbook.worksheets[0]?.getRow(5).values as unknown[]).slice(1)).toEqual([2, '2025', 0, 0, '–']);
  });

  it('exports the result report with the chart across years the office chose, drawn by the command line’s own chart bundle', () => {
    const db = tempDb();
    expect(cli('init', '--db', db).code).toBe(0);
    expect(cli('campaign', 'copy', '--db', db, '--from', '2024', '--year', '2025').code).toBe(0);
    // What the screen saves when "Qua các năm" is ticked.
    const file = new Database(db);
    file
      .prepare('INSERT INTO app_settings (key, value_json) VALUES (?, ?)')
      .run('reports.result-words.1', JSON.stringify({ lessons: '', proposals: '', charts: ['years'] }));
    file.close();
    const out = path.join(path.dirname(db), 'bao-cao.docx');
    const exported = cli('export', 'report', '--db', db, '--campaign', '2024', '--out', out);
    expect(exported.code, exported.stderr).toBe(0);
    const parts = unzipSync(fs.readFileSync(out));
    expect(Object.keys(parts).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    expect(new TextDecoder().decode(parts['word/document.xml'])).toContain('Biểu đồ 1. Số đề cử và được khen thưởng qua các năm');
  });
});
