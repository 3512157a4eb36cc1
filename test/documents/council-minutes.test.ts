import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { addNominees, collective, person } from '../support/nominees.ts';
import { newSession, ok } from '../support/session.ts';
import { convertWithLibreOffice, pdfText, words } from '../support/pdf.ts';
import { headInText } from '../../shared/document/builders/council-minutes.ts';

describe('Biên bản họp Hội đồng', () => {
  it('records the members, the votes with their arithmetic and the proposals, signed by secretary and chair, and reads back through LibreOffice', async () => {
    const session = newSession({ now: () => new Date('2024-11-25T09:00:00+07:00'), saves: true });
    const [sen, htx] = addNominees(session, [person(1, 'Lý Thị Sen'), collective(1, 'Hợp tác xã Chè An Lạc')]);
    for (const nomineeId of [sen ?? 0, htx ?? 0]) {
      await ok(session, 'evaluations.save', {
        nomineeId,
        fields: { criteria: [], result: 'pass', note: '', evaluatedOn: '2024-11-20', awardCode: 'giay-khen' },
      });
    }
    const members = await ok(session, 'council.saveMembers', {
      campaignId: 1,
      members: [
        { name: 'Vi Thanh Quyền', title: 'Trưởng Ban', role: 'chair', appointedOn: null },
        { name: 'Nguyễn Văn Bình', title: 'Phó Trưởng Ban', role: 'vice-chair', appointedOn: null },
        { name: 'Chu Thị Thu Trang', title: 'Chuyên viên', role: 'secretary', appointedOn: null },
      ],
    });
    const meeting = await ok(session, 'council.saveMeeting', {
      campaignId: 1,
      fields: {
        heldOn: '2024-11-25',
        place: 'Phòng họp Ban Dân tộc',
        chairedBy: 'Vi Thanh Quyền',
        attendance: members.map((member, index) => ({
          memberId: member.id,
          presence: index === 1 ? ('written' as const) : ('present' as const),
        })),
        membersTotal: 1,
        present: 0,
        writtenOpinions: 0,
      },
    });
    await ok(session, 'council.vote', {
      meetingId: meeting.id,
      nomineeId: sen ?? 0,
      votesFor: 3,
      votesAgainst: 0,
      abstentions: 0,
      conflicts: 0,
      conflictNote: '',
    });
    await ok(session, 'council.vote', {
      meetingId: meeting.id,
      nomineeId: htx ?? 0,
      votesFor: 1,
      votesAgainst: 1,
      abstentions: 0,
      conflicts: 1,
      conflictNote: 'bà Chu Thị Thu Trang là thành viên hợp tác xã',
    });
    const { document, problems } = await ok(session, 'council.minutes', { meetingId: meeting.id });
    expect(problems.filter((problem) => problem.level === 'error')).toEqual([]);
    expect(document).toMatchObject({
      typeName: 'BIÊN BẢN',
      signature: { headTitle: 'CHỦ TRÌ', name: 'Vi Thanh Quyền' },
      counterSignature: { title: 'THƯ KÝ', name: 'Chu Thị Thu Trang' },
    });

    const saved = await ok(session, 'council.exportMinutes', { meetingId: meeting.id });
    expect(path.basename(saved.saved ?? '')).toBe('Bien-ban-hop-Hoi-dong-2024-11-25.docx');
    const pdf = convertWithLibreOffice(saved.saved ?? '', session.dir);
    const text = words(pdfText(pdf)).join(' ');
    for (const expected of [
      'BIÊN BẢN',
      'Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng điển hình tiên tiến năm 2024',
      'ngày 25/11/2024, tại Phòng họp Ban Dân tộc',
      'Tổng số thành viên Hội đồng: 3; có mặt: 2; vắng có ý kiến bằng văn bản: 1; vắng: 0.',
      'Thành viên vắng, có ý kiến bằng văn bản: Nguyễn Văn Bình (Phó Trưởng Ban).',
      '3/3 thành viên tham gia (100 % ≥ 66,7 %)',
      'Đề nghị: 3/3 thành viên đồng ý, 100 % > 50 %',
      'Không đề nghị: 1/2 thành viên được biểu quyết đồng ý, 50 % ≤ 50 %',
      'Hợp tác xã Chè An Lạc: 1 thành viên có xung đột lợi ích không tham gia biểu quyết (bà Chu Thị Thu Trang là thành viên hợp tác xã).',
      'Hội đồng thống nhất đề nghị Trưởng Ban Dân tộc xem xét khen thưởng 1 tập thể, cá nhân sau:',
      '1. Lý Thị Sen (Sơn Động): Giấy khen của người đứng đầu cơ quan;',
      'THƯ KÝ',
      'CHỦ TRÌ',
    ]) {
      expect(text).toContain(words(expected).join(' '));
    }
    expect(text).not.toContain('Nơi nhận');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join('test-output', 'bien-ban')]);
  }, 120_000);

  it('names the head in the text as the agency is named', () => {
    expect(headInText('TRƯỞNG BAN', 'Ban Dân tộc')).toBe('Trưởng Ban Dân tộc');
    expect(headInText('GIÁM ĐỐC', 'Sở Dân tộc và Tôn giáo')).toBe('Giám đốc Sở Dân tộc và Tôn giáo');
  });
});
