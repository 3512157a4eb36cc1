import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { collective, person } from '../../support/nominees.ts';
import { fails, ok } from '../../support/session.ts';
import { convertWithLibreOffice, pdfText } from '../../support/pdf.ts';
import { awardCampaign, councilMeeting, proposeAll, unitId } from '../../support/award-fixture.ts';

const FUNCTIONS =
  'Quyết định số 12/2024/QĐ-UBND ngày 01 tháng 3 năm 2024 của UBND tỉnh Bắc Giang quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Dân tộc tỉnh Bắc Giang';

async function readyCampaign() {
  const session = await awardCampaign();
  const sonDong = unitId(session, 'Sơn Động');
  const lucNgan = unitId(session, 'Lục Ngạn');
  const meeting = await councilMeeting(session);
  const ids = await proposeAll(session, meeting, [
    {
      fields: collective(sonDong, 'Hợp tác xã Nông nghiệp An Lạc', {
        village: 'Thôn Đồng Bụt',
        commune: 'Xã An Lạc',
        achievementSummary: 'Liên kết trồng na cho 40 hộ',
      }),
      awardCode: 'giay-khen',
    },
    {
      fields: collective(lucNgan, 'Hộ ông Hoàng Văn Tư', {
        collectiveForm: 'Hộ gia đình',
        village: 'Thôn Nà Ó',
        commune: 'Xã Hộ Đáp',
        achievementSummary: 'Hiến 500 m² đất làm đường',
      }),
      awardCode: 'giay-khen',
    },
    {
      fields: person(sonDong, 'Lý Thị Sen', { position: 'Trưởng thôn Đồng Bụt', achievementSummary: 'Vận động 30 hộ thoát nghèo' }),
      awardCode: 'giay-khen',
    },
    // A name that a spreadsheet would take for a formula must stay text.
    {
      fields: person(lucNgan, '=Chu Văn Nam', { position: 'Người có uy tín', achievementSummary: 'Giữ gìn hát then' }),
      awardCode: 'giay-khen',
    },
    {
      fields: person(sonDong, 'Đặng Văn Lực', { position: 'Bí thư chi bộ', achievementSummary: 'Dẫn đầu phong trào' }),
      awardCode: 'bang-khen-tinh',
    },
  ]);
  return { session, sonDong, lucNgan, meeting, ids };
}

const statusOf = (session: Awaited<ReturnType<typeof awardCampaign>>, id: number) =>
  session.db.prepare('SELECT status FROM nominees WHERE id = ?').pluck().get(id);

describe('Khen thưởng: the award decision', () => {
  it('drafts the decision of those ready, refuses to issue it without the agency’s functions, then issues it once', async () => {
    const { session, ids } = await readyCampaign();
    const state = await ok(session, 'awards.state', { campaignId: 1 });
    expect(state.pendingDecision.map((row) => [row.name, row.amount])).toEqual([
      ['Hợp tác xã Nông nghiệp An Lạc', 1_410_000],
      ['Lý Thị Sen', 710_000],
      ['Hộ ông Hoàng Văn Tư', 1_060_000],
      ['=Chu Văn Nam', 710_000],
    ]);
    expect(state.pendingProposal.map((row) => row.name)).toEqual(['Đặng Văn Lực']);
    expect(state.checklist.filter((item) => !item.ok).map((item) => item.key)).toEqual([
      'functions',
      'decision',
      'proposal',
      'emails',
      'dossiers',
    ]);
    expect(state.checklist.find((item) => item.key === 'dossiers')?.detail).toBe(
      '5 hồ sơ còn thiếu giấy tờ, như Hợp tác xã Nông nghiệp An Lạc: công văn đề cử của đơn vị, ảnh tư liệu, xác nhận của cấp trình.',
    );
    expect(state.suggestedNumbers).toEqual({ decision: 1, proposal: 1 });

    expect((await fails(session, 'awards.decide', { campaignId: 1, number: 3, date: '2024-12-10' })).message).toBe(
      'Chưa ban hành được: Thiếu căn cứ văn bản quy định chức năng, nhiệm vụ của cơ quan (nhập ở mục "Nội dung văn bản").',
    );
    expect(session.db.prepare("SELECT count(*) FROM issued_documents WHERE kind = 'award-decision'").pluck().get()).toBe(0);
    await ok(session, 'awards.savePapers', { campaignId: 1, papers: { ...state.papers, functionsBasis: FUNCTIONS } });
    expect(await fails(session, 'awards.decide', { campaignId: 1, number: 3, date: '2024-12-13' })).toMatchObject({ path: 'date' });
    const issued = await ok(session, 'awards.decide', { campaignId: 1, number: 3, date: '2024-12-10' });
    expect(issued).toMatchObject({ number: 3, symbol: 'QĐ-BDT', issuedOn: '2024-12-10', count: 4, total: 3_890_000 });
    expect(ids.slice(0, 4).map((id) => statusOf(session, id))).toEqual(['awarded', 'awarded', 'awarded', 'awarded']);
    expect(statusOf(session, ids[4] ?? 0)).toBe('proposed');
    expect(session.db.prepare('SELECT sum(amount) FROM awards WHERE decision_id = ?').pluck().get(issued.id)).toBe(3_890_000);
    expect(session.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'issued_document'").pluck().get()).toBe(2);

    const after = await ok(session, 'awards.state', { campaignId: 1 });
    expect(after.pendingDecision).toEqual([]);
    expect(after.suggestedNumbers.decision).toBe(4);
    expect(after.issued.map((paper) => [paper.kind, paper.number])).toEqual([['award-decision', 3]]);
    // The issued decision is frozen: changing the papers' words later does not change it.
    await ok(session, 'awards.savePapers', { campaignId: 1, papers: { ...after.papers, executors: 'Chánh Văn phòng' } });
    const frozen = await ok(session, 'awards.decisionDocument', { campaignId: 1, issuedId: issued.id });
    expect(JSON.stringify(frozen.document)).not.toContain('Chánh Văn phòng');
    expect(frozen.document.header).toMatchObject({ number: 3, date: '2024-12-10' });

    // The Word file read back by LibreOffice: names, amounts, the total in figures and in words, dates in words.
    const saved = await ok(session, 'awards.exportDecision', { campaignId: 1 });
    const pdf = convertWithLibreOffice(saved.saved ?? '', session.dir);
    const text = pdfText(pdf).normalize('NFC').replace(/\s+/gu, ' ');
    for (const expected of [
      'Số: 03/QĐ-BDT',
      'Bắc Giang, ngày 10 tháng 12 năm 2024',
      'QUYẾT ĐỊNH',
      'TRƯỞNG BAN DÂN TỘC TỈNH BẮC GIANG',
      'Căn cứ Nghị định số 98/2023/NĐ-CP',
      'Căn cứ Kế hoạch số 15/KH-BDT ngày 05 tháng 02 năm 2024',
      'ngày 25 tháng 11 năm 2024',
      'Tặng Giấy khen của Trưởng Ban Dân tộc cho 01 tập thể, 01 hộ gia đình và 02 cá nhân',
      'Mỗi tập thể được thưởng 1.410.000 đồng; mỗi hộ gia đình được thưởng 1.060.000 đồng; mỗi cá nhân được thưởng 710.000 đồng.',
      'Tổng số tiền thưởng: 3.890.000 đồng (Bằng chữ: Ba triệu tám trăm chín mươi nghìn đồng)',
      'Kèm theo Quyết định số 03/QĐ-BDT ngày 10 tháng 12 năm 2024',
      'Hợp tác xã Nông nghiệp An Lạc',
      'Hộ ông Hoàng Văn Tư',
      'Lý Thị Sen',
      '=Chu Văn Nam',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Tổng cộng.*3\.890\.000/u);
    expect(text).not.toContain('Đặng Văn Lực');
  });

  it('refuses a number already used, and a later award is a new decision "bổ sung" citing the first', async () => {
    const { session, sonDong, meeting } = await readyCampaign();
    const { papers } = await ok(session, 'awards.state', { campaignId: 1 });
    await ok(session, 'awards.savePapers', { campaignId: 1, papers: { ...papers, functionsBasis: FUNCTIONS } });
    const first = await ok(session, 'awards.decide', { campaignId: 1, number: 3, date: '2024-12-10' });
    const [late] = await proposeAll(session, meeting, [{ fields: person(sonDong, 'Lường Thị Mai'), awardCode: 'giay-khen' }]);
    expect((await fails(session, 'awards.decide', { campaignId: 1, number: 3, date: '2024-12-11' })).message).toBe(
      'Số 3/QĐ-BDT năm 2024 đã dùng cho văn bản ngày 10/12/2024; số tiếp theo còn trống là 4.',
    );
    const second = await ok(session, 'awards.decide', { campaignId: 1, number: 4, date: '2024-12-11' });
    expect(second).toMatchObject({ count: 1, total: 710_000 });
    expect(statusOf(session, late ?? 0)).toBe('awarded');
    const { document } = await ok(session, 'awards.decisionDocument', { campaignId: 1, issuedId: second.id });
    const words = JSON.stringify(document);
    expect(document.summaryLines.join(' ')).toContain('Về việc tặng bổ sung Giấy khen');
    expect(words).toContain('Căn cứ Quyết định số 03/QĐ-BDT ngày 10 tháng 12 năm 2024 của Trưởng Ban Dân tộc');
    const firstAgain = await ok(session, 'awards.decisionDocument', { campaignId: 1, issuedId: first.id });
    expect(firstAgain.rows).toHaveLength(4);
  });

  it('writes the award list as .xlsx: groups, subtotals and a total by formula with cached values, text kept as text, page set up', async () => {
    const { session } = await readyCampaign();
    const { papers } = await ok(session, 'awards.state', { campaignId: 1 });
    await ok(session, 'awards.savePapers', { campaignId: 1, papers: { ...papers, functionsBasis: FUNCTIONS } });
    await ok(session, 'awards.decide', { campaignId: 1, number: 3, date: '2024-12-10' });
    const saved = await ok(session, 'awards.exportList', { campaignId: 1 });
    expect(saved).toMatchObject({ rows: 4, total: 3_890_000 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved.saved ?? '');
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A3').value).toBe(
      '(Kèm theo Quyết định số 03/QĐ-BDT ngày 10 tháng 12 năm 2024 của Trưởng Ban Dân tộc tỉnh Bắc Giang)',
    );
    const columnA = [6, 7, 8, 9, 10, 11, 12, 13].map((row) => sheet?.getCell(`A${row}`).value);
    expect(columnA).toEqual(['I', 1, 'II', 2, 'III', 3, 4, 'Tổng cộng']);
    expect(sheet?.getCell('G6').value).toEqual({ formula: 'SUM(G7:G7)', result: 1_410_000 });
    expect(sheet?.getCell('G10').value).toEqual({ formula: 'SUM(G11:G12)', result: 1_420_000 });
    expect(sheet?.getCell('G13').value).toEqual({ formula: 'G6+G8+G10', result: 3_890_000 });
    expect(sheet?.getCell('G11').numFmt).toBe('#,##0');

    // A second reader, without calculating: the cached totals, the formulas, the text cell, the page.
    const script = [
      'import sys; from openpyxl import load_workbook',
      'v = load_workbook(sys.argv[1], data_only=True).active; f = load_workbook(sys.argv[1]).active',
      'rows = [v.cell(r, 7).value for r in range(7, 13) if isinstance(v.cell(r, 1).value, int)]',
      "print(sum(rows), v['G13'].value, f['G13'].value, repr(f['B12'].value), f['B12'].data_type, f.print_title_rows,",
      ' f.page_setup.orientation, f.page_setup.paperSize, f.page_setup.fitToWidth, f.sheet_properties.pageSetUpPr.fitToPage,',
      " f['G7'].border.left.style, f['G7'].number_format)",
    ].join('\n');
    const read = execFileSync('/usr/bin/python3', ['-c', script, saved.saved ?? ''], { encoding: 'utf8' });
    expect(read.trim()).toBe("3890000 3890000 =G6+G8+G10 '=Chu Văn Nam' s $5:$5 landscape 9 1 True thin #,##0");
  });

  it('writes one summary per unit into a new folder, with a cover sheet, the status, evaluation, award and amount', async () => {
    const { session } = await readyCampaign();
    const { papers } = await ok(session, 'awards.state', { campaignId: 1 });
    await ok(session, 'awards.savePapers', { campaignId: 1, papers: { ...papers, functionsBasis: FUNCTIONS } });
    await ok(session, 'awards.decide', { campaignId: 1, number: 3, date: '2024-12-10' });
    const first = await ok(session, 'awards.exportSummaries', { campaignId: 1 });
    expect(first.files.map((file) => path.basename(file.file))).toEqual(['Tong-hop-2024-Son-Dong.xlsx', 'Tong-hop-2024-Luc-Ngan.xlsx']);
    const again = await ok(session, 'awards.exportSummaries', { campaignId: 1 });
    expect(path.basename(again.folder ?? '')).toBe('Tong-hop-don-vi-2024 (2)');
    expect(fs.readdirSync(first.folder ?? '')).toHaveLength(2);
    const script = [
      'import sys; from openpyxl import load_workbook',
      'w = load_workbook(sys.argv[1]); c = w["Tổng hợp"]; d = w["Danh sách"]',
      'print(w.sheetnames, c["A3"].value, c["B7"].value, c["B8"].value)',
      'for r in range(6, d.max_row + 1): print([d.cell(r, k).value for k in range(2, 10)])',
    ].join('\n');
    const read = execFileSync('/usr/bin/python3', ['-c', script, first.files[0]?.file ?? ''], { encoding: 'utf8' });
    expect(read.trim().split('\n')).toEqual([
      "['Tổng hợp', 'Danh sách'] Đơn vị: Sơn Động 2 2120000",
      "['Hợp tác xã Nông nghiệp An Lạc', 'Tập thể', 'Tày', 'Đã khen thưởng', 'Đạt', 'Giấy khen của người đứng đầu cơ quan', 1410000, '03/QĐ-BDT ngày 10/12/2024']",
      "['Đặng Văn Lực', 'Cá nhân', 'Tày', 'Đề nghị khen thưởng', 'Đạt', 'Đề nghị: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', '', '']",
      "['Lý Thị Sen', 'Cá nhân', 'Tày', 'Đã khen thưởng', 'Đạt', 'Giấy khen của người đứng đầu cơ quan', 710000, '03/QĐ-BDT ngày 10/12/2024']",
    ]);
  });
});

describe('Khen thưởng: the Tờ trình to the province', () => {
  it('proposes the Bằng khen through Sở Nội vụ, warns when it is late for the congress, and takes those nominees off the pending list', async () => {
    const { session, ids } = await readyCampaign();
    const { papers } = await ok(session, 'awards.state', { campaignId: 1 });
    await ok(session, 'awards.savePapers', { campaignId: 1, papers: { ...papers, congressOn: '2024-12-18' } });
    const draft = await ok(session, 'awards.proposalDocument', { campaignId: 1 });
    expect(draft.document.addressees).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang (qua Sở Nội vụ)']);
    expect(draft.problems.map((problem) => problem.message)).toContain(
      'Tờ trình ngày 12/12/2024 gửi chưa đủ 10 ngày trước ngày đại hội 18/12/2024: cấp trên có thể không kịp thẩm định.',
    );
    // Ten days before the congress is still in time.
    const issued = await ok(session, 'awards.propose', { campaignId: 1, number: 7, date: '2024-12-08' });
    expect(issued).toMatchObject({ symbol: 'TTr-BDT', count: 1, warnings: [] });
    expect(statusOf(session, ids[4] ?? 0)).toBe('proposed');
    expect((await ok(session, 'awards.state', { campaignId: 1 })).pendingProposal).toEqual([]);
    const saved = await ok(session, 'awards.exportProposal', { campaignId: 1 });
    const text = pdfText(convertWithLibreOffice(saved.saved ?? '', session.dir))
      .normalize('NFC')
      .replace(/\s+/gu, ' ');
    for (const expected of [
      'Số: 07/TTr-BDT',
      'Bắc Giang, ngày 08 tháng 12 năm 2024',
      'TỜ TRÌNH',
      'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang (qua Sở Nội vụ)',
      'tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 cá nhân',
      'DANH SÁCH TRÍCH NGANG',
      'Kèm theo Tờ trình số 07/TTr-BDT ngày 08 tháng 12 năm 2024',
      'Đặng Văn Lực',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
