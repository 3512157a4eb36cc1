import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { appForThisFile } from '../support/browser.ts';
import { addNominees, collective, person } from '../support/nominees.ts';
import { councilMeeting, proposeAll, unitId } from '../support/award-fixture.ts';
import { ok } from '../support/session.ts';

const opened = appForThisFile({ width: 1366, height: 768 });

describe('Báo cáo in the browser at 1366×768', () => {
  it('draws the figures by unit beside their table, switches by keyboard, and exports the table that openpyxl reads', async () => {
    const { app } = opened;
    const { page, session } = app;
    const sonDong = unitId(session, 'Sơn Động');
    const lucNgan = unitId(session, 'Lục Ngạn');
    addNominees(session, [
      person(sonDong, 'Lý Thị Sen'),
      person(sonDong, 'Hoàng Văn Bình', { gender: 'male' }),
      collective(sonDong, 'Hợp tác xã An Lạc'),
      person(lucNgan, 'Nông Thị Hoa'),
    ]);
    await page.goto(`${app.bridge.url}#/reports`);
    const chart = page.getByRole('img', { name: 'Biểu đồ theo đơn vị' });
    // The chart is drawn in SVG: its axis names the units and its bars carry the counts.
    await chart.locator('svg').getByText('Huyện Sơn Động').waitFor();
    const table = page.getByRole('table').filter({ hasText: 'Tổng cộng' });
    const cells = await table
      .locator('tbody tr, tfoot tr, .ant-table-summary tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent).join('|')));
    expect(cells).toEqual(['Huyện Sơn Động|3|0|0 %', 'Huyện Lục Ngạn|1|0|0 %', 'Tổng cộng|4|0|0 %']);
    await page.screenshot({ path: path.join('test-output', 'bao-cao-theo-don-vi-1366.png') });
    // Printed ("In biểu đồ"), only the chart sheet shows: its title, the chart in the paper's font, its table.
    await page.getByRole('button', { name: 'In biểu đồ' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.chart-print');
    expect(await sheet.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'In biểu đồ' }).isVisible()).toBe(false);
    await sheet.locator('svg').getByText('Huyện Sơn Động').waitFor();
    const printed = path.join('test-output', 'bieu-do-in.pdf');
    await page.pdf({ path: printed, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const printedText = execFileSync('pdftotext', ['-enc', 'UTF-8', printed, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(printedText).toContain('SỐ ĐỀ CỬ VÀ ĐƯỢC KHEN THƯỞNG THEO ĐƠN VỊ');
    expect(printedText.replace(/\s+/gu, ' ')).toMatch(/Tổng cộng 4 0 0 ?%/u);
    expect(printedText).not.toContain('Xuất bảng ra Excel');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', printed, path.join('test-output', 'bieu-do-in')]);
    // The dimensions are a radio group: arrows move along it.
    await page.getByRole('radio', { name: 'Đơn vị' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('img', { name: 'Biểu đồ theo giới tính (cá nhân)' }).locator('svg').getByText('Nữ').waitFor();
    await page.getByRole('button', { name: 'Xuất bảng ra Excel' }).click();
    await page.getByText('Đã lưu:', { exact: false }).waitFor();
    const folder = path.join(opened.dir, 'xuat');
    const file = path.join(folder, fs.readdirSync(folder).find((name) => name.startsWith('Thong-ke-2024')) ?? '');
    const read = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys; from openpyxl import load_workbook; ws = load_workbook(sys.argv[1]).active; [print("|".join(str(c.value) for c in row)) for row in ws.iter_rows(min_row=3)]',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(read.trim().split('\n')).toEqual([
      'STT|Giới tính (cá nhân)|Số đề cử|Số được khen thưởng|Tỉ lệ',
      '1|Nữ|2|0|0 %',
      '2|Nam|1|0|0 %',
      '|Tổng cộng|=SUM(C4:C5)|=SUM(D4:D5)|0 %',
    ]);
    // The totals' values are stored with their formulas: a reader that does not calculate shows them.
    const cached = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys; from openpyxl import load_workbook; ws = load_workbook(sys.argv[1], data_only=True).active; print(ws["C6"].value, ws["D6"].value)',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(cached.trim()).toBe('3 0');
  });

  it('writes the result report beside its preview, saves by Ctrl+S, issues it by keyboard and exports the issued one', async () => {
    const { app } = opened;
    const { page } = app;
    await page.goto(`${app.bridge.url}#/reports/ket-qua`);
    const preview = page.getByLabel('Xem trước báo cáo kết quả').locator('.doc-page');
    await preview.first().getByText('I. KẾT QUẢ THỰC HIỆN').waitFor();
    await page.getByLabel('Bài học kinh nghiệm (mỗi dòng một đoạn)').fill('Phát hiện sớm từ cơ sở.\nPhối hợp với Phòng Dân tộc các huyện.');
    await page.getByText('Có thay đổi chưa lưu').waitFor();
    // The chart by unit goes into the report: ticked by keyboard (Tab to it, Space).
    const byUnit = page.getByRole('checkbox', { name: 'Theo đơn vị' });
    await byUnit.focus();
    await page.keyboard.press('Space');
    expect(await byUnit.isChecked()).toBe(true);
    await page.keyboard.press('Control+S');
    await page.getByText('Đã lưu bài học kinh nghiệm, đề xuất và các biểu đồ chọn đưa vào báo cáo.').waitFor();
    await preview.getByText('Phối hợp với Phòng Dân tộc các huyện.').first().waitFor();
    await preview.getByText('Biểu đồ 1. Số đề cử và được khen thưởng theo đơn vị').waitFor();
    // Drawn on the page in the paper's font, its bars those of the table above it.
    const chart = preview.locator('.doc-chart svg');
    await chart.waitFor();
    expect(await chart.locator('text', { hasText: 'Được khen thưởng' }).count()).toBeGreaterThan(0);
    await preview.locator('.doc-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join('test-output', 'bao-cao-ket-qua-1366.png') });
    await page.getByRole('button', { name: 'Ban hành…' }).click();
    await page.getByLabel('Số văn bản').fill('21');
    await page.keyboard.press('Enter');
    await page.getByText('Đã ban hành báo cáo số 21/BC-BDT.').waitFor();
    await page.getByText(/Số 21\/BC-BDT ngày .* \(đã ban hành\)/u).waitFor();
    await page.getByRole('button', { name: 'Xuất Word' }).click();
    await page.getByText(/Đã lưu: .*Bao-cao-ket-qua-so-21/u).waitFor();
    const folder = path.join(opened.dir, 'xuat');
    const file = fs.readdirSync(folder).find((name) => name.startsWith('Bao-cao-ket-qua-so-21')) ?? '';
    expect(file).toMatch(/\.docx$/u);
    const parts = Object.keys(unzipSync(fs.readFileSync(path.join(folder, file))));
    expect(parts.filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
  });

  it('finds a person in the sổ vàng typed without accents, and the next year’s nomination of them shows the earlier award', async () => {
    const { app } = opened;
    const { page, session } = app;
    const sonDong = unitId(session, 'Sơn Động');
    await ok(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
    await ok(session, 'evaluations.setDecisionDate', { campaignId: 1, date: '2024-12-10' });
    const meeting = await councilMeeting(session);
    await proposeAll(session, meeting, [{ fields: person(sonDong, 'Triệu Thị Mây', { birthYear: 1975 }), awardCode: 'giay-khen' }]);
    const state = await ok(session, 'awards.state', { campaignId: 1 });
    await ok(session, 'awards.savePapers', {
      campaignId: 1,
      papers: {
        ...state.papers,
        functionsBasis: 'Quyết định số 12/2024/QĐ-UBND ngày 01 tháng 3 năm 2024 của UBND tỉnh Bắc Giang quy định chức năng, nhiệm vụ',
      },
    });
    await ok(session, 'awards.decide', { campaignId: 1, number: 4, date: '2024-12-10' });
    const next = await ok(session, 'campaigns.copy', { fromCampaignId: 1, year: 2025 });
    addNominees(session, [person(sonDong, 'Triệu Thị Mây', { birthYear: 1975 })], next.id);

    await page.goto(`${app.bridge.url}#/reports/so-vang`);
    await page.getByLabel('Tìm trong sổ vàng').fill('trieu thi may');
    const row = page.locator('.ant-table-row', { hasText: 'Sinh năm 1975' });
    await row.getByText(/2024 · Huyện Sơn Động · Đã khen thưởng — Giấy khen .* \(QĐ số 04\/QĐ-BDT ngày 10\/12\/2024\)/u).waitFor();
    await row.getByText('2025 · Huyện Sơn Động · Đã đề cử').waitFor();
    await page.screenshot({ path: path.join('test-output', 'so-vang-1366.png') });

    await page.evaluate((id) => window.localStorage.setItem('dhtt.selectedCampaign', String(id)), next.id);
    await page.goto(`${app.bridge.url}#/nominations`);
    await page.reload();
    await page.getByRole('button', { name: 'Sửa Triệu Thị Mây' }).click();
    await page.getByRole('dialog').getByText('Đã được khen năm 2024 (QĐ số 04/QĐ-BDT ngày 10/12/2024)', { exact: false }).waitFor();
    await page.screenshot({ path: path.join('test-output', 'de-cu-da-duoc-khen-1366.png') });
    await page.keyboard.press('Escape');
  });

  it('imports an earlier award list with its columns guessed, finds its people, and does not add the same file twice', async () => {
    const { app } = opened;
    const { page } = app;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('2019');
    sheet.addRow(['DANH SÁCH KHEN THƯỞNG NĂM 2019']);
    sheet.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Hình thức khen thưởng', 'Số QĐ', 'Ngày QĐ']);
    sheet.addRow([1, 'Giàng Văn Páo', 1968, 'Huyện Sơn Động', 'Giấy khen', '45/QĐ-BDT', '12/11/2019']);
    sheet.addRow([2, 'Hợp tác xã Quế Hồi', null, 'Huyện Lục Ngạn', 'Bằng khen của UBND tỉnh', '1203/QĐ-UBND', '02/12/2019']);
    const file = path.join('test-output', 'khen-thuong-2019.xlsx');
    fs.mkdirSync('test-output', { recursive: true });
    await workbook.xlsx.writeFile(file);

    await page.goto(`${app.bridge.url}#/reports/so-vang`);
    const earlierList = page.locator('.ant-upload', { hasText: 'Nhập danh sách khen thưởng các năm trước' }).locator('input[type=file]');
    await earlierList.setInputFiles(file);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Các cột được đoán theo tiêu đề', { exact: false }).waitFor();
    await expect(dialog.getByLabel('Cột Họ tên / Tên tập thể').locator('..').textContent()).resolves.toContain('Cột 2: Họ và tên');
    await dialog.getByRole('cell', { name: '45/QĐ-BDT ngày 12/11/2019' }).waitFor();
    await page.screenshot({ path: path.join('test-output', 'so-vang-nhap-danh-sach-cu-1366.png') });
    await dialog.getByRole('button', { name: 'Nhập 2 dòng' }).click();
    await page.getByText('Đã thêm 2 dòng vào sổ vàng.').waitFor();

    await page.getByLabel('Tìm trong sổ vàng').fill('giang van pao');
    await page.getByText('2019 · Huyện Sơn Động · Đã khen thưởng (danh sách cũ) — Giấy khen (QĐ số 45/QĐ-BDT ngày 12/11/2019)').waitFor();

    // The same file again: recognised, its columns as told, nothing to add.
    await earlierList.setInputFiles(file);
    await dialog.getByText('Tệp này đã được nhập ngày', { exact: false }).waitFor();
    await dialog.getByText('Các cột như lần nhập tệp cùng mẫu trước đây.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Nhập 0 dòng' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});
