import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addNominees, collective, person } from '../../support/nominees.ts';
import { fails, newSession, ok } from '../../support/session.ts';
import { unitId } from '../../support/award-fixture.ts';
import { convertWithLibreOffice, pdfText } from '../../support/pdf.ts';
import { documentText } from '../../../shared/document/header-text.ts';

const flat = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ');

async function dossierCampaign() {
  const session = newSession({ now: () => new Date('2024-10-01T09:00:00+07:00'), saves: true });
  const sonDong = unitId(session, 'Sơn Động');
  const lucNgan = unitId(session, 'Lục Ngạn');
  const [sen, htx, ho] = addNominees(session, [
    person(sonDong, 'Lý Thị Sen', {
      gender: 'female',
      birthYear: 1982,
      position: 'Trưởng thôn Đồng Bụt',
      village: 'Thôn Đồng Bụt',
      commune: 'Xã An Lạc',
      achievementSummary: 'Vận động 30 hộ thoát nghèo.\nHiến 200 m² đất làm nhà văn hóa.',
      priorAwards: '2022: Giấy khen của Chủ tịch UBND huyện Sơn Động',
    }),
    collective(sonDong, 'Hợp tác xã Nông nghiệp An Lạc: "na sạch"', {
      collectiveForm: 'Hợp tác xã',
      representative: 'Hoàng Văn Nam & con',
      achievementSummary: 'Liên kết <40 hộ> trồng na, doanh thu 2 tỷ đồng:',
    }),
    collective(lucNgan, 'Hộ ông Hoàng Văn Tư', { collectiveForm: 'Hộ gia đình', representative: 'Hoàng Văn Tư', commune: 'Xã Hộ Đáp' }),
  ]);
  await ok(session, 'activities.save', {
    campaignId: 1,
    fields: { kind: 'training', happenedOn: '2024-06-12', carriedBy: '', note: 'Tập huấn kỹ năng tuyên truyền', nomineeIds: [sen ?? 0] },
  });
  await ok(session, 'nominees.attach', {
    id: sen ?? 0,
    fileName: 'Ảnh: mô hình?.jpg',
    contentBase64: Buffer.from('jpeg').toString('base64'),
  });
  return { session, ids: { sen: sen ?? 0, htx: htx ?? 0, ho: ho ?? 0 } };
}

describe('Hồ sơ điển hình', () => {
  it('writes the trích ngang and one folder per unit with each Báo cáo thành tích and its files, under names Windows accepts', async () => {
    const { session, ids } = await dossierCampaign();
    const result = await ok(session, 'dossiers.export', { campaignId: 1 });
    expect(result).toMatchObject({ units: 2, reports: 3, attachments: 1 });
    const folder = result.folder ?? '';
    expect(path.basename(folder)).toBe('Hồ sơ điển hình năm 2024');
    expect(fs.readdirSync(folder).sort()).toEqual(['Danh mục hồ sơ.xlsx', 'Danh sách trích ngang.docx', 'Lục Ngạn', 'Sơn Động']);
    expect(fs.readdirSync(path.join(folder, 'Sơn Động')).sort()).toEqual([
      '01 - Hợp tác xã Nông nghiệp An Lạc na sạch - Báo cáo thành tích.docx',
      '02 - Lý Thị Sen - Báo cáo thành tích.docx',
      '02 - Lý Thị Sen - Ảnh mô hình.jpg',
    ]);

    const sen = flat(
      pdfText(convertWithLibreOffice(path.join(folder, 'Sơn Động', '02 - Lý Thị Sen - Báo cáo thành tích.docx'), session.dir)),
    );
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Bắc Giang, ngày tháng năm 2024',
      'BÁO CÁO THÀNH TÍCH',
      'I. SƠ LƯỢC LÝ LỊCH',
      '- Họ và tên: Lý Thị Sen',
      '- Năm sinh: 1982',
      '- Giới tính: Nữ',
      '- Nơi thường trú: Thôn Đồng Bụt, Xã An Lạc',
      '- Chức vụ: Trưởng thôn Đồng Bụt',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      'Vận động 30 hộ thoát nghèo.',
      'Hiến 200 m² đất làm nhà văn hóa.',
      '3. Tham gia bồi dưỡng, nhân rộng điển hình',
      '12/06/2024',
      'Tập huấn kỹ năng tuyên truyền',
      'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
      '2022: Giấy khen của Chủ tịch UBND huyện Sơn Động',
      'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG',
      'NGƯỜI BÁO CÁO THÀNH TÍCH',
    ]) {
      expect(sen).toContain(expected);
    }
    expect(sen).not.toContain('BAN DÂN TỘC');
    // The awards table and the signature table stay two tables (side by side they would merge and lose the borders).
    const xml = new TextDecoder().decode(
      unzipSync(fs.readFileSync(path.join(folder, 'Sơn Động', '02 - Lý Thị Sen - Báo cáo thành tích.docx')))['word/document.xml'],
    );
    expect(xml).not.toContain('</w:tbl><w:tbl>');
    // Written from its shape with the texts put back, the file says exactly what the library writes for it.
    const { renderDocx } = await import('../../../electron/documents/docx/render-docx.ts');
    for (const [id, file] of [
      [ids.sen, path.join('Sơn Động', '02 - Lý Thị Sen - Báo cáo thành tích.docx')],
      [ids.htx, path.join('Sơn Động', '01 - Hợp tác xã Nông nghiệp An Lạc na sạch - Báo cáo thành tích.docx')],
    ] as const) {
      const { document } = await ok(session, 'dossiers.report', { nomineeId: id });
      const direct = unzipSync(new Uint8Array(await renderDocx(document)))['word/document.xml'];
      const written = unzipSync(fs.readFileSync(path.join(folder, file)))['word/document.xml'];
      expect(new TextDecoder().decode(written)).toBe(new TextDecoder().decode(direct));
    }
    const household = flat(
      pdfText(convertWithLibreOffice(path.join(folder, 'Lục Ngạn', '01 - Hộ ông Hoàng Văn Tư - Báo cáo thành tích.docx'), session.dir)),
    );
    expect(household).toContain('I. SƠ LƯỢC VỀ HỘ GIA ĐÌNH');
    expect(household).toContain('- Chủ hộ: Hoàng Văn Tư');
    expect(household).toContain('XÁC NHẬN CỦA UBND XÃ');
    expect(household).toContain('CHỦ HỘ');
    const summary = flat(pdfText(convertWithLibreOffice(path.join(folder, 'Danh sách trích ngang.docx'), session.dir)));
    for (const name of [
      'DANH SÁCH TRÍCH NGANG',
      'Lý Thị Sen',
      'Hộ ông Hoàng Văn Tư',
      'Trưởng thôn Đồng Bụt',
      '(Danh sách có 3 tập thể, cá nhân)./.',
    ]) {
      expect(summary).toContain(name);
    }

    // A second export never touches the first: it goes beside it.
    const again = await ok(session, 'dossiers.export', { campaignId: 1 });
    expect(path.basename(again.folder ?? '')).toBe('Hồ sơ điển hình năm 2024 (2)');
    expect(fs.readdirSync(folder)).toHaveLength(4);

    // The checklist, read back by a second reader: what each dossier holds and lacks.
    const sheet = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys; from openpyxl import load_workbook; ws = load_workbook(sys.argv[1]).active; [print("|".join(str(c.value or "") for c in row)) for row in ws.iter_rows(min_row=5)]',
        path.join(folder, 'Danh mục hồ sơ.xlsx'),
      ],
      { encoding: 'utf8' },
    );
    expect(sheet).toContain('Lý Thị Sen|Sơn Động|Có|Thiếu|Có|Thiếu|Công văn đề cử của đơn vị; Xác nhận của cấp trình');
    expect(sheet).toContain('Hộ ông Hoàng Văn Tư|Lục Ngạn|Có|Thiếu|Thiếu|Thiếu|');
    const checks = await ok(session, 'dossiers.checklist', { campaignId: 1, nomineeId: ids.sen });
    expect(checks).toEqual([
      { nomineeId: ids.sen, name: 'Lý Thị Sen', unitName: 'Sơn Động', has: ['report', 'photos'], lacks: ['coverLetter', 'confirmation'] },
    ]);
    await ok(session, 'nominees.attach', {
      id: ids.sen,
      fileName: 'xac-nhan-UBND-xa.pdf',
      contentBase64: Buffer.from('%PDF').toString('base64'),
    });
    expect((await ok(session, 'dossiers.checklist', { campaignId: 1, nomineeId: ids.sen }))[0]?.lacks).toEqual(['coverLetter']);
  });

  it('keeps the achievement text as edited — lists, bold and italic words, a table of figures — in the Word report', async () => {
    const { session, ids } = await dossierCampaign();
    const content = {
      blocks: [
        {
          type: 'paragraph' as const,
          runs: [{ text: 'Trong hai năm, bà ' }, { text: 'Lý Thị Sen', bold: true }, { text: ' đã vận động:' }],
        },
        { type: 'bullets' as const, items: [[{ text: '30 hộ thoát nghèo' }], [{ text: 'hiến 200 m² đất', italic: true }]] },
        { type: 'numbered' as const, items: [[{ text: 'Mô hình trồng quế' }], [{ text: 'Câu lạc bộ hát then' }]] },
        {
          type: 'table' as const,
          rows: [
            ['Năm', 'Số hộ thoát nghèo'],
            ['2023', '12'],
            ['2024', '18'],
          ],
        },
      ],
    };
    expect((await ok(session, 'dossiers.achievement', { nomineeId: ids.sen })).saved).toBe(false);
    await ok(session, 'dossiers.saveAchievement', { nomineeId: ids.sen, content });
    expect(await ok(session, 'dossiers.achievement', { nomineeId: ids.sen })).toEqual({ content, saved: true });
    const summary = session.db.prepare('SELECT achievement_summary FROM nominees WHERE id = ?').pluck().get(ids.sen) as string;
    expect(summary).toBe(
      'Trong hai năm, bà Lý Thị Sen đã vận động: - 30 hộ thoát nghèo - hiến 200 m² đất 1. Mô hình trồng quế 2. Câu lạc bộ hát then Năm | Số hộ thoát nghèo 2023 | 12 2024 | 18',
    );
    expect(session.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'nominee_achievement'").pluck().get()).toBe(1);

    const saved = await ok(session, 'dossiers.exportReport', { nomineeId: ids.sen });
    const text = flat(pdfText(convertWithLibreOffice(saved.saved ?? '', session.dir)));
    for (const expected of [
      'Trong hai năm, bà Lý Thị Sen đã vận động:',
      '- 30 hộ thoát nghèo',
      '- hiến 200 m² đất',
      '1. Mô hình trồng quế',
      '2. Câu lạc bộ hát then',
      'Năm Số hộ thoát nghèo',
      '2024 18',
    ]) {
      expect(text).toContain(expected);
    }
    const xml = new TextDecoder().decode(unzipSync(fs.readFileSync(saved.saved ?? ''))['word/document.xml']);
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*Lý Thị Sen<\/w:t>/u);
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*hiến 200 m² đất<\/w:t>/u);
    // The office switches the form as the provincial guidance asks: công trạng (05) or thi đua theo chuyên đề (08).
    expect((await ok(session, 'dossiers.report', { nomineeId: ids.sen })).document.kind).toBe('achievement-report-05');
    expect((await ok(session, 'dossiers.report', { nomineeId: ids.htx })).document.kind).toBe('achievement-report-04');
    const { papers } = await ok(session, 'awards.state', { campaignId: 1 });
    await ok(session, 'awards.savePapers', { campaignId: 1, papers: { ...papers, reportForm: 'chuyen-de' } });
    const thematic = (await ok(session, 'dossiers.report', { nomineeId: ids.sen })).document;
    expect(thematic.kind).toBe('achievement-report-08');
    expect(documentText(thematic)).toContain('II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG PHONG TRÀO THI ĐUA');
    expect(thematic.summaryLines[1]).toMatch(/^\(Thành tích trong phong trào thi đua xây dựng và nhân rộng điển hình tiên tiến/u);
    // A text that is not the structure is refused at the boundary, nothing saved.
    const bad = await session.dispatch('dossiers.saveAchievement', {
      nomineeId: ids.sen,
      content: { blocks: [{ type: 'html', html: '<b>x</b>' }] },
    });
    expect(bad.ok).toBe(false);
    expect(await ok(session, 'dossiers.achievement', { nomineeId: ids.sen })).toEqual({ content, saved: true });
  });

  it('runs as a job the screen follows: its count moves, a stop removes what it wrote, a finished one names its folder', async () => {
    const { session } = await dossierCampaign();
    addNominees(
      session,
      Array.from({ length: 120 }, (_, i) => person(unitId(session, 'Lục Nam'), `Người thứ ${i + 1}`)),
    );
    const untilEnded = async (id: string) => {
      for (;;) {
        const status = await ok(session, 'jobs.status', { id });
        if (status.state !== 'running') return status;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const stopped = await ok(session, 'dossiers.startExport', { campaignId: 1 });
    if (!stopped) throw new Error('no job');
    await ok(session, 'jobs.cancel', { id: stopped.id });
    expect(await untilEnded(stopped.id)).toMatchObject({ state: 'cancelled', message: 'Đã dừng; phần đã ghi dở được xóa.' });
    expect(fs.existsSync(path.join(session.dir, 'xuat', 'Hồ sơ điển hình năm 2024'))).toBe(false);

    const job = await ok(session, 'dossiers.startExport', { campaignId: 1 });
    if (!job) throw new Error('no job');
    const seen = new Set<number>();
    for (let status = job; status.state === 'running'; status = await ok(session, 'jobs.status', { id: job.id })) {
      seen.add(status.done);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const ended = await untilEnded(job.id);
    expect(ended).toMatchObject({
      state: 'done',
      done: 123,
      total: 123,
      saved: path.join(session.dir, 'xuat', 'Hồ sơ điển hình năm 2024'),
    });
    expect(ended.message).toContain('Đã ghi hồ sơ của 123 tập thể, cá nhân (3 đơn vị)');
    expect(seen.size).toBeGreaterThan(1);
    expect(fs.readdirSync(path.join(ended.saved ?? '', 'Lục Nam'))).toHaveLength(120);
    expect((await fails(session, 'jobs.status', { id: 'khong-phai-ma' })).path).toBe('id');
  });
});
