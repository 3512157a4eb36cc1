import { describe, expect, it } from 'vitest';
import { fails, newSession, ok } from '../../support/session.ts';
import { expectWarningFiguresTrue } from '../../support/warning-truth.ts';
import { districtSheet, personRow } from '../../support/district-sheet.ts';

describe('the import preview’s warnings', () => {
  it('shows per row and in a summary the warnings the list will show, before anything is stored', async () => {
    const session = newSession({ now: () => new Date('2024-03-18T09:00:00+07:00') });
    const people = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan'].map((given) => personRow(`Hoàng Văn ${given}`));
    const file = await districtSheet('Huyện Lục Ngạn', [
      personRow('Trần Văn Long', { ethnicity: 'Kinh' }),
      personRow('Lý Thị Sen', { birthYear: null }),
      { kind: 'Tập thể', name: 'Nhóm thanh niên tình nguyện', collectiveForm: 'Đội', representative: 'Hà Văn Tư', district: 'Lục Ngạn' },
      personRow('Nông Thị Hoa', { achievementField: 'Thể thao' }),
      ...people,
    ]);
    const preview = await ok(session, 'imports.preview', { campaignId: 1, ...file });
    const rules = Object.fromEntries(preview.accepted.map((row) => [row.fields.name, row.warnings.map((warning) => warning.rule).sort()]));
    expect(rules).toMatchObject({
      'Trần Văn Long': ['not-minority'],
      'Lý Thị Sen': ['missing-fields', 'over-quota'],
      'Nhóm thanh niên tình nguyện': ['collective-form', 'missing-fields'],
      'Nông Thị Hoa': ['field', 'over-quota'],
      'Hoàng Văn Lan': ['over-quota'],
    });
    expect(preview.warningCounts).toEqual([
      { rule: 'not-minority', label: 'Không phải người DTTS', count: 1 },
      { rule: 'missing-fields', label: 'Thiếu thông tin', count: 2 },
      { rule: 'over-quota', label: 'Vượt chỉ tiêu', count: 10 },
      { rule: 'collective-form', label: 'Hình thức tập thể ngoài kế hoạch', count: 1 },
      { rule: 'field', label: 'Lĩnh vực ngoài kế hoạch', count: 1 },
    ]);
    expect((await ok(session, 'nominees.list', { campaignId: 1 })).total).toBe(0);

    // Received after the deadline (20/3/2024): every row says so in the preview.
    const late = await ok(session, 'imports.preview', { campaignId: 1, ...file, receivedOn: '2024-03-25' });
    expect(
      late.accepted.every((row) => row.warnings.some((warning) => warning.message === 'Nhận ngày 25/03/2024, sau hạn 20/03/2024.')),
    ).toBe(true);
    // Once stored, the list says the same of each row, message for message.
    const committed = await ok(session, 'imports.commit', { campaignId: 1, ...file, receivedOn: '2024-03-25' });
    const listed = (await ok(session, 'nominees.list', { campaignId: 1, limit: 100 })).items;
    const messages = (rows: { name: string; warnings: { message: string }[] }[]) =>
      Object.fromEntries(rows.map((row) => [row.name, row.warnings.map((warning) => warning.message).sort()]));
    expect(messages(listed)).toEqual(messages(committed.accepted.map((row) => ({ name: row.fields.name, warnings: row.warnings }))));
  });
});

describe('received dates', () => {
  it('moves the late warnings of a unit’s nominees as soon as the date of what it sent is corrected, on every screen', async () => {
    // The import stamps today, after the deadline; the office then corrects the date to when the file came.
    const session = newSession({ now: () => new Date('2024-03-25T09:00:00+07:00') });
    const rows = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Khánh'].map((given) => personRow(`Hoàng Văn ${given}`));
    const file = await districtSheet('Huyện Lục Ngạn', rows);
    await ok(session, 'imports.commit', { campaignId: 1, ...file });
    const lateOnes = async () =>
      (await ok(session, 'nominees.list', { campaignId: 1 })).items.filter((n) => n.warnings.some((w) => w.rule === 'late')).length;
    const card = async () => (await ok(session, 'submissions.list', { campaignId: 1 })).find((unit) => unit.unitTitle === 'Huyện Lục Ngạn');
    expect(await lateOnes()).toBe(7);
    const submission = (await card())?.files[0];
    expect(submission).toMatchObject({ fileName: 'de-cu.xlsx', receivedOn: '2024-03-25' });

    const cards = await ok(session, 'submissions.setReceived', {
      campaignId: 1,
      unitId: (await card())?.unitId ?? 0,
      submissionId: submission?.submissionId ?? 0,
      receivedOn: '2024-03-15',
    });
    expect(cards.find((unit) => unit.unitTitle === 'Huyện Lục Ngạn')).toMatchObject({ state: 'on-time', receivedOn: '2024-03-15' });
    expect(await lateOnes()).toBe(0);
    await expectWarningFiguresTrue(session);

    // The same file imported again is the same submission: listed once, keeping its corrected date.
    const again = await ok(session, 'imports.preview', { campaignId: 1, ...file });
    expect(again).toMatchObject({ receivedOn: '2024-03-15', sameFileAs: submission?.submissionId });
    await ok(session, 'imports.commit', { campaignId: 1, ...file });
    expect((await card())?.files).toEqual([{ ...submission, receivedOn: '2024-03-15' }]);
    expect(await lateOnes()).toBe(0);
    // A file cannot lose its date; only a list on paper can.
    const error = await fails(session, 'submissions.setReceived', {
      campaignId: 1,
      unitId: (await card())?.unitId ?? 0,
      submissionId: submission?.submissionId ?? 0,
      receivedOn: null,
    });
    expect(error).toMatchObject({ message: 'Tệp đã nhận phải có ngày nhận.', path: 'receivedOn' });
  });
});
