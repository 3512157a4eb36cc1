import { describe, expect, it } from 'vitest';
import { replaceYear } from '../../../electron/services/campaigns/campaign-copy.ts';
import { newSession, ok, fails } from '../../support/session.ts';

describe('a new campaign is a copy of an earlier one', () => {
  it('copies plan text with the new year, quotas, and dates moved by the years between', async () => {
    const session = newSession();
    const summary = await ok(session, 'campaigns.copy', { fromCampaignId: 1, year: 2026 });
    const source = await ok(session, 'campaigns.get', { campaignId: 1 });
    const copy = await ok(session, 'campaigns.get', { campaignId: summary.id });
    expect(copy).toMatchObject({
      year: 2026,
      status: 'draft',
      planNumber: null,
      planIssuedOn: null,
      copiedFromId: 1,
      nominationDeadline: '2026-03-20',
      totalModels: 10,
      title: 'Xây dựng và nhân rộng điển hình tiên tiến trong lĩnh vực công tác dân tộc năm 2026',
    });
    expect(copy.quotas.map(({ unitId, collective, individual }) => [unitId, collective, individual])).toEqual(
      source.quotas.map(({ unitId, collective, individual }) => [unitId, collective, individual]),
    );
    expect(copy.phases.find((p) => p.key === 'nurturing')).toMatchObject({ startsOn: '2026-04-01', endsOn: '2026-09-30' });
    expect(copy.phases.find((p) => p.key === 'review')).toMatchObject({ startsOn: null, endsOn: null });
    expect(copy.plan.schedule[0]).toContain('trước ngày 20/3/2026');
    expect(copy.plan.schedule[1]).toContain('quý II, III/2026');
    expect(JSON.stringify(copy.plan)).not.toContain('2024');
    // The documents the plan is based on are real and keep their dates.
    expect(copy.plan.basis).toEqual(source.plan.basis);
    expect(copy.plan.purposes[0]).toContain('ngày 07/4/2014');
  });

  it('moves the campaign year in running text but not in document numbers or ranges', () => {
    expect(replaceYear('trước ngày 20/3/2024; quý II, III/2024; năm 2024.', 2024, 2026)).toBe(
      'trước ngày 20/3/2026; quý II, III/2026; năm 2026.',
    );
    expect(replaceYear('Nghị định số 73/2024/NĐ-CP', 2024, 2026)).toBe('Nghị định số 73/2024/NĐ-CP');
    expect(replaceYear('giai đoạn 2021-2024 và 2024-2030', 2024, 2026)).toBe('giai đoạn 2021-2024 và 2024-2030');
    expect(replaceYear('mã 120245', 2024, 2026)).toBe('mã 120245');
  });

  it('leaves the source campaign exactly as it was', async () => {
    const session = newSession();
    const before = await ok(session, 'campaigns.get', { campaignId: 1 });
    await ok(session, 'campaigns.copy', { fromCampaignId: 1, year: 2025 });
    expect(await ok(session, 'campaigns.get', { campaignId: 1 })).toEqual(before);
  });

  it('refuses a year that already has a campaign, and an unknown source', async () => {
    const session = newSession();
    expect(await fails(session, 'campaigns.copy', { fromCampaignId: 1, year: 2024 })).toMatchObject({ code: 'conflict', path: 'year' });
    expect(await fails(session, 'campaigns.copy', { fromCampaignId: 99, year: 2030 })).toMatchObject({ code: 'not_found' });
    expect((await ok(session, 'campaigns.list', {})).length).toBe(1);
  });

  it('shows the copy’s phase as today’s phase in the overview', async () => {
    const session = newSession();
    const copy = await ok(session, 'campaigns.copy', { fromCampaignId: 1, year: 2026 });
    const overview = await ok(session, 'overview.get', { campaignId: copy.id, today: '2026-11-25' });
    expect(overview.currentPhase?.key).toBe('evaluation');
    expect(overview.nextDeadline).toMatchObject({ date: '2026-12-31', daysLeft: 36 });
    // The six districts ended on 30/6/2025, so the copied quotas are flagged.
    expect(overview.warnings.find((w) => w.level === 'error')?.message).toContain('không còn hoạt động');
    expect(overview.units.every((u) => !u.active)).toBe(true);
  });
});
