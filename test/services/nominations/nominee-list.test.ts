import { describe, expect, it } from 'vitest';
import type { Nominee, NomineeFields } from '../../../shared/domain/nominees.ts';
import type { MethodInput } from '../../../shared/api/contract.ts';
import { openSession } from '../../../electron/session/open-session.ts';
import { WARNING_RULES_VERSION } from '../../../shared/domain/nominee-checks.ts';
import { newSession, ok } from '../../support/session.ts';
import { collective, person } from '../../support/nominees.ts';
import { expectWarningFiguresTrue } from '../../support/warning-truth.ts';
import { setNomineeStatuses } from '../../../electron/services/nominations/nominees.ts';
import { NOMINEE_STATUSES } from '../../../shared/domain/nominees.ts';

type Session = ReturnType<typeof newSession>;

const draftOf = async (session: Session) => (await ok(session, 'plans.get', { campaignId: 1 })).draft;

async function add(session: Session, fields: NomineeFields): Promise<Nominee> {
  return ok(session, 'nominees.save', { campaignId: 1, fields });
}

const names = async (session: Session, query: Omit<MethodInput<'nominees.list'>, 'campaignId'>) =>
  (await ok(session, 'nominees.list', { campaignId: 1, limit: 1000, ...query })).items.map((nominee) => nominee.name);

describe('the Đề cử list at scale: search, paging and stored warnings', () => {
  it('searches pieces of names without diacritics, short searches by the start of a word, and follows renames', async () => {
    const session = newSession();
    const mai = await add(session, person(1, 'Hoàng Thị Mai'));
    await add(session, person(1, 'Đặng Văn Tài'));
    await add(session, person(2, 'Lý Thị An'));
    await add(session, person(2, 'Nguyễn Thị Lyly'));
    expect(await names(session, { search: 'hoang thi mai' })).toEqual(['Hoàng Thị Mai']);
    expect(await names(session, { search: 'OANG' })).toEqual(['Hoàng Thị Mai']);
    expect(await names(session, { search: 'dang' })).toEqual(['Đặng Văn Tài']);
    expect(await names(session, { search: 'thi', sort: 'name' })).toEqual(['Lý Thị An', 'Nguyễn Thị Lyly', 'Hoàng Thị Mai']);
    // Two letters: words that start with them ("an" is inside Hoàng and Tài, but starts only An).
    expect(await names(session, { search: 'an' })).toEqual(['Lý Thị An']);
    expect(await names(session, { search: 'ly', sort: 'name' })).toEqual(['Lý Thị An', 'Nguyễn Thị Lyly']);
    expect(await names(session, { search: 'đ' })).toEqual(['Đặng Văn Tài']);
    expect(await names(session, { search: '%' })).toEqual([]);
    expect(await names(session, { search: '"' })).toEqual([]);
    expect(await names(session, { search: 'mai', unitId: 2 })).toEqual([]);

    await ok(session, 'nominees.save', { campaignId: 1, id: mai.id, fields: person(1, 'Hoàng Thị Mây') });
    expect(await names(session, { search: 'mai' })).toEqual([]);
    expect(await names(session, { search: 'may' })).toEqual(['Hoàng Thị Mây']);
    await ok(session, 'nominees.delete', { id: mai.id });
    expect(await names(session, { search: 'may' })).toEqual([]);
    await ok(session, 'nominees.restore', { id: mai.id });
    expect(await names(session, { search: 'may' })).toEqual(['Hoàng Thị Mây']);
  });

  it('pages in the plan’s unit order across units, with the same rows as one long page', async () => {
    const session = newSession();
    const plan = (await ok(session, 'campaigns.get', { campaignId: 1 })).quotas.map((quota) => quota.unitId);
    const given = ['Mai', 'An', 'Sen', 'Dền', 'Hoa'];
    for (const [index, unitId] of [plan[2], plan[0], plan[1], plan[0], plan[2], plan[1], plan[0]].entries()) {
      await add(
        session,
        person(
          unitId ?? 1,
          `Lương Thị ${given[index % 5]} ${index}`,
          index % 3 === 0
            ? { kind: 'collective', collectiveForm: 'Hợp tác xã', representative: 'Lương Văn Tùng', gender: null, birthYear: null }
            : {},
        ),
      );
    }
    const queries: { kind?: 'individual'; sort?: 'name'; search?: string }[] = [
      {},
      { kind: 'individual' },
      { sort: 'name' },
      { search: 'luong' },
    ];
    for (const query of queries) {
      const whole = await ok(session, 'nominees.list', { campaignId: 1, limit: 1000, ...query });
      const pages: string[] = [];
      for (let offset = 0; offset < whole.total; offset += 2) {
        const page = await ok(session, 'nominees.list', { campaignId: 1, limit: 2, offset, ...query });
        expect(page.total).toBe(whole.total);
        pages.push(...page.items.map((nominee) => nominee.name));
      }
      expect(pages).toEqual(whole.items.map((nominee) => nominee.name));
    }
    const byUnit = await ok(session, 'nominees.list', { campaignId: 1, limit: 1000 });
    const unitOrder = byUnit.items.map((nominee) => plan.indexOf(nominee.unitId));
    expect(unitOrder).toEqual([...unitOrder].sort((a, b) => a - b));
    expect(byUnit.total).toBe(7);
  });

  it('keeps the warning filter, its totals and the unit cards true after every kind of change', async () => {
    const session = newSession({ now: () => new Date('2024-03-10T08:00:00+07:00') });
    const plan = (await ok(session, 'campaigns.get', { campaignId: 1 })).quotas;
    const first = plan[0]?.unitId ?? 1;
    const second = plan[1]?.unitId ?? 2;
    const a = await add(session, person(first, 'Hoàng Thị Mai'));
    const b = await add(session, person(first, 'Nông Văn Dền', { gender: 'male' }));
    const c = await add(session, person(second, 'Lý Thị Sen', { birthYear: null }));
    await expectWarningFiguresTrue(session);

    // Quota: deleting the first person lets the next one in; restoring puts it back over.
    await ok(session, 'nominees.delete', { id: a.id });
    await expectWarningFiguresTrue(session);
    await ok(session, 'nominees.restore', { id: a.id });
    await expectWarningFiguresTrue(session);
    // A nominee moved to another unit changes both units' places.
    await ok(session, 'nominees.save', { campaignId: 1, id: b.id, fields: person(second, 'Nông Văn Dền', { gender: 'male' }) });
    await expectWarningFiguresTrue(session);
    // A missing field filled in; an accepted warning.
    await ok(session, 'nominees.save', { campaignId: 1, id: c.id, fields: person(second, 'Lý Thị Sen') });
    await expectWarningFiguresTrue(session);
    const over = (await ok(session, 'nominees.list', { campaignId: 1, withWarnings: true })).items[0];
    expect(over).toBeDefined();
    await ok(session, 'nominees.acceptWarning', {
      id: over?.id ?? 0,
      rule: over?.warnings[0]?.rule ?? '',
      reason: 'Huyện xin thêm chỉ tiêu, đã đồng ý.',
    });
    await expectWarningFiguresTrue(session);
    // A late list, recorded by hand; then the deadline moved in the plan.
    await ok(session, 'submissions.setReceived', { campaignId: 1, unitId: first, receivedOn: '2024-04-30' });
    await expectWarningFiguresTrue(session);
    expect(
      (await ok(session, 'nominees.list', { campaignId: 1, unitId: first })).items.every((n) => n.warnings.some((w) => w.rule === 'late')),
    ).toBe(true);
    const draft = (await ok(session, 'plans.get', { campaignId: 1 })).draft;
    await ok(session, 'plans.save', { campaignId: 1, draft: { ...draft, nominationDeadline: '2024-05-15' } });
    await expectWarningFiguresTrue(session);
    expect(
      (await ok(session, 'nominees.list', { campaignId: 1, unitId: first })).items.some((n) => n.warnings.some((w) => w.rule === 'late')),
    ).toBe(false);
    // A person living elsewhere, then the unit renamed to where they live.
    await ok(session, 'nominees.save', { campaignId: 1, id: a.id, fields: person(first, 'Hoàng Thị Mai', { district: 'Lục Ngạn' }) });
    await expectWarningFiguresTrue(session);
    await ok(session, 'units.update', { id: first, fields: { name: 'Lục Ngạn Mới' } });
    await expectWarningFiguresTrue(session);
  });

  it('keeps the stored warnings true through every status, quota, list and deletion', async () => {
    const session = newSession({ now: () => new Date('2024-03-10T08:00:00+07:00') });
    const plan = (await ok(session, 'campaigns.get', { campaignId: 1 })).quotas;
    const [first, second] = [plan[0]?.unitId ?? 1, plan[1]?.unitId ?? 2];
    const people = await Promise.all(
      ['Hoàng Thị Mai', 'Nông Văn Dền', 'Lý Thị Sen', 'Vi Văn Tài'].map((name, index) =>
        add(session, person(index < 3 ? first : second, name)),
      ),
    );
    const coop = await add(session, collective(first, 'Hợp tác xã Chè Bản Chắt'));
    await add(session, collective(first, 'Câu lạc bộ Hát Then', { collectiveForm: 'Câu lạc bộ' }));
    await expectWarningFiguresTrue(session);
    // Every status in turn, one nominee and then several at once (a withdrawal frees a quota place).
    for (const status of [...NOMINEE_STATUSES, 'nominated' as const]) {
      session.db.transaction(() => setNomineeStatuses(session.ctx, [people[0]?.id ?? 0], status))();
      await expectWarningFiguresTrue(session);
    }
    session.db.transaction(() =>
      setNomineeStatuses(
        session.ctx,
        people.map((nominee) => nominee.id),
        'withdrawn',
      ),
    )();
    await expectWarningFiguresTrue(session);
    session.db.transaction(() =>
      setNomineeStatuses(
        session.ctx,
        people.slice(1).map((nominee) => nominee.id),
        'passed',
      ),
    )();
    await expectWarningFiguresTrue(session);
    // The plan: quotas up and down, the deadline moved.
    const saveDraft = async (change: (draft: Awaited<ReturnType<typeof draftOf>>) => Awaited<ReturnType<typeof draftOf>>) => {
      await ok(session, 'plans.save', { campaignId: 1, draft: change(await draftOf(session)) });
      await expectWarningFiguresTrue(session);
    };
    await saveDraft((draft) => ({
      ...draft,
      quotas: draft.quotas.map((q) => (q.unitId === first ? { ...q, individual: 3, collective: 0 } : q)),
    }));
    await saveDraft((draft) => ({
      ...draft,
      quotas: draft.quotas.map((q) => (q.unitId === first ? { ...q, individual: 0, collective: 2 } : q)),
    }));
    // Deleted and restored, including while the plan changes.
    await ok(session, 'nominees.delete', { id: coop.id });
    await expectWarningFiguresTrue(session);
    await saveDraft((draft) => ({ ...draft, nominationDeadline: '2024-03-01' }));
    await ok(session, 'nominees.restore', { id: coop.id });
    await expectWarningFiguresTrue(session);
  });

  it('works the stored warnings out again after an update of the app changes the rules', async () => {
    const first = newSession();
    const plan = (await ok(first, 'campaigns.get', { campaignId: 1 })).quotas;
    await add(first, person(plan[0]?.unitId ?? 1, 'Hoàng Thị Mai', { gender: null }));
    expect((await ok(first, 'nominees.list', { campaignId: 1, withWarnings: true })).total).toBe(1);
    // As an older version of the rules would have left it: no open warning stored.
    first.db.exec("UPDATE nominees SET warning_bits = 0, open_bits = 0; UPDATE derived_state SET value = '0' WHERE key = 'warning_rules'");
    expect((await ok(first, 'nominees.list', { campaignId: 1, withWarnings: true })).total).toBe(0);
    first.close();
    const again = openSession({ databasePath: first.ctx.databasePath, logError: () => undefined });
    try {
      expect((await ok(again, 'nominees.list', { campaignId: 1, withWarnings: true })).total).toBe(1);
      expect(again.db.prepare("SELECT value FROM derived_state WHERE key = 'warning_rules'").pluck().get()).toBe(
        String(WARNING_RULES_VERSION),
      );
    } finally {
      again.close();
    }
  });
});
