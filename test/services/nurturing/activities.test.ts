import { describe, expect, it } from 'vitest';
import { addNominees, person } from '../../support/nominees.ts';
import { overdueNominees } from '../../../electron/services/nurturing/overdue.ts';
import { fails, newSession, ok } from '../../support/session.ts';

const unitId = (session: ReturnType<typeof newSession>, name: string) =>
  session.db.prepare('SELECT id FROM units WHERE name = ?').pluck().get(name) as number;

describe('Bồi dưỡng', () => {
  it('records one training for two nominees as one activity, starts their nurturing, and fills the coverage by quarter', async () => {
    const session = newSession({ now: () => new Date('2024-08-15T09:00:00+07:00') });
    const sonDong = unitId(session, 'Sơn Động');
    const [sen, long] = addNominees(session, [
      person(sonDong, 'Lý Thị Sen'),
      person(sonDong, 'Trần Văn Long'),
      person(sonDong, 'Hoàng Thị Mai'),
    ]);
    const before = await ok(session, 'nurturing.coverage', { campaignId: 1 });
    expect(before.quarters.map((q) => [q.label, q.startsOn, q.endsOn, q.ended])).toEqual([
      ['Quý II/2024', '2024-04-01', '2024-06-30', true],
      ['Quý III/2024', '2024-07-01', '2024-09-30', false],
    ]);
    expect(before.withoutActivity).toBe(3);

    const training = await ok(session, 'activities.save', {
      campaignId: 1,
      fields: {
        kind: 'training',
        happenedOn: '2024-05-20',
        carriedBy: 'Phòng Hành chính - Tổng hợp',
        note: 'Tập huấn kỹ thuật trồng quế',
        nomineeIds: [sen ?? 0, long ?? 0],
      },
    });
    expect(training).toMatchObject({ kindName: 'Tập huấn, hội nghị', nominees: [{ name: 'Trần Văn Long' }, { name: 'Lý Thị Sen' }] });
    expect(session.db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(1);
    expect(session.db.prepare('SELECT count(*) FROM activity_nominees').pluck().get()).toBe(2);
    expect([...training.nomineeIds].sort((a, b) => a - b)).toEqual([sen, long]);
    const statuses = () => session.db.prepare('SELECT name, status FROM nominees ORDER BY id').all();
    expect(statuses()).toEqual([
      { name: 'Lý Thị Sen', status: 'nurturing' },
      { name: 'Trần Văn Long', status: 'nurturing' },
      { name: 'Hoàng Thị Mai', status: 'nominated' },
    ]);
    await ok(session, 'activities.save', {
      campaignId: 1,
      fields: { kind: 'visit', happenedOn: '2024-08-01', carriedBy: '', note: '', nomineeIds: [sen ?? 0] },
    });
    const after = await ok(session, 'nurturing.coverage', { campaignId: 1 });
    expect(after.rows.map((row) => [row.name, row.counts])).toEqual([
      ['Trần Văn Long', [1, 0]],
      ['Hoàng Thị Mai', [0, 0]],
      ['Lý Thị Sen', [1, 1]],
    ]);
    expect(after).toMatchObject({ withoutActivity: 1, overdue: 1 });
    // The Tổng quan's count, worked out from the activities' side, agrees with the table on any day.
    for (const asOf of ['2024-05-01', '2024-07-15', '2024-10-15', '2025-01-15']) {
      const table = await ok(session, 'nurturing.coverage', { campaignId: 1, asOf });
      expect([asOf, overdueNominees(session.ctx, 1, asOf)]).toEqual([asOf, table.overdue]);
    }
    const missing = await ok(session, 'nurturing.coverage', { campaignId: 1, onlyMissing: true });
    expect(missing.rows.map((row) => row.name)).toEqual(['Hoàng Thị Mai']);
    const visits = await ok(session, 'nurturing.coverage', { campaignId: 1, activityKind: 'visit' });
    expect(visits.rows.find((row) => row.name === 'Lý Thị Sen')?.counts).toEqual([0, 1]);
    expect((await ok(session, 'activities.list', { campaignId: 1, nomineeId: sen ?? 0 })).map((a) => a.happenedOn)).toEqual([
      '2024-08-01',
      '2024-05-20',
    ]);
  });

  it('edits, deletes and restores an activity, every change audited; refuses what cannot be', async () => {
    const session = newSession({ now: () => new Date('2024-08-15T09:00:00+07:00') });
    const sonDong = unitId(session, 'Sơn Động');
    const [sen, long] = addNominees(session, [person(sonDong, 'Lý Thị Sen'), person(sonDong, 'Trần Văn Long')]);
    const fields = {
      kind: 'support',
      happenedOn: '2024-06-02',
      carriedBy: 'Đoàn công tác',
      note: 'Hỗ trợ giống',
      nomineeIds: [sen ?? 0, long ?? 0],
    };
    const saved = await ok(session, 'activities.save', { campaignId: 1, fields });
    const edited = await ok(session, 'activities.save', { campaignId: 1, id: saved.id, fields: { ...fields, nomineeIds: [long ?? 0] } });
    expect(edited.nominees.map((n) => n.name)).toEqual(['Trần Văn Long']);
    await ok(session, 'activities.delete', { id: saved.id });
    expect(await ok(session, 'activities.list', { campaignId: 1 })).toEqual([]);
    expect((await ok(session, 'nurturing.coverage', { campaignId: 1 })).withoutActivity).toBe(2);
    expect(await ok(session, 'activities.restore', { id: saved.id })).toMatchObject({ id: saved.id, note: 'Hỗ trợ giống' });
    // A photo kept with the activity by its content, once however often it is attached.
    const photo = Buffer.from('ảnh buổi hỗ trợ giống').toString('base64');
    await ok(session, 'activities.attach', { id: saved.id, fileName: 'anh-ho-tro.jpg', contentBase64: photo });
    const attached = await ok(session, 'activities.attach', { id: saved.id, fileName: 'anh-ho-tro.jpg', contentBase64: photo });
    expect(attached.attachments.map((file) => file.fileName)).toEqual(['anh-ho-tro.jpg']);
    const [file] = attached.attachments;
    expect((await ok(session, 'attachments.content', { hash: file?.hash ?? '' })).contentBase64).toBe(photo);
    expect((await ok(session, 'activities.detach', { id: saved.id, hash: file?.hash ?? '' })).attachments).toEqual([]);
    const audited = session.db
      .prepare("SELECT entity || ' ' || action FROM audit_log WHERE entity LIKE 'activity%' ORDER BY id")
      .pluck()
      .all();
    expect(audited).toEqual([
      'activity create',
      'activity update',
      'activity delete',
      'activity create',
      'activity_attachment create',
      'activity_attachment create',
      'activity_attachment delete',
    ]);

    expect(await fails(session, 'activities.save', { campaignId: 1, fields: { ...fields, kind: 'bay' } })).toMatchObject({
      path: 'fields.kind',
    });
    expect(await fails(session, 'activities.save', { campaignId: 1, fields: { ...fields, nomineeIds: [9999] } })).toMatchObject({
      code: 'not_found',
    });
    expect(await fails(session, 'activities.save', { campaignId: 1, fields: { ...fields, nomineeIds: [] } })).toMatchObject({
      message: 'Chọn ít nhất một đề cử',
    });
    expect(await fails(session, 'activities.save', { campaignId: 1, fields: { ...fields, happenedOn: '2024-02-30' } })).toMatchObject({
      path: 'fields.happenedOn',
    });
    expect(session.db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(1);
  });

  it('keeps the kinds as data: renamed, added and hidden, never removed while in use', async () => {
    const session = newSession();
    const kinds = await ok(session, 'activityKinds.list', {});
    expect(kinds.map((kind) => kind.name)).toEqual([
      'Thăm hỏi, gặp gỡ',
      'Tập huấn, hội nghị',
      'Hỗ trợ vốn, giống, kỹ thuật',
      'Tuyên truyền trên báo, đài, mạng',
      'Khác',
    ]);
    const saved = await ok(session, 'activityKinds.save', {
      kinds: [
        ...kinds.filter((kind) => kind.code !== 'other').map((kind) => ({ code: kind.code, name: kind.name, active: true })),
        { name: 'Tham quan mô hình', active: true },
      ],
    });
    expect(saved.map((kind) => [kind.code, kind.active])).toContainEqual(['tham-quan-mo-hinh', true]);
    expect(saved.find((kind) => kind.code === 'other')?.active).toBe(false);
    expect((await ok(session, 'activityKinds.list', {})).map((kind) => kind.code)).not.toContain('other');
  });
});
