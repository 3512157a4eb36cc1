import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/documents/docx/render-docx.ts';
import { paragraph, type AdminDocument } from '../../shared/document/model.ts';

/** A decision with an attached list in a landscape section: the shape later papers will use. */
const withAttachedList: AdminDocument = {
  kind: 'quyet-dinh',
  header: {
    parentBody: 'UBND tỉnh Bắc Giang',
    agency: 'Ban Dân tộc',
    number: 7,
    symbol: 'QĐ-BDT',
    place: 'Bắc Giang',
    date: '2024-11-15',
    year: 2024,
  },
  typeName: 'QUYẾT ĐỊNH',
  summaryLines: ['Về việc tặng Giấy khen'],
  sections: [
    {
      orientation: 'portrait',
      blocks: [paragraph('centered', 'QUYẾT ĐỊNH:'), paragraph('body', { text: 'Điều 1.', bold: true }, ' Tặng Giấy khen./.')],
    },
    {
      orientation: 'landscape',
      blocks: [
        {
          kind: 'table',
          columnWidths: [1, 6, 2, 3],
          headerRows: [
            [
              { runs: [{ text: 'TT' }] },
              { runs: [{ text: 'Họ và tên' }] },
              { runs: [{ text: 'Dân tộc' }] },
              { runs: [{ text: 'Tiền thưởng' }] },
            ],
          ],
          rows: [
            [{ runs: [{ text: 'I' }] }, { runs: [{ text: 'TẬP THỂ' }], colSpan: 3 }],
            [
              { runs: [{ text: '1' }] },
              { runs: [{ text: 'Hợp tác xã Nông nghiệp' }] },
              { runs: [{ text: 'Nùng' }] },
              { runs: [{ text: '1.410.000' }], align: 'right' },
            ],
          ],
        },
      ],
    },
  ],
  signature: { authority: 'KT.', headTitle: 'TRƯỞNG BAN', signerTitle: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Văn An' },
  recipients: ['Như Điều 3', 'Lưu: VT, HCTH'],
};

describe('the Word renderer beyond the plan', () => {
  it('writes a landscape section with its own page numbering, repeated header rows and merged cells', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(withAttachedList));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/u);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/u);
    expect(xml.match(/<w:titlePg\/>/gu)).toHaveLength(2);
    expect(xml.match(/<w:pgNumType w:start="1"\/>/gu)).toHaveLength(1);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
    expect(xml).toContain('>KT. TRƯỞNG BAN<');
    expect(xml).toContain('>PHÓ TRƯỞNG BAN<');
    expect(xml).toContain('>Số: 07/QĐ-BDT<');
    expect(xml).toContain('>Bắc Giang, ngày 15 tháng 11 năm 2024<');
    expect(xml).toContain('<w:jc w:val="right"/>');
  });
});
