import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../electron/sheets/read-sheet.ts';
import {
  dateStyles,
  decodeXmlText,
  scanWorksheet,
  serialToDate,
  sharedStrings,
  workbookSheets,
} from '../../electron/sheets/spreadsheet-xml.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const noStyles = { strings: [], dateStyles: [], date1904: false };

/** A minimal .xlsx package: the given sheets (name, XML, hidden?) and shared strings. */
function xlsx(sheets: { name: string; xml: string; hidden?: boolean }[], strings: string[] = [], workbookPr = ''): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets>${sheets
        .map(
          (sheet, index) =>
            `<sheet name="${sheet.name}" sheetId="${index + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${index + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/s${index + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<sst xmlns="${MAIN}">${strings.map((text) => `<si><t xml:space="preserve">${text}</t></si>`).join('')}</sst>`,
    ),
  };
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/s${index + 1}.xml`] = strToU8(`<worksheet xmlns="${MAIN}"><sheetData>${sheet.xml}</sheetData></worksheet>`);
  });
  return Buffer.from(zipSync(files));
}

describe('reading SpreadsheetML', () => {
  it('decodes entities, character references and Excel’s _xHHHH_ escapes', () => {
    expect(decodeXmlText('A &amp; B &lt;3&gt; &quot;x&quot; &#273;&#x1EA1;')).toBe('A & B <3> "x" đạ');
    expect(decodeXmlText('dòng 1_x000D_\ndòng 2')).toBe('dòng 1\r\ndòng 2');
  });

  it('reads shared strings with rich-text runs, skipping phonetic runs', () => {
    const xml = `<sst><si><t>Hoàng</t></si><si><r><rPr><b/></rPr><t>Thị </t></r><r><t>Mai</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si><si/></sst>`;
    expect(sharedStrings(xml)).toEqual(['Hoàng', 'Thị Mai', '']);
  });

  it('knows which cell styles show dates: built-in ids and custom codes, not numbers or quoted text', () => {
    const styles = `<styleSheet><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00"/><numFmt numFmtId="166" formatCode="0&quot; ngày&quot;"/></numFmts>
      <cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>`;
    expect(dateStyles(styles)).toEqual([false, true, true, false, false]);
  });

  it('turns Excel day numbers into dates in both date systems', () => {
    expect(serialToDate(27455, false)).toBe('02/03/1975');
    expect(serialToDate(1, false)).toBe('01/01/1900');
    expect(serialToDate(61, false)).toBe('01/03/1900');
    expect(serialToDate(25993, true)).toBe('02/03/1975');
  });

  it('reads every kind of cell, with or without namespace prefixes and references', () => {
    const context = { strings: ['Cá nhân'], dateStyles: [false, true], date1904: false };
    const plain = `<row r="3"><c r="A3" t="s"><v>0</v></c><c r="C3" t="inlineStr"><is><t>Lý &amp; Sen</t></is></c><c r="D3"><v>1982</v></c><c r="E3" s="1"><v>27455</v></c><c r="F3" t="b"><v>1</v></c><c r="G3" t="str"><f>A1</f><v>x</v></c><c r="H3"/></row>
      <row r="5"><c r="B5"><v>9.12E8</v></c></row><row r="6"><c r="A6" t="inlineStr"><is><t>   </t></is></c></row>`;
    expect(scanWorksheet(`<worksheet><sheetData>${plain}</sheetData></worksheet>`, context)).toEqual([
      { row: 3, values: ['Cá nhân', '', 'Lý & Sen', '1982', '02/03/1975', 'TRUE', 'x'] },
      { row: 5, values: ['', '912000000'] },
      { row: 6, values: ['   '] },
    ]);
    const prefixed = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c/><x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(scanWorksheet(prefixed, noStyles)).toEqual([
      { row: 1, values: ['a', '2'] },
      { row: 2, values: ['', 'b'] },
    ]);
    expect(scanWorksheet(`<worksheet><sheetData/></worksheet>`, noStyles)).toEqual([]);
  });

  it('fills merged ranges with their first cell, as Excel shows them, within the rows that have data', () => {
    const xml = `<worksheet><sheetData>
      <row r="1"><c r="A1" t="inlineStr"><is><t>DANH SÁCH</t></is></c></row>
      <row r="3"><c r="A3" t="inlineStr"><is><t>Lý Văn A</t></is></c><c r="B3" t="inlineStr"><is><t>Sơn Động</t></is></c></row>
      <row r="4"><c r="A4" t="inlineStr"><is><t>Lý Văn B</t></is></c><c r="B4"/></row>
      <row r="5"><c r="A5" t="inlineStr"><is><t>Lý Văn C</t></is></c><c r="B5" t="inlineStr"><is><t>Lục Ngạn</t></is></c></row>
    </sheetData><mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="B3:B4"/><mergeCell ref="B5:B1048576"/></mergeCells></worksheet>`;
    expect(scanWorksheet(xml, noStyles)).toEqual([
      { row: 1, values: ['DANH SÁCH', 'DANH SÁCH', 'DANH SÁCH'] },
      { row: 3, values: ['Lý Văn A', 'Sơn Động'] },
      { row: 4, values: ['Lý Văn B', 'Sơn Động'] },
      { row: 5, values: ['Lý Văn C', 'Lục Ngạn'] },
    ]);
  });

  it('reads what other writers do: single quotes, lower-case references, empty values, ISO dates, CDATA, conditional formats', () => {
    const context = { strings: ['a', 'b'], dateStyles: [false, true], date1904: false };
    const xml = `<worksheet><sheetData><row r='2'><c r='a2' t='s'><v>1</v></c><c r="C2" s="1"><v></v></c><c r="D2" t="d"><v>1980-05-01T00:00:00</v></c><c r="E2" t="str"><v><![CDATA[Lý & <Sen>]]></v></c><c r="F2" t="str"><v>&#x110000;</v></c></row></sheetData></worksheet>`;
    expect(scanWorksheet(xml, context)).toEqual([{ row: 2, values: ['b', '', '', '01/05/1980', 'Lý & <Sen>', '&#x110000;'] }]);
    const styles =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0"/></numFmts><cellXfs><xf numFmtId="164"/></cellXfs><dxfs><dxf><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></dxf></dxfs></styleSheet>';
    expect(dateStyles(styles)).toEqual([false]);
  });

  it('lists sheets in tab order with their parts, absolute or relative', () => {
    const workbook = `<workbook xmlns:r="${REL}"><sheets><sheet name="Danh mục" sheetId="2" state="hidden" r:id="rId2"/><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const rels = `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>`;
    expect(workbookSheets(workbook, rels)).toEqual([
      { name: 'Danh mục', visible: false, part: 'xl/worksheets/sheet2.xml' },
      { name: 'DS', visible: true, part: 'xl/worksheets/sheet1.xml' },
    ]);
  });

  it('reads the first visible sheet with rows, and says in one sentence when there is none', () => {
    const file = xlsx(
      [
        { name: 'Ẩn', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', hidden: true },
        { name: 'Trống', xml: '' },
        { name: 'DS', xml: '<row r="2"><c r="B2" t="s"><v>1</v></c></row>' },
      ],
      ['ẩn', 'Hoàng Thị Mai'],
    );
    expect(readSheet(file)).toEqual({ sheetName: 'DS', rows: [{ row: 2, values: ['', 'Hoàng Thị Mai'] }] });
    expect(() => readSheet(xlsx([{ name: 'Trống', xml: '' }]))).toThrow('Tệp Excel không có dữ liệu.');
    expect(() => readSheet(Buffer.from(zipSync({ 'a.txt': strToU8('x') })))).toThrow('không phải là bảng tính Excel');
  });

  it('reads dates in a workbook that counts from 1904', () => {
    const file = xlsx([{ name: 'DS', xml: '<row r="1"><c r="A1" s="1"><v>25993</v></c></row>' }], [], '<workbookPr date1904="1"/>');
    const withStyles = Buffer.from(
      zipSync({
        ...unzipSync(new Uint8Array(file)),
        'xl/styles.xml': strToU8('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'),
      }),
    );
    expect(readSheet(withStyles).rows).toEqual([{ row: 1, values: ['02/03/1975'] }]);
  });
});
