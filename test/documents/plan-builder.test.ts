import { describe, expect, it } from 'vitest';
import { closingSentence, openingSentence, quotaLine } from '../../shared/document/builders/plan.ts';
import { checkDocument } from '../../shared/document/check.ts';
import { documentText, numberLine, placeDateLine, recipientLines, signatureTitleLines } from '../../shared/document/header-text.ts';
import { splitSummary } from '../../shared/document/builders/summary-lines.ts';
import { textWidthMm } from '../../shared/document/metrics.ts';
import { issuedSeedPlan } from '../support/plan-fixture.ts';

describe('the plan document built from the seed campaign', () => {
  it('has the header, number and date written by the rules', async () => {
    const { document } = await issuedSeedPlan();
    expect(numberLine(document.header)).toBe('Số: 15/KH-BDT');
    expect(placeDateLine(document.header)).toBe('Bắc Giang, ngày 05 tháng 02 năm 2024');
    expect(numberLine({ ...document.header, number: 5 })).toBe('Số: 05/KH-BDT');
    expect(placeDateLine({ ...document.header, date: '2024-03-20' })).toBe('Bắc Giang, ngày 20 tháng 3 năm 2024');
    expect(numberLine({ ...document.header, number: null })).toMatch(/^Số:\s+\/KH-BDT$/u);
    expect(document.typeName).toBe('KẾ HOẠCH');
    expect(document.summaryLines).toEqual(['Xây dựng và nhân rộng điển hình tiên tiến', 'trong lĩnh vực công tác dân tộc năm 2024']);
  });

  it('writes the six district lines as the plan does', async () => {
    const { document } = await issuedSeedPlan();
    const lines = documentText(document).filter((line) => line.startsWith('- Huyện'));
    expect(lines).toEqual([
      '- Huyện Sơn Động: 02 điển hình (01 tập thể, 01 cá nhân);',
      '- Huyện Lục Ngạn: 02 điển hình (01 tập thể, 01 cá nhân);',
      '- Huyện Lục Nam: 02 điển hình (01 tập thể, 01 cá nhân);',
      '- Huyện Yên Thế: 02 điển hình (01 tập thể, 01 cá nhân);',
      '- Huyện Lạng Giang: 01 điển hình (01 cá nhân);',
      '- Huyện Tân Yên: 01 điển hình (01 cá nhân).',
    ]);
    expect(quotaLine({ unitTitle: 'Xã A', collective: 2, individual: 0 }, false)).toBe('- Xã A: 02 điển hình (02 tập thể);');
  });

  it('opens with the cited plan and closes with the contact and ./.', async () => {
    const { snapshot } = await issuedSeedPlan();
    expect(openingSentence(snapshot.plan)).toBe(
      'Thực hiện Kế hoạch số 68/KH-UBND ngày 06/01/2023 của UBND tỉnh, về Tuyên truyền gương điển hình tiên tiến giai đoạn 2022-2025. Ban Dân tộc ban hành Kế hoạch xây dựng và nhân rộng điển hình tiên tiến trong lĩnh vực công tác dân tộc trên địa bàn vùng đồng bào dân tộc thiểu số và miền núi năm 2024, như sau:',
    );
    expect(closingSentence(snapshot.plan)).toMatch(
      /Chu Thị Thu Trang - Chuyên viên Phòng Hành chính - Tổng hợp, Ban Dân tộc \(điện thoại 0984\.024\.432\) để được tiếp thu và giải đáp kịp thời\.\/\.$/u,
    );
    expect(closingSentence({ ...snapshot.plan, closingAfterContact: 'xin cảm ơn./.' })).toMatch(/cảm ơn\.\/\.$/u);
  });

  it('has the signature and Nơi nhận lines', async () => {
    const { document } = await issuedSeedPlan();
    expect(signatureTitleLines(document.signature)).toEqual(['TRƯỞNG BAN']);
    expect(signatureTitleLines({ ...document.signature, authority: 'KT.', signerTitle: 'Phó Trưởng Ban' })).toEqual([
      'KT. TRƯỞNG BAN',
      'PHÓ TRƯỞNG BAN',
    ]);
    expect(recipientLines(document.recipients)).toEqual([
      '- Phòng Dân tộc các huyện: Sơn Động, Lục Ngạn, Lục Nam, Yên Thế;',
      '- Văn phòng HĐND&UBND các huyện Lạng Giang, Tân Yên;',
      '- Lãnh đạo Ban;',
      '- Các phòng chuyên môn, đơn vị;',
      '- Lưu: VT, HCTH.',
    ]);
  });

  it('breaks a long trích yếu into balanced lines and keeps a short one whole', () => {
    expect(splitSummary('Về việc tặng Giấy khen')).toEqual(['Về việc tặng Giấy khen']);
    const text =
      'Về việc tặng Giấy khen của Trưởng Ban Dân tộc cho các tập thể, cá nhân có thành tích xuất sắc trong xây dựng và nhân rộng điển hình tiên tiến năm 2024';
    const lines = splitSummary(text, 120);
    expect(lines.join(' ')).toBe(text);
    const widths = lines.map((line) => textWidthMm(line, 14, true));
    expect(lines.length).toBe(Math.ceil(textWidthMm(text, 14, true) / 120));
    expect(Math.max(...widths)).toBeLessThanOrEqual(120);
    expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.6);
  });
});

describe('the format check (Kiểm tra thể thức)', () => {
  it('passes the issued seed plan', async () => {
    const { document, snapshot } = await issuedSeedPlan();
    expect(checkDocument(document, { issued: true, basis: snapshot.plan.basis.map((b) => ({ label: b.number, date: b.date })) })).toEqual(
      [],
    );
  });

  it('finds each kind of problem a văn thư would send back', async () => {
    const { document } = await issuedSeedPlan();
    const messages = (doc: typeof document, facts: Parameters<typeof checkDocument>[1]) =>
      checkDocument(doc, facts)
        .map((p) => p.message)
        .join(' | ');
    expect(messages({ ...document, header: { ...document.header, number: null, date: null } }, { issued: true })).toMatch(
      /chưa có số.*chưa có ngày/u,
    );
    expect(messages(document, { issued: true, basis: [{ label: 'Kế hoạch số 68/KH-UBND', date: '2024-03-01' }] })).toContain(
      'sớm hơn văn bản căn cứ Kế hoạch số 68/KH-UBND',
    );
    expect(messages({ ...document, recipients: [] }, { issued: true })).toContain('Nơi nhận đang để trống');
    expect(messages({ ...document, recipients: ['Lãnh đạo Ban'] }, { issued: true })).toContain('Lưu: VT');
    expect(messages({ ...document, signature: { ...document.signature, name: ' ' } }, { issued: true })).toContain('người ký');
    expect(messages({ ...document, signature: { ...document.signature, authority: 'KT.' } }, { issued: true })).toContain(
      'người trực tiếp ký',
    );
    expect(messages({ ...document, header: { ...document.header, agency: 'Ban Dân tộc'.normalize('NFD') } }, { issued: true })).toContain(
      'NFC',
    );
    expect(messages(document, { issued: true, unknownUnits: ['Huyện Yên Dũng'] })).toContain('Huyện Yên Dũng');
    expect(messages(document, { issued: true, totals: { declared: 10, allocated: 9 } })).toContain('(10)');
    expect(messages({ ...document, header: { ...document.header, symbol: 'KH - BDT' } }, { issued: true })).toContain('Ký hiệu');
    const noEnding = {
      ...document,
      sections: [{ orientation: 'portrait' as const, blocks: document.sections[0]?.blocks.slice(0, -1) ?? [] }],
    };
    expect(messages(noEnding, { issued: true })).toContain('./.');
  });
});
