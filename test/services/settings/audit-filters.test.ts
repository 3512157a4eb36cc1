import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fails, newSession, ok } from '../../support/session.ts';

/** Three days of changes by two Windows users: emails of two units, then the signer. */
async function loggedSession() {
  // The seed data is written the day before, when the file is made.
  let clock = new Date(2026, 10, 19, 8, 0, 0);
  const session = newSession({ now: () => clock, saves: true });
  clock = new Date(2026, 10, 20, 9, 0, 0);
  const units = await ok(session, 'units.list', { includeInactive: true });
  const lucNgan = units.find((unit) => unit.name === 'Lục Ngạn');
  const sonDong = units.find((unit) => unit.name === 'Sơn Động');
  if (!lucNgan || !sonDong) throw new Error('seed units missing');
  await ok(session, 'units.update', { id: lucNgan.id, fields: { email: 'pdt@lucngan.gov.vn' } });
  clock = new Date(2026, 10, 21, 23, 30, 0);
  session.ctx.osUser = 'nguyen.an';
  await ok(session, 'units.update', { id: sonDong.id, fields: { email: 'pdt@sondong.gov.vn' } });
  clock = new Date(2026, 10, 22, 7, 15, 0);
  const [agency] = await ok(session, 'agencies.list', {});
  if (!agency) throw new Error('seed agency missing');
  const { id: _id, validFrom: _from, validTo: _to, ...fields } = agency;
  await ok(session, 'agencies.update', { id: agency.id, fields: { ...fields, signerName: 'Nguyễn Văn An' } });
  return { session, lucNgan, sonDong };
}

describe('the audit log, filtered and exported', () => {
  it('filters by local day, Windows user, kind of data and one record, naming each record', async () => {
    const { session, lucNgan } = await loggedSession();
    const seeded = (await ok(session, 'audit.list', { to: '2026-11-19' })).total;
    const day = await ok(session, 'audit.list', { from: '2026-11-21', to: '2026-11-21' });
    expect(day.entries.map((entry) => entry.subject)).toEqual(['Huyện Sơn Động']);
    expect(day.total).toBe(1);
    expect((await ok(session, 'audit.list', { from: '2026-11-20' })).total).toBe(3);
    const byUser = await ok(session, 'audit.list', { user: 'nguyen.an' });
    expect(byUser.entries.map((entry) => [entry.entity, entry.subject])).toEqual([
      ['agency', 'Ban Dân tộc'],
      ['unit', 'Huyện Sơn Động'],
    ]);
    expect(await ok(session, 'audit.users', {})).toEqual(['kiem-thu', 'nguyen.an']);
    const record = await ok(session, 'audit.list', { entity: 'unit', entityId: String(lucNgan.id), from: '2026-11-20' });
    expect(record.entries.map((entry) => [entry.osUser, entry.subject])).toEqual([['kiem-thu', 'Huyện Lục Ngạn']]);
    expect(seeded).toBeGreaterThan(0);
    expect((await fails(session, 'audit.list', { from: '2026-11-22', to: '2026-11-20' })).message).toContain('Ngày bắt đầu phải trước');
    expect((await fails(session, 'audit.list', { from: '2026-02-31' })).path).toBe('from');
  });

  it('exports what the filter shows as .xlsx, read back by openpyxl', async () => {
    const { session } = await loggedSession();
    const saved = await ok(session, 'audit.export', { from: '2026-11-20', user: 'nguyen.an' });
    expect(saved.rows).toBe(2);
    const read = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys; from openpyxl import load_workbook; ws = load_workbook(sys.argv[1]).active; [print("|".join(str(c.value or "") for c in row)) for row in ws.iter_rows()]',
        saved.saved ?? '',
      ],
      { encoding: 'utf8' },
    );
    expect(read).toContain('NHẬT KÝ THAY ĐỔI DỮ LIỆU');
    expect(read).toContain('Lọc: từ 20/11/2026 đến nay; người dùng nguyen.an. 2 thay đổi, mới nhất trước.');
    expect(read).toContain('1|22/11/2026 07:15:00|nguyen.an|Sửa|Cơ quan: Ban Dân tộc|Người ký: “Vi Thanh Quyền” → “Nguyễn Văn An”');
    expect(read).toContain('2|21/11/2026 23:30:00|nguyen.an|Sửa|Đơn vị: Huyện Sơn Động|');
    expect(read).not.toContain('Lục Ngạn');
  });
});
