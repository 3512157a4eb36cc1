import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awardCampaign, councilMeeting, decideReady, proposeAll, unitId } from '../../support/award-fixture.ts';
import { collective, person } from '../../support/nominees.ts';
import { convertWithLibreOffice, pdfText } from '../../support/pdf.ts';
import { fails, ok } from '../../support/session.ts';

const words = (document: { sections: { blocks: unknown[] }[] }) => JSON.stringify(document.sections);

describe('Báo cáo kết quả', () => {
  it('is worked out from the records, takes the office’s lessons, is issued once and reads back through LibreOffice', async () => {
    const session = await awardCampaign();
    const sonDong = unitId(session, 'Sơn Động');
    await ok(session, 'submissions.setReceived', { campaignId: 1, unitId: sonDong, receivedOn: '2024-03-18' });
    const meeting = await councilMeeting(session);
    const [hoptacxa] = await proposeAll(session, meeting, [
      { fields: collective(sonDong, 'Hợp tác xã Nông nghiệp An Lạc'), awardCode: 'giay-khen' },
      { fields: person(sonDong, 'Lý Thị Sen'), awardCode: 'giay-khen' },
    ]);
    await ok(session, 'activities.save', {
      campaignId: 1,
      fields: { kind: 'visit', happenedOn: '2024-05-10', carriedBy: 'Đoàn công tác của Ban', note: '', nomineeIds: [hoptacxa ?? 0] },
    });
    await decideReady(session, 3, '2024-12-10');

    const draft = await ok(session, 'reports.resultDocument', { campaignId: 1 });
    expect(draft.document.typeName).toBe('BÁO CÁO');
    expect(draft.document.header).toMatchObject({ symbol: 'BC-BDT', number: null });
    const text = words(draft.document);
    for (const expected of [
      'Thực hiện Kế hoạch số 15/KH-BDT ngày 05 tháng 02 năm 2024',
      'Có 1/6 đơn vị gửi danh sách, trong đó 1 đơn vị gửi đúng hạn',
      'Tổng số đề cử: 2 (1 cá nhân, 1 tập thể); cá nhân gồm 1 nữ; thuộc 1 dân tộc (Tày: 2)',
      'Tổ chức 1 hoạt động bồi dưỡng: thăm hỏi, gặp gỡ 1 (quý II: 1)',
      'Đánh giá 2 đề cử: 2 đạt, 0 không đạt; Hội đồng Thi đua - Khen thưởng họp ngày 25/11/2024',
      'Quyết định số 03/QĐ-BDT ngày 10/12/2024 khen thưởng 2 tập thể, cá nhân',
      '- Hợp tác xã Nông nghiệp An Lạc (Huyện Sơn Động): Giấy khen của người đứng đầu cơ quan;',
      '(Chưa nhập bài học kinh nghiệm.)',
    ]) {
      expect(text).toContain(expected);
    }
    await ok(session, 'reports.saveWords', {
      campaignId: 1,
      words: { lessons: 'Chọn đúng người, đúng việc.\n\nPhối hợp sớm với Phòng Dân tộc các huyện.', proposals: 'Tăng mức thưởng.' },
    });
    const edited = await ok(session, 'reports.resultDocument', { campaignId: 1 });
    expect(words(edited.document)).toContain('Phối hợp sớm với Phòng Dân tộc các huyện.');
    expect(edited.words.lessons).toBe('Chọn đúng người, đúng việc.\n\nPhối hợp sớm với Phòng Dân tộc các huyện.');

    expect((await fails(session, 'reports.issueResult', { campaignId: 1, number: 20, date: '2024-12-13' })).path).toBe('date');
    const issued = await ok(session, 'reports.issueResult', { campaignId: 1, number: 20, date: '2024-12-12' });
    expect(issued).toMatchObject({ number: 20, symbol: 'BC-BDT', issuedOn: '2024-12-12' });
    // Frozen: words changed afterwards do not change the issued report.
    await ok(session, 'reports.saveWords', { campaignId: 1, words: { lessons: 'Viết lại sau khi ban hành.', proposals: '' } });
    const frozen = await ok(session, 'reports.resultDocument', { campaignId: 1, issuedId: issued.id });
    expect(words(frozen.document)).not.toContain('Viết lại sau khi ban hành.');
    expect(frozen.document.header).toMatchObject({ number: 20, date: '2024-12-12' });

    // What the screen shows is what is exported: the draft, once asked, even when a report is issued.
    const draftFile = (await ok(session, 'reports.exportResult', { campaignId: 1, draft: true })).saved ?? '';
    expect(path.basename(draftFile)).toBe('Bao-cao-ket-qua-2024-du-thao.docx');
    const saved = (await ok(session, 'reports.exportResult', { campaignId: 1 })).saved ?? '';
    expect(path.basename(saved)).toBe('Bao-cao-ket-qua-so-20-2024-12-12.docx');
    const pdf = pdfText(convertWithLibreOffice(saved, session.dir)).normalize('NFC').replace(/\s+/gu, ' ');
    for (const expected of [
      'BÁO CÁO',
      'Số: 20/BC-BDT',
      'I. KẾT QUẢ THỰC HIỆN',
      'II. BÀI HỌC KINH NGHIỆM',
      'Chọn đúng người, đúng việc.',
      'Huyện Sơn Động 2 2 100 %',
    ]) {
      expect(pdf).toContain(expected);
    }
  });
});
