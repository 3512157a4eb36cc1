import { describe, expect, it } from 'vitest';
import { person } from '../../support/nominees.ts';
import { newSession, ok, fails } from '../../support/session.ts';

const fixedNow = () => new Date('2026-11-25T08:00:00Z');

describe('settings are saved, validated and audited', () => {
  it('changes the signer and records who, when, before and after', async () => {
    const session = newSession({ now: fixedNow });
    const [agency] = await ok(session, 'agencies.list', {});
    if (!agency) throw new Error('no agency');
    const { id, validFrom: _f, validTo: _t, ...fields } = agency;
    const saved = await ok(session, 'agencies.update', {
      id,
      fields: { ...fields, signerName: '  Nguyễn   Văn An ', signerAuthority: 'KT.', signerTitle: 'PHÓ TRƯỞNG BAN' },
    });
    expect(saved.signerName).toBe('Nguyễn Văn An');
    expect(saved.signerAuthority).toBe('KT.');
    const { entries } = await ok(session, 'audit.list', { entity: 'agency' });
    expect(entries[0]).toMatchObject({
      action: 'update',
      entity: 'agency',
      entityId: String(id),
      osUser: 'kiem-thu',
      at: '2026-11-25T08:00:00.000Z',
      before: expect.objectContaining({ signerName: 'Vi Thanh Quyền', signerAuthority: '' }),
      after: expect.objectContaining({ signerName: 'Nguyễn Văn An', signerAuthority: 'KT.' }),
    });
  });

  it('sets a unit’s email, renames it and deactivates it, each with an audit row', async () => {
    const session = newSession();
    const units = await ok(session, 'units.list', { includeInactive: true });
    const sonDong = units.find((u) => u.name === 'Sơn Động');
    if (!sonDong) throw new Error('no Sơn Động');
    const withEmail = await ok(session, 'units.update', { id: sonDong.id, fields: { email: ' PDT.SonDong@BacGiang.gov.vn ' } });
    expect(withEmail.email).toBe('pdt.sondong@bacgiang.gov.vn');
    const renamed = await ok(session, 'units.update', { id: sonDong.id, fields: { name: 'Sơn Động mới' } });
    expect(renamed).toMatchObject({ name: 'Sơn Động mới', email: 'pdt.sondong@bacgiang.gov.vn' });
    const { entries } = await ok(session, 'audit.list', { entity: 'unit', limit: 2 });
    expect(entries.map((e) => [e.action, (e.after as { name: string }).name])).toEqual([
      ['update', 'Sơn Động mới'],
      ['update', 'Sơn Động'],
    ]);
    expect((entries[1]?.before as { email: string | null }).email).toBeNull();
    // The log names the unit as it is called now, not by its number.
    expect(entries.map((entry) => entry.subject)).toEqual(['Huyện Sơn Động mới', 'Huyện Sơn Động mới']);
    await ok(session, 'nominees.save', {
      campaignId: 1,
      fields: person(sonDong.id, 'Lý Thị Sen'),
    });
    const [nominee] = (await ok(session, 'audit.list', { entity: 'nominee', limit: 1 })).entries;
    expect(nominee?.subject).toBe('Lý Thị Sen');
  });

  it('supports a reorganisation from districts to communes without code changes', async () => {
    const session = newSession();
    const districts = await ok(session, 'units.list', { includeInactive: true });
    const active = districts.filter((u) => u.activeTo === null);
    for (const unit of active) await ok(session, 'units.deactivate', { id: unit.id, activeTo: '2025-06-30' });
    const commune = await ok(session, 'units.create', {
      fields: {
        name: 'Chũ',
        kind: 'ward',
        contactOffice: 'UBND phường Chũ',
        email: 'ubnd.chu@bacninh.gov.vn',
        officialCode: null,
        parentId: null,
      },
      activeFrom: '2025-07-01',
    });
    expect(commune).toMatchObject({ kind: 'ward', activeFrom: '2025-07-01', activeTo: null });
    const agencies = await ok(session, 'agencies.list', {});
    const old = agencies[0];
    if (!old) throw new Error('no agency');
    const { id: _id, validFrom: _f, validTo: _t, ...fields } = old;
    const successor = await ok(session, 'agencies.create', {
      validFrom: '2025-07-01',
      fields: {
        ...fields,
        name: 'Sở Dân tộc và Tôn giáo',
        fullName: 'Sở Dân tộc và Tôn giáo tỉnh Bắc Ninh',
        parentBody: 'UBND tỉnh Bắc Ninh',
        abbreviation: 'SDTTG',
        place: 'Bắc Ninh',
        headTitle: 'GIÁM ĐỐC',
      },
    });
    expect(successor.validFrom).toBe('2025-07-01');
    const after = await ok(session, 'agencies.list', {});
    expect(after.find((a) => a.id === old.id)?.validTo).toBe('2025-06-30');
    // The 2024 campaign keeps its agency; a 2026 copy gets the new one and its signer title.
    const copy = await ok(session, 'campaigns.copy', { fromCampaignId: 1, year: 2026 });
    const campaign2026 = await ok(session, 'campaigns.get', { campaignId: copy.id });
    expect(campaign2026.agencyId).toBe(successor.id);
    expect(campaign2026.plan.signer.headTitle).toBe('GIÁM ĐỐC');
    expect((await ok(session, 'campaigns.get', { campaignId: 1 })).agencyId).toBe(old.id);
  });

  it('refuses a duplicate active unit name and a bad email, changing nothing', async () => {
    const session = newSession();
    const fields = { name: 'Yên Thế', kind: 'district' as const, contactOffice: '', email: null, officialCode: null, parentId: null };
    await ok(session, 'units.reactivate', { id: 4 });
    await ok(session, 'units.deactivate', { id: 4, activeTo: '2025-06-30' });
    const baseline = (await ok(session, 'audit.list', { entity: 'unit' })).total;
    await ok(session, 'units.create', { fields, activeFrom: null });
    const duplicate = await fails(session, 'units.create', { fields, activeFrom: null });
    expect(duplicate).toMatchObject({ code: 'conflict', path: 'fields.name' });
    const badEmail = await fails(session, 'units.update', { id: 1, fields: { email: 'khong-phai-email' } });
    expect(badEmail).toMatchObject({ code: 'invalid_input', path: 'fields.email' });
    const { total } = await ok(session, 'audit.list', { entity: 'unit' });
    expect(total).toBe(baseline + 1);
  });

  it('ends several units in one transaction: all or none', async () => {
    const session = newSession();
    const units = await ok(session, 'units.list', { includeInactive: true });
    const chu = units.find((u) => u.name === 'Chũ');
    const sonDong = units.find((u) => u.name === 'Sơn Động');
    if (!chu || !sonDong) throw new Error('seed units missing');
    await ok(session, 'units.reactivate', { id: sonDong.id });
    await ok(session, 'units.reactivate', { id: chu.id });
    // Chũ starts on 01/01/2025, so ending it on 30/6/2024 fails — and Sơn Động must stay active.
    const error = await fails(session, 'units.deactivateMany', { ids: [sonDong.id, chu.id], activeTo: '2024-06-30' });
    expect(error.path).toBe('activeTo');
    expect((await ok(session, 'units.list', {})).map((u) => u.name)).toContain('Sơn Động');
    const ended = await ok(session, 'units.deactivateMany', { ids: [sonDong.id, chu.id], activeTo: '2025-06-30' });
    expect(ended.map((u) => u.activeTo)).toEqual(['2025-06-30', '2025-06-30']);
    expect(await fails(session, 'units.deactivate', { id: chu.id, activeTo: '2025-07-31' })).toMatchObject({ code: 'conflict' });
  });

  it('refuses a unit placed under itself, directly or through another unit', async () => {
    const session = newSession();
    const a = await ok(session, 'units.create', {
      fields: { name: 'A', kind: 'commune', contactOffice: '', email: null, officialCode: null, parentId: null },
      activeFrom: null,
    });
    const b = await ok(session, 'units.create', {
      fields: { name: 'B', kind: 'commune', contactOffice: '', email: null, officialCode: null, parentId: a.id },
      activeFrom: null,
    });
    expect(await fails(session, 'units.update', { id: a.id, fields: { parentId: b.id } })).toMatchObject({ path: 'fields.parentId' });
    expect(await fails(session, 'units.update', { id: a.id, fields: { parentId: a.id } })).toMatchObject({ path: 'fields.parentId' });
  });

  it('refuses a successor agency dated before the current one, keeping the history intact', async () => {
    const session = newSession();
    const [agency] = await ok(session, 'agencies.list', {});
    if (!agency) throw new Error('no agency');
    const { id: _id, validFrom: _f, validTo: _t, ...fields } = agency;
    await ok(session, 'agencies.create', { fields: { ...fields, name: 'Sở Dân tộc và Tôn giáo' }, validFrom: '2025-07-01' });
    expect(await fails(session, 'agencies.create', { fields, validFrom: '2020-01-01' })).toMatchObject({ path: 'validFrom' });
    const history = await ok(session, 'agencies.list', {});
    expect(history.map((a) => [a.validFrom, a.validTo])).toEqual([
      [null, '2025-06-30'],
      ['2025-07-01', null],
    ]);
  });

  it('writes no audit row for a save that changes nothing', async () => {
    const session = newSession();
    const before = (await ok(session, 'audit.list', {})).total;
    await ok(session, 'units.update', { id: 1, fields: {} });
    await ok(session, 'units.update', { id: 1, fields: { name: 'Sơn Động' } });
    expect((await ok(session, 'audit.list', {})).total).toBe(before);
  });

  it('keeps base-salary history and refuses two salaries from the same day', async () => {
    const session = newSession();
    const added = await ok(session, 'baseSalaries.create', {
      amount: 2_800_000,
      validFrom: '2027-07-01',
      decree: 'Nghị định số 1/2027/NĐ-CP',
    });
    const list = await ok(session, 'baseSalaries.list', {});
    expect(list.at(-2)?.validTo).toBe('2027-06-30');
    expect(list.at(-1)).toMatchObject({ id: added.id, validTo: null, verified: 'U' });
    expect(await fails(session, 'baseSalaries.create', { amount: 2_900_000, validFrom: '2027-07-01', decree: 'x' })).toMatchObject({
      code: 'conflict',
    });
    await ok(session, 'baseSalaries.delete', { id: added.id });
    const { entries } = await ok(session, 'audit.list', { entity: 'base_salary', limit: 2 });
    expect(entries.map((e) => e.action)).toEqual(['delete', 'create']);
  });

  it('edits an award form’s coefficients with validation', async () => {
    const session = newSession();
    const [form] = await ok(session, 'awardForms.list', {});
    if (!form) throw new Error('no form');
    const { id, ...fields } = form;
    const updated = await ok(session, 'awardForms.update', { id, fields: { ...fields, coefficientHousehold: 45, verified: 'V' } });
    expect(updated).toMatchObject({ coefficientHousehold: 45, verified: 'V' });
    const bad = await fails(session, 'awardForms.update', { id, fields: { ...fields, validTo: '2020-01-01' } });
    expect(bad).toMatchObject({ code: 'invalid_input', path: 'fields.validTo' });
    expect(await fails(session, 'awardForms.create', { fields })).toMatchObject({ code: 'conflict' });
    // A code of a megabyte is refused by its length, not stored.
    const huge = await fails(session, 'awardForms.create', { fields: { ...fields, code: 'a'.repeat(1024 * 1024) } });
    expect(huge).toMatchObject({ code: 'invalid_input', path: 'fields.code', message: 'Mã hình thức dài quá 40 ký tự' });
  });
});
