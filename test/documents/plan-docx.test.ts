import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/documents/docx/render-docx.ts';
import { convertWithLibreOffice, pdfPageCount, pdfText, words } from '../support/pdf.ts';
import { issuedSeedPlan } from '../support/plan-fixture.ts';
import { makeTempDir } from '../support/temp.ts';

// The Word file read back as XML, then opened by a second reader (LibreOffice) and compared
// with the seed text kept in resources/ paragraph by paragraph.
let xml: string;
let headers: string[];
let pdf: string;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  const { document } = await issuedSeedPlan();
  const buffer = await renderDocx(document);
  const zip = await JSZip.loadAsync(buffer);
  xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  headers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/header\d+\.xml$/u.test(name))
      .map((name) => zip.file(name)?.async('string') ?? Promise.resolve('')),
  );
  temp = makeTempDir('dhtt-docx-');
  const file = path.join(temp.dir, 'ke-hoach.docx');
  fs.writeFileSync(file, buffer);
  pdf = convertWithLibreOffice(file, temp.dir);
}, 120_000);

afterAll(() => temp?.cleanup());

describe('the Word plan', () => {
  it('is A4 portrait with the margins of Nghị định 30/2020', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/u);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567"/u);
  });

  it('uses Times New Roman: body 14 pt, Quốc hiệu 12 pt bold, Tiêu ngữ 13 pt bold, Nơi nhận 12 and 11 pt', () => {
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/u);
    const run = (text: string) => {
      const at = xml.indexOf(`>${text}</w:t>`);
      expect(at, text).toBeGreaterThan(0);
      return xml.slice(xml.lastIndexOf('<w:r>', at), at);
    };
    expect(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/u);
    expect(run('Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/u);
    expect(run('BAN DÂN TỘC')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/u);
    expect(run('UBND TỈNH BẮC GIANG')).not.toMatch(/<w:b\/>/u);
    expect(run('Bắc Giang, ngày 05 tháng 02 năm 2024')).toMatch(/<w:i\/>.*<w:sz w:val="28"\/>/u);
    expect(run('KẾ HOẠCH')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/u);
    expect(run('Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/u);
    expect(run('- Lưu: VT, HCTH.')).toMatch(/<w:sz w:val="22"\/>/u);
    expect(run('Vi Thanh Quyền')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/u);
  });

  it('justifies the body with a 1 cm first-line indent, 6 pt after and 1.15 lines', () => {
    const at = xml.indexOf('Thực hiện Kế hoạch số 68/KH-UBND');
    const paragraph = xml.slice(xml.lastIndexOf('<w:p>', at), at);
    expect(paragraph).toContain('<w:jc w:val="both"/>');
    expect(paragraph).toMatch(/<w:ind w:firstLine="567"\/>/u);
    expect(paragraph).toMatch(/<w:spacing w:after="120" w:line="276" w:lineRule="auto"\/>/u);
  });

  it('puts the header in a borderless table and numbers pages from page 2 in the top margin', () => {
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(table).toContain('UBND TỈNH BẮC GIANG');
    expect(table).toContain('Số: 15/KH-BDT');
    expect(table).toMatch(/<w:tblBorders>.*w:val="none".*<\/w:tblBorders>/u);
    expect(xml).toContain('<w:titlePg/>');
    const numbered = headers.filter((header) => /PAGE/u.test(header));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    expect(headers.some((header) => !/<w:t/u.test(header) && !/PAGE/u.test(header))).toBe(true);
  });

  it('opens in LibreOffice as a few A4 pages with the header words and no page number on page 1', () => {
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(5);
    const first = pdfText(pdf).split('\f')[0] ?? '';
    expect(first.trimStart().startsWith('UBND TỈNH BẮC GIANG')).toBe(true);
    expect(first).toContain('Số: 15/KH-BDT');
    expect(first).toContain('Bắc Giang, ngày 05 tháng 02 năm 2024');
    const second = (pdfText(pdf).split('\f')[1] ?? '').trim();
    expect(second.startsWith('2')).toBe(true);
  });

  it('carries every sentence of the seed plan, word for word and in order', () => {
    const seed = fs
      .readFileSync(path.resolve('resources/seed/ke-hoach-2024.txt'), 'utf8')
      .replaceAll('tuyên tuyền', 'tuyên truyền')
      .replaceAll('Giao phòng', 'Giao Phòng');
    // The body runs from the title to "./."; Nơi nhận and the signature sit side by side and are checked as blocks.
    const [body = '', tail = ''] = seed.split('kịp thời./.');
    const expected = words(`${body}kịp thời./.`);
    const actual = words(pdfText(pdf));
    let cursor = actual.indexOf('KẾ');
    for (const [index, word] of expected.entries()) {
      const found = actual.indexOf(word, cursor);
      // Only a page number may come between two words of the seed.
      expect(
        found - cursor,
        `word ${index} "${word}" after …${expected.slice(Math.max(0, index - 8), index).join(' ')}`,
      ).toBeLessThanOrEqual(1);
      expect(found).toBeGreaterThanOrEqual(0);
      cursor = found + 1;
    }
    const rest = actual.slice(cursor).join(' ');
    for (const line of tail
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      for (const word of words(line)) expect(rest).toContain(word.replace(/;$/u, ''));
    }
    expect(rest).toContain('Vi Thanh Quyền');
  });
});
