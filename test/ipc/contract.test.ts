import { describe, expect, it } from 'vitest';
import { AREAS, contract, methodNames, type AreaName } from '../../shared/api/contract.ts';
import { areaOfMethod } from '../../shared/api/method-areas.ts';
import { loadArea } from '../../electron/ipc/areas.ts';
import { newSession, fails, ok } from '../support/session.ts';

/** Inputs no method accepts: wrong types, and an object with a field no schema knows. */
const HOSTILE_INPUTS: unknown[] = ['chuỗi', 42, [], { truongLa: 1 }];

describe('the API contract', () => {
  it('has a service for every method and no service outside it: the area tables together are the contract', async () => {
    const areas = Object.keys(AREAS) as AreaName[];
    const handled = (await Promise.all(areas.map(async (area) => Object.keys((await loadArea(area)).handlers)))).flat();
    expect(handled.sort()).toEqual([...methodNames].sort());
    for (const area of areas) {
      const { methods, handlers } = await loadArea(area);
      expect(Object.keys(handlers).sort(), area).toEqual(Object.keys(methods).sort());
      expect(Object.keys(methods).sort(), area).toEqual(Object.keys(AREAS[area]).sort());
    }
  });

  it('finds each method’s area from its name alone', () => {
    for (const area of Object.keys(AREAS) as AreaName[]) {
      for (const method of Object.keys(AREAS[area])) expect(areaOfMethod(method), method).toBe(area);
    }
    expect(areaOfMethod('fs.readFile')).toBeNull();
  });

  it('gives every method an input and an output schema', () => {
    for (const name of methodNames) {
      expect(contract[name].input, name).toBeDefined();
      expect(contract[name].output, name).toBeDefined();
    }
  });

  for (const method of methodNames) {
    it(`${method} answers bad input with a Vietnamese error and changes nothing`, async () => {
      const session = newSession();
      const auditBefore = session.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
      for (const input of HOSTILE_INPUTS) {
        const error = await fails(session, method, input);
        expect(error.code).toBe('invalid_input');
        expect(error.message).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu);
        expect(error.message).not.toMatch(/at .*\.ts:\d+/u);
      }
      expect(session.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);
    });
  }

  it('answers every method’s output in the shape its schema promises', async () => {
    const session = newSession();
    const samples = {
      'campaigns.list': {},
      'campaigns.get': { campaignId: 1 },
      'overview.get': { campaignId: 1, today: '2024-03-10' },
      'units.list': { includeInactive: true },
      'agencies.list': {},
      'baseSalaries.list': {},
      'awardForms.list': {},
      'audit.list': {},
      'system.check': {},
      'app.info': {},
    } as const;
    for (const [method, input] of Object.entries(samples)) {
      const value = await ok(session, method as keyof typeof samples, input as never);
      expect(contract[method as keyof typeof samples].output.safeParse(value).success, method).toBe(true);
    }
  });

  it('names the field of a malformed or impossible date', async () => {
    const session = newSession();
    expect(await fails(session, 'overview.get', { campaignId: 1, today: '2024-02-30' })).toMatchObject({
      code: 'invalid_input',
      path: 'today',
      message: expect.stringContaining('ngày không hợp lệ'),
    });
    expect(await fails(session, 'units.deactivate', { id: 1, activeTo: '30/06/2025' })).toMatchObject({ path: 'activeTo' });
    expect(
      await fails(session, 'units.create', {
        fields: { name: '   ', kind: 'commune', contactOffice: '', email: null, officialCode: null, parentId: null },
        activeFrom: null,
      }),
    ).toMatchObject({
      path: 'fields.name',
      message: 'Tên đơn vị: không được để trống',
    });
  });

  it('answers an unknown method and an unknown campaign without throwing', async () => {
    const session = newSession();
    expect(await fails(session, 'campaigns.drop', {})).toMatchObject({ code: 'unknown_method' });
    expect(await fails(session, 'campaigns.get', { campaignId: 404 })).toEqual({
      code: 'not_found',
      message: 'Không tìm thấy chiến dịch mã 404.',
    });
  });

  it('rolls back the whole action when a service fails midway', async () => {
    const session = newSession();
    // A unit whose parent does not exist: the check runs after nothing, so nothing may remain.
    const before = session.db.prepare('SELECT count(*) FROM units').pluck().get();
    const auditBefore = session.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    await fails(session, 'units.create', {
      fields: { name: 'Xã Mới', kind: 'commune', contactOffice: '', email: null, officialCode: null, parentId: 999 },
      activeFrom: null,
    });
    expect(session.db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(before);
    expect(session.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);
  });
});
