import { describe, expect, it } from 'vitest';
import { unitId } from '../support/award-fixture.ts';
import { person } from '../support/nominees.ts';
import { fails, newSession, ok } from '../support/session.ts';

describe('every write keeps the data valid', () => {
  it('refuses a nominee or a received date for a unit outside the plan, the last base salary, content that is not base64, and cleans a search of NUL', async () => {
    const session = newSession();
    const outside = session.db
      .prepare('SELECT id FROM units WHERE id NOT IN (SELECT unit_id FROM campaign_quotas WHERE campaign_id = 1) LIMIT 1')
      .pluck()
      .get() as number;
    expect(outside).toBeGreaterThan(0);
    const refused = await fails(session, 'nominees.save', { campaignId: 1, fields: person(outside, 'Lý Thị Sen') });
    expect(refused).toMatchObject({ path: 'fields.unitId' });
    expect(refused.message).toContain('không có chỉ tiêu trong kế hoạch');
    expect(
      (await fails(session, 'submissions.setReceived', { campaignId: 1, unitId: outside, receivedOn: '2024-03-10' })).message,
    ).toContain('không có chỉ tiêu');
    expect(session.db.prepare('SELECT count(*) FROM nominees').pluck().get()).toBe(0);
    expect(session.db.prepare('SELECT count(*) FROM submissions').pluck().get()).toBe(0);

    const salaries = session.db.prepare('SELECT id FROM base_salaries ORDER BY id').pluck().all() as number[];
    for (const id of salaries.slice(1)) await ok(session, 'baseSalaries.delete', { id });
    expect((await fails(session, 'baseSalaries.delete', { id: salaries[0] })).message).toContain('mức lương cơ sở duy nhất');
    expect((await ok(session, 'system.check', {})).problems).not.toContain('Chưa có mức lương cơ sở.');

    const saved = await ok(session, 'nominees.save', { campaignId: 1, fields: person(unitId(session, 'Sơn Động'), 'Lý Thị Sen') });
    expect(
      (await fails(session, 'nominees.attach', { id: saved.id, fileName: 'a.pdf', contentBase64: 'không phải base64!' })).message,
    ).toBe('Nội dung tệp không đúng dạng base64');
    const found = await ok(session, 'nominees.list', { campaignId: 1, search: 'sen\u0000', limit: 50, offset: 0 });
    expect(found.items.map((item) => item.name)).toEqual(['Lý Thị Sen']);
  });

  it('does not echo an unknown method name back whole', async () => {
    const session = newSession();
    const answer = await session.dispatch(`nominees.${'x'.repeat(10_000)}\u0000`, {});
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('unknown_method');
    expect(answer.error.message.length).toBeLessThan(100);
    expect(answer.error.message).not.toContain('\u0000');
  });
});
