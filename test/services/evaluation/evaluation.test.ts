import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { addNominees, collective, person } from '../../support/nominees.ts';
import { fails, newSession, ok } from '../../support/session.ts';

function setUp() {
  const session = newSession({ now: () => new Date('2024-11-20T09:00:00+07:00'), saves: true });
  const sonDong = session.db.prepare("SELECT id FROM units WHERE name = 'Sơn Động'").pluck().get() as number;
  const [sen, htx, ho] = addNominees(session, [
    person(sonDong, 'Lý Thị Sen'),
    collective(sonDong, 'Hợp tác xã Nông nghiệp An Lạc'),
    collective(sonDong, 'Hộ ông Hoàng Văn Tư', { collectiveForm: 'Hộ gia đình' }),
  ]);
  return { session, sen: sen ?? 0, htx: htx ?? 0, ho: ho ?? 0 };
}

const pass = (awardCode: string | null = null) => ({
  criteria: [],
  result: 'pass' as const,
  note: '',
  evaluatedOn: '2024-11-20',
  awardCode,
});

describe('Đánh giá', () => {
  it('checks a nominee against the plan’s criteria for its kind, and keeps the evidence', async () => {
    const { session, sen, htx } = setUp();
    const evaluation = await ok(session, 'evaluations.get', { nomineeId: sen });
    expect(evaluation.criteria.length).toBe(4);
    expect(evaluation.criteria[1]?.criterion).toBe(
      'Tham gia hiến đất, tặng cây, tài sản trên đất… xây dựng các công trình phúc lợi, công cộng',
    );
    expect(evaluation.criteria.some((c) => c.criterion.includes('Lưu ý'))).toBe(false);
    expect((await ok(session, 'evaluations.get', { nomineeId: htx })).criteria[0]?.criterion).toMatch(/^Là các tập thể, doanh nghiệp/u);
    const checked = evaluation.criteria.map((c, index) => ({
      ...c,
      met: index < 2,
      evidence: index === 1 ? 'Hiến 300 m² đất làm nhà văn hóa' : '',
    }));
    const saved = await ok(session, 'evaluations.save', { nomineeId: sen, fields: { ...pass(), criteria: checked } });
    expect(saved).toMatchObject({ result: 'pass', status: 'passed', criteria: checked });
  });

  it('works out the prize for the decision date, per kind, and proposes only after a pass', async () => {
    const { session, sen, htx, ho } = setUp();
    await ok(session, 'evaluations.setDecisionDate', { campaignId: 1, date: '2024-12-10' });
    expect(
      await fails(session, 'evaluations.save', { nomineeId: sen, fields: { ...pass('giay-khen'), result: 'fail', note: 'Thiếu' } }),
    ).toMatchObject({
      message: 'Chỉ đề nghị khen thưởng khi kết quả đánh giá là "Đạt".',
    });
    expect(await fails(session, 'evaluations.save', { nomineeId: sen, fields: { ...pass(), result: 'fail' } })).toMatchObject({
      path: 'note',
    });
    const individual = await ok(session, 'evaluations.save', { nomineeId: sen, fields: pass('Giấy khen') });
    expect(individual).toMatchObject({
      status: 'proposed',
      awardCode: 'giay-khen',
      prize: { amount: 710_000, salary: 2_340_000, unverified: true },
    });
    expect((await ok(session, 'evaluations.save', { nomineeId: htx, fields: pass('giay khen') })).prize?.amount).toBe(1_410_000);
    expect((await ok(session, 'evaluations.save', { nomineeId: ho, fields: pass('giay-khen') })).prize?.amount).toBe(1_060_000);
    await ok(session, 'evaluations.setDecisionDate', { campaignId: 1, date: '2026-07-15' });
    const proposals = await ok(session, 'evaluations.proposals', { campaignId: 1 });
    expect(proposals.rows.map((row) => row.prize?.amount)).toEqual([1_140_000, 1_520_000, 760_000]);
    expect(proposals.total).toBe(3_420_000);
    expect(proposals.rows.every((row) => row.missing.includes('Hội đồng chưa biểu quyết'))).toBe(true);
    expect(await fails(session, 'evaluations.save', { nomineeId: sen, fields: pass('bang khen') })).toMatchObject({ path: 'awardCode' });
    // Taking the form away steps the nominee back to "Đánh giá đạt", audited with the reason.
    expect(await ok(session, 'evaluations.save', { nomineeId: sen, fields: pass() })).toMatchObject({ status: 'passed', prize: null });
    const audit = session.db
      .prepare("SELECT after_json FROM audit_log WHERE entity = 'nominee' AND entity_id = ? AND action = 'update' ORDER BY id")
      .pluck()
      .all(String(sen));
    expect(audit.map((row) => JSON.parse(String(row)) as unknown)).toEqual([
      { status: 'passed' },
      { status: 'proposed' },
      { status: 'passed', reason: 'Bỏ đề nghị khen thưởng khi đánh giá lại.' },
    ]);
  });

  it('records the council: members, a meeting with one absent member giving a written opinion, votes with a conflict', async () => {
    const { session, sen, htx, ho } = setUp();
    const names = ['Vi Thanh Quyền', 'Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C', 'Phạm Thị D', 'Hoàng Văn E', 'Chu Thị Thu Trang'];
    const members = await ok(session, 'council.saveMembers', {
      campaignId: 1,
      members: names.map((name, index) => ({
        name,
        title: '',
        role: index === 0 ? ('chair' as const) : index === 6 ? ('secretary' as const) : ('member' as const),
        appointedOn: '2024-10-01',
      })),
    });
    const meeting = await ok(session, 'council.saveMeeting', {
      campaignId: 1,
      fields: {
        heldOn: '2024-11-25',
        place: 'Phòng họp Ban Dân tộc',
        chairedBy: 'Vi Thanh Quyền',
        attendance: members.map((member, index) => ({
          memberId: member.id,
          presence: index === 3 ? ('written' as const) : ('present' as const),
        })),
        membersTotal: 0 + 1,
        present: 0,
        writtenOpinions: 0,
      },
    });
    expect(meeting).toMatchObject({
      membersTotal: 7,
      present: 6,
      writtenOpinions: 1,
      quorumText: '7/7 thành viên tham gia (100 % ≥ 66,7 %)',
    });
    const voted = await ok(session, 'council.vote', {
      meetingId: meeting.id,
      nomineeId: sen,
      votesFor: 5,
      votesAgainst: 2,
      abstentions: 0,
      conflicts: 0,
      conflictNote: '',
    });
    expect(voted.votes[0]).toMatchObject({ proposed: true, text: '5/7 thành viên đồng ý, 71,4 % > 50 %' });
    const conflict = await ok(session, 'council.vote', {
      meetingId: meeting.id,
      nomineeId: htx,
      votesFor: 3,
      votesAgainst: 3,
      abstentions: 0,
      conflicts: 1,
      conflictNote: 'Ông Lê Văn C là thành viên hợp tác xã',
    });
    expect(conflict.votes.find((vote) => vote.nomineeId === htx)).toMatchObject({
      proposed: false,
      text: '3/6 thành viên được biểu quyết đồng ý, 50 % ≤ 50 %',
    });
    expect(
      await fails(session, 'council.vote', {
        meetingId: meeting.id,
        nomineeId: ho,
        votesFor: 6,
        votesAgainst: 2,
        abstentions: 0,
        conflicts: 0,
        conflictNote: '',
      }),
    ).toMatchObject({
      message: '6 đồng ý + 2 không đồng ý + 0 không biểu quyết = 8 phiếu, nhiều hơn 7 thành viên tham gia.',
    });
    expect(
      await fails(session, 'council.saveMeeting', {
        campaignId: 1,
        fields: { heldOn: '2024-11-26', place: '', chairedBy: '', membersTotal: 7, present: 4, writtenOpinions: 0 },
      }),
    ).toMatchObject({ message: expect.stringContaining('Chưa đủ số thành viên để họp: 4/7') });
    expect(session.db.prepare('SELECT count(*) FROM council_meetings').pluck().get()).toBe(1);

    await ok(session, 'evaluations.save', { nomineeId: sen, fields: pass('giay-khen') });
    const proposals = await ok(session, 'evaluations.proposals', { campaignId: 1 });
    expect(proposals.rows.find((row) => row.nomineeId === sen)?.missing).toEqual([]);
    expect(proposals.rows.find((row) => row.nomineeId === htx)?.missing).toEqual(['chưa đánh giá', 'Hội đồng không đủ đa số đồng ý']);
    expect(proposals.ready).toBe(1);
  });

  it('moves statuses by hand only as the rules allow, all or none', async () => {
    const { session, sen, htx } = setUp();
    await ok(session, 'nominees.setStatus', { ids: [sen, htx], status: 'valid', reason: '' });
    expect(await fails(session, 'nominees.setStatus', { ids: [sen], status: 'passed', reason: '' })).toMatchObject({
      message: 'Lý Thị Sen: Không chuyển trực tiếp sang "Đánh giá đạt": hãy ghi kết quả đánh giá "Đạt" ở màn hình Đánh giá.',
    });
    expect(await fails(session, 'nominees.setStatus', { ids: [sen, htx], status: 'nominated', reason: '' })).toMatchObject({
      message: expect.stringContaining('cần ghi lý do'),
    });
    expect(await fails(session, 'nominees.setStatus', { ids: [sen], status: 'withdrawn', reason: '' })).toMatchObject({
      message: 'Lý Thị Sen: Rút đề cử cần ghi lý do.',
    });
    await ok(session, 'nominees.setStatus', { ids: [sen], status: 'withdrawn', reason: 'Chuyển công tác' });
    expect(session.db.prepare('SELECT status FROM nominees ORDER BY id').pluck().all()).toEqual(['withdrawn', 'valid', 'nominated']);
    expect(await fails(session, 'evaluations.save', { nomineeId: sen, fields: pass() })).toMatchObject({
      message: expect.stringContaining('Không thể tự động'),
    });
  });

  it('exports the congress delegates with their reasons', async () => {
    const { session, sen } = setUp();
    expect(await fails(session, 'delegates.set', { nomineeId: sen, delegate: true, reason: '' })).toMatchObject({ path: 'reason' });
    await ok(session, 'delegates.set', { nomineeId: sen, delegate: true, reason: 'Tiêu biểu trong phát triển kinh tế' });
    const saved = await ok(session, 'delegates.export', { campaignId: 1 });
    expect(saved).toMatchObject({ rows: 1 });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved.saved ?? '');
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(6).values).toEqual([
      undefined,
      1,
      'Lý Thị Sen',
      'Tày',
      'Sơn Động',
      'Cá nhân',
      'Tiêu biểu trong phát triển kinh tế',
    ]);
    // A second reader, as the office's other tools read it.
    const read = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys; from openpyxl import load_workbook; s = load_workbook(sys.argv[1]).active; print(s.title, [c.value for c in s[6]], s.print_title_rows, s.page_setup.orientation)',
        saved.saved ?? '',
      ],
      { encoding: 'utf8' },
    );
    expect(read.trim()).toBe(
      "Đại biểu [1, 'Lý Thị Sen', 'Tày', 'Sơn Động', 'Cá nhân', 'Tiêu biểu trong phát triển kinh tế'] $5:$5 landscape",
    );
  });
});

describe('the council of a later campaign', () => {
  it('starts as the earlier campaign’s members, without its meetings', async () => {
    const { session } = setUp();
    await ok(session, 'council.saveMembers', {
      campaignId: 1,
      members: [
        { name: 'Vi Thanh Quyền', title: 'Trưởng Ban', role: 'chair', appointedOn: '2024-10-01' },
        { name: 'Chu Thị Thu Trang', title: 'Chuyên viên', role: 'secretary', appointedOn: null },
      ],
    });
    await ok(session, 'council.saveMeeting', {
      campaignId: 1,
      fields: { heldOn: '2024-11-25', place: '', chairedBy: '', membersTotal: 2, present: 2, writtenOpinions: 0 },
    });
    const copy = await ok(session, 'campaigns.copy', { fromCampaignId: 1, year: 2026 });
    expect((await ok(session, 'council.members', { campaignId: copy.id })).map((m) => [m.name, m.role])).toEqual([
      ['Vi Thanh Quyền', 'chair'],
      ['Chu Thị Thu Trang', 'secretary'],
    ]);
    expect(await ok(session, 'council.meetings', { campaignId: copy.id })).toEqual([]);
    expect(await ok(session, 'council.members', { campaignId: 1 })).toHaveLength(2);
  });
});
