import { describe, expect, it } from 'vitest';
import type { Nominee, NomineeFields } from '../../../shared/domain/nominees.ts';
import type { MethodInput } from '../../../shared/api/contract.ts';
import { openSession } from '../../../electron/session.ts';
import { WARNING_RULES_VERSION } from '../../../shared/domain/nominee-checks.ts';
import { newSession, ok } from '../../support/session.ts';

type Session = ReturnType<typeof newSession>;

const person = (unitId: number, name: string, extra: Partial<NomineeFields> = {}): NomineeFields => ({
  unitId,
  kind: 'individual',
  name,
  collectiveForm: null,
  representative: null,
  gender: 'nu',
  birthYear: 1980,
  ethnicCode: '02',
  position: '',
  village: '',
  commune: '',
  district: '',
  phone: '',
  achievementField: 'Lao động sản xuất',
  achievementSummary: 'Trồng quế',
  priorAwards: '',
  ...extra,
});

async function add(session: Session, fields: NomineeFields): Promise<Nominee> {
  return ok(session, 'nominees.save', { campaignId: 1, fields });
}

const names = async (session: Session, query: Omit<MethodInput<'nominees.list'>, 'campaignId'>) =>
  (await ok(session, 'nominees.list', { campaignId: 1, limit: 1000, ...query })).items.map((nominee) => nominee.name);

/** The truth the stored numbers must agree with: warnings worked out live for every nominee. */
async function expectStoredWarningsTrue(session: Session): Promise<void> {
  const all = (await ok(session, 'nominees.list', { campaignId: 1, limit: 1000 })).items;
  const live = all.filter((nominee) => nominee.warnings.some((warning) => !warning.accepted)).map((nominee) => nominee.id);
  const filtered = await ok(session, 'nominees.list', { campaignId: 1, withWarnings: true, limit: 1000 });
  expect(filtered.items.map((nominee) => nominee.id)).toEqual(live);
  expect(filtered.total).toBe(live.length);
  const counts = session.db
    .prepare(
      'SELECT unit_id, kind, status, sum(live) AS live, sum(open) AS open FROM nominee_counts GROUP BY 1, 2, 3 HAVING sum(live) <> 0 OR sum(open) <> 0 ORDER BY 1, 2, 3',
    )
    .all();
  const truth = session.db
    .prepare(
      `SELECT unit_id, kind, status, count(*) AS live, sum(open_warnings) AS open FROM nominees
       WHERE deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all();
  expect(counts).toEqual(truth);
  const cards = await ok(session, 'submissions.list', { campaignId: 1 });
  for (const card of cards) {
    const mine = all.filter((nominee) => nominee.unitId === card.unitId && nominee.status !== 'rut');
    expect(card.warnings).toBe(mine.reduce((sum, nominee) => sum + nominee.warnings.filter((warning) => !warning.accepted).length, 0));
    expect(card.filled.individual).toBe(mine.filter((nominee) => nominee.kind === 'individual').length);
  }
}

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
    const b = await add(session, person(first, 'Nông Văn Dền', { gender: 'nam' }));
    const c = await add(session, person(second, 'Lý Thị Sen', { birthYear: null }));
    await expectStoredWarningsTrue(session);

    // Quota: deleting the first person lets the next one in; restoring puts it back over.
    await ok(session, 'nominees.delete', { id: a.id });
    await expectStoredWarningsTrue(session);
    await ok(session, 'nominees.restore', { id: a.id });
    await expectStoredWarningsTrue(session);
    // A nominee moved to another unit changes both units' places.
    await ok(session, 'nominees.save', { campaignId: 1, id: b.id, fields: person(second, 'Nông Văn Dền', { gender: 'nam' }) });
    await expectStoredWarningsTrue(session);
    // A missing field filled in; an accepted warning.
    await ok(session, 'nominees.save', { campaignId: 1, id: c.id, fields: person(second, 'Lý Thị Sen') });
    await expectStoredWarningsTrue(session);
    const over = (await ok(session, 'nominees.list', { campaignId: 1, withWarnings: true })).items[0];
    expect(over).toBeDefined();
    await ok(session, 'nominees.acceptWarning', {
      id: over?.id ?? 0,
      rule: over?.warnings[0]?.rule ?? '',
      reason: 'Huyện xin thêm chỉ tiêu, đã đồng ý.',
    });
    await expectStoredWarningsTrue(session);
    // A late list, recorded by hand; then the deadline moved in the plan.
    await ok(session, 'submissions.setReceived', { campaignId: 1, unitId: first, receivedOn: '2024-04-30' });
    await expectStoredWarningsTrue(session);
    expect(
      (await ok(session, 'nominees.list', { campaignId: 1, unitId: first })).items.every((n) =>
        n.warnings.some((w) => w.rule === 'nop-muon'),
      ),
    ).toBe(true);
    const draft = (await ok(session, 'plans.get', { campaignId: 1 })).draft;
    await ok(session, 'plans.save', { campaignId: 1, draft: { ...draft, nominationDeadline: '2024-05-15' } });
    await expectStoredWarningsTrue(session);
    expect(
      (await ok(session, 'nominees.list', { campaignId: 1, unitId: first })).items.some((n) =>
        n.warnings.some((w) => w.rule === 'nop-muon'),
      ),
    ).toBe(false);
    // A person living elsewhere, then the unit renamed to where they live.
    await ok(session, 'nominees.save', { campaignId: 1, id: a.id, fields: person(first, 'Hoàng Thị Mai', { district: 'Lục Ngạn' }) });
    await expectStoredWarningsTrue(session);
    await ok(session, 'units.update', { id: first, fields: { name: 'Lục Ngạn Mới' } });
    await expectStoredWarningsTrue(session);
  });

  it('works the stored warnings out again after an update of the app changes the rules', async () => {
    const first = newSession();
    const plan = (await ok(first, 'campaigns.get', { campaignId: 1 })).quotas;
    await add(first, person(plan[0]?.unitId ?? 1, 'Hoàng Thị Mai', { gender: null }));
    expect((await ok(first, 'nominees.list', { campaignId: 1, withWarnings: true })).total).toBe(1);
    // As an older version of the rules would have left it: no open warning stored.
    first.db.exec("UPDATE nominees SET open_warnings = 0; UPDATE derived_state SET value = '0' WHERE key = 'warning_rules'");
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
