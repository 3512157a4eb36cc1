import { describe, expect, it } from 'vitest';
import { overviewWarnings, type OverviewFacts } from '../../shared/domain/overview.ts';
import { currentPhase, nextDeadline, type Phase } from '../../shared/domain/phases.ts';
import type { Unit } from '../../shared/domain/units.ts';

const phases: Phase[] = [
  { key: 'planning', name: 'Lập kế hoạch', startsOn: '2024-01-02', endsOn: '2024-01-31' },
  { key: 'nomination', name: 'Lựa chọn, đề cử', startsOn: '2024-02-01', endsOn: '2024-03-20' },
  { key: 'nurturing', name: 'Bồi dưỡng', startsOn: '2024-04-01', endsOn: '2024-09-30' },
  { key: 'review', name: 'Tổng kết', startsOn: null, endsOn: null },
];

function unit(id: number, name: string, extra: Partial<Unit> = {}): Unit {
  return {
    id,
    name,
    kind: 'district',
    parentId: null,
    contactOffice: '',
    email: `u${id}@x.vn`,
    officialCode: null,
    activeFrom: null,
    activeTo: null,
    ...extra,
  };
}

function facts(over: Partial<OverviewFacts>): OverviewFacts {
  return {
    today: '2024-03-10',
    status: 'issued',
    totalModels: 3,
    nominationDeadline: '2024-03-20',
    phases,
    quotas: [
      { unit: unit(1, 'Sơn Động'), collective: 1, individual: 1 },
      { unit: unit(2, 'Tân Yên'), collective: 0, individual: 1 },
    ],
    filled: new Map([
      [1, { collective: 1, individual: 1 }],
      [2, { collective: 0, individual: 1 }],
    ]),
    ...over,
  };
}

describe('phases', () => {
  it('finds today’s phase and the next deadline', () => {
    expect(currentPhase(phases, '2024-03-10')?.key).toBe('nomination');
    expect(currentPhase(phases, '2024-03-25')).toBeNull();
    expect(nextDeadline(phases, [], '2024-03-25')).toEqual({ label: 'Kết thúc giai đoạn "Bồi dưỡng"', date: '2024-09-30', daysLeft: 189 });
    expect(nextDeadline(phases, [], '2025-01-01')).toBeNull();
  });
});

describe('dashboard warnings', () => {
  it('says nothing when quotas add up, units are active, have email and sent their lists', () => {
    expect(overviewWarnings(facts({}))).toEqual([]);
  });

  it('flags a total that differs from the sum of the quotas', () => {
    const warnings = overviewWarnings(facts({ totalModels: 10 }));
    expect(warnings[0]).toMatchObject({ level: 'error', screen: 'plans' });
    expect(warnings[0]?.message).toContain('10');
    expect(warnings[0]?.message).toContain('3');
  });

  it('names every unit without an email in one warning', () => {
    const warnings = overviewWarnings(
      facts({
        quotas: [
          { unit: unit(1, 'Sơn Động', { email: null }), collective: 1, individual: 1 },
          { unit: unit(2, 'Tân Yên', { email: null }), collective: 0, individual: 1 },
        ],
      }),
    );
    const email = warnings.filter((w) => w.message.includes('email'));
    expect(email).toHaveLength(1);
    expect(email[0]?.message).toContain('Huyện Sơn Động và Huyện Tân Yên');
  });

  it('warns about units that have not sent, softly before the deadline and firmly after', () => {
    const none = new Map<number, { collective: number; individual: number }>();
    const before = overviewWarnings(facts({ filled: none, today: '2024-03-15' }));
    expect(before.find((w) => w.screen === 'nominations')).toMatchObject({ level: 'info' });
    const after = overviewWarnings(facts({ filled: none, today: '2024-03-21' }));
    expect(after.find((w) => w.screen === 'nominations')).toMatchObject({ level: 'warning' });
    expect(after.find((w) => w.screen === 'nominations')?.message).toContain('2 đơn vị chưa gửi');
  });

  it('flags over-quota units and units inactive at the deadline', () => {
    const warnings = overviewWarnings(
      facts({
        quotas: [
          { unit: unit(1, 'Sơn Động', { activeTo: '2024-03-01' }), collective: 1, individual: 1 },
          { unit: unit(2, 'Tân Yên'), collective: 0, individual: 1 },
        ],
        filled: new Map([
          [1, { collective: 2, individual: 1 }],
          [2, { collective: 0, individual: 1 }],
        ]),
      }),
    );
    expect(warnings.some((w) => w.level === 'error' && w.message.includes('không còn hoạt động'))).toBe(true);
    expect(warnings.some((w) => w.message.includes('vượt chỉ tiêu (tập thể 2/1'))).toBe(true);
  });

  it('reminds that a draft plan must be issued once nominations have started', () => {
    const warnings = overviewWarnings(facts({ status: 'draft' }));
    expect(warnings.find((w) => w.screen === 'plans')).toMatchObject({ level: 'warning' });
    expect(overviewWarnings(facts({ status: 'draft', today: '2024-01-10' })).find((w) => w.screen === 'plans')).toMatchObject({
      level: 'info',
    });
  });

  it('flags a phase that ends before it starts', () => {
    const broken: Phase[] = [{ key: 'nomination', name: 'Đề cử', startsOn: '2024-03-20', endsOn: '2024-03-01' }];
    expect(overviewWarnings(facts({ phases: broken }))[0]).toMatchObject({ level: 'error', screen: 'plans' });
  });
});
