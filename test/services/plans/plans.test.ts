import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../../electron/session/open-session.ts';
import { browserPlatform } from '../../../electron/bridge/browser-platform.ts';
import { makeTempDir } from '../../support/temp.ts';
import { fails, newSession, ok } from '../../support/session.ts';

describe('editing, issuing and exporting the plan', () => {
  it('saves the whole draft in one audited transaction', async () => {
    const session = newSession();
    const { draft } = await ok(session, 'plans.get', { campaignId: 1 });
    const edited = {
      ...draft,
      totalModels: 11,
      quotas: [...draft.quotas, { unitId: 7, collective: 0, individual: 1 }],
      plan: { ...draft.plan, funding: ['Kinh phí từ nguồn chi thường xuyên của Ban.'] },
    };
    const saved = await ok(session, 'plans.save', { campaignId: 1, draft: edited });
    expect(saved.draft.totalModels).toBe(11);
    expect(saved.draft.quotas.at(-1)).toEqual({ unitId: 7, collective: 0, individual: 1 });
    expect(saved.draft.plan.funding).toEqual(['Kinh phí từ nguồn chi thường xuyên của Ban.']);
    const { entries } = await ok(session, 'audit.list', { entity: 'campaign', limit: 1 });
    expect((entries[0]?.before as { totalModels: number }).totalModels).toBe(10);
    expect((entries[0]?.after as { totalModels: number }).totalModels).toBe(11);
  });

  it('refuses a draft with a unit twice, phases out of order or an end before a start', async () => {
    const session = newSession();
    const { draft } = await ok(session, 'plans.get', { campaignId: 1 });
    const twice = { ...draft, quotas: [...draft.quotas, draft.quotas[0]] };
    expect(await fails(session, 'plans.save', { campaignId: 1, draft: twice })).toMatchObject({ path: 'draft.quotas.6.unitId' });
    const swapped = { ...draft, phases: [draft.phases[1], draft.phases[0], ...draft.phases.slice(2)] };
    expect((await fails(session, 'plans.save', { campaignId: 1, draft: swapped })).message).toContain('thứ tự');
    const backwards = { ...draft, phases: draft.phases.map((p, i) => (i === 2 ? { ...p, endsOn: '2024-01-01' } : p)) };
    expect(await fails(session, 'plans.save', { campaignId: 1, draft: backwards })).toMatchObject({ path: 'draft.phases.2.endsOn' });
    const empty = { ...draft, plan: { ...draft.plan, recipients: [] } };
    expect(await fails(session, 'plans.save', { campaignId: 1, draft: empty })).toMatchObject({ path: 'draft.plan.recipients' });
  });

  it('issues with a number and date, freezes that version, and keeps it as issued after later edits', async () => {
    const session = newSession({ now: () => new Date('2024-02-05T09:00:00+07:00') });
    expect((await ok(session, 'plans.get', { campaignId: 1 })).suggestedNumber).toBe(1);
    const issued = await ok(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
    expect(issued).toMatchObject({ number: 15, symbol: 'KH-BDT', issuedOn: '2024-02-05' });
    const state = await ok(session, 'plans.get', { campaignId: 1 });
    expect(state).toMatchObject({ status: 'issued', changedSinceIssue: false, suggestedNumber: 16 });
    const asIssued = await ok(session, 'plans.document', { campaignId: 1, issuedId: issued.id });

    await ok(session, 'plans.save', {
      campaignId: 1,
      draft: { ...state.draft, plan: { ...state.draft.plan, signer: { ...state.draft.plan.signer, name: 'Nguyễn Văn An' } } },
    });
    expect((await ok(session, 'plans.get', { campaignId: 1 })).changedSinceIssue).toBe(true);
    const again = await ok(session, 'plans.document', { campaignId: 1, issuedId: issued.id });
    expect(again.document).toEqual(asIssued.document);
    expect(again.document.signature.name).toBe('Vi Thanh Quyền');
    expect((await ok(session, 'plans.document', { campaignId: 1 })).document.signature.name).toBe('Nguyễn Văn An');
    const register = session.db.prepare('SELECT kind, number, symbol, year, issued_on FROM issued_documents').all();
    expect(register).toEqual([{ kind: 'plan', number: 15, symbol: 'KH-BDT', year: 2024, issued_on: '2024-02-05' }]);
    const campaign = await ok(session, 'campaigns.get', { campaignId: 1 });
    expect(campaign).toMatchObject({ status: 'issued', planNumber: '15/KH-BDT', planIssuedOn: '2024-02-05' });
  });

  it('refuses a used number, a date before the documents it is based on, and an impossible date — changing nothing', async () => {
    const session = newSession();
    await ok(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
    const count = () => session.db.prepare('SELECT count(*) FROM issued_documents').pluck().get();
    expect(await fails(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-03-01' })).toMatchObject({
      code: 'conflict',
      path: 'number',
    });
    expect((await fails(session, 'plans.issue', { campaignId: 1, number: 16, date: '2022-12-30' })).message).toContain(
      'sớm hơn văn bản căn cứ',
    );
    expect(await fails(session, 'plans.issue', { campaignId: 1, number: 16, date: '2024-02-30' })).toMatchObject({ path: 'date' });
    expect(count()).toBe(1);
  });

  it('exports the Word file where the host chose, and PDF only where the host can print', async () => {
    const folder = makeTempDir('dhtt-export-');
    const temp = makeTempDir('dhtt-exportdb-');
    const session = openSession({
      databasePath: path.join(temp.dir, 'x.sqlite'),
      platform: browserPlatform(folder.dir, 'test'),
      logError: () => undefined,
    });
    try {
      const first = await ok(session, 'plans.exportDocx', { campaignId: 1 });
      const second = await ok(session, 'plans.exportDocx', { campaignId: 1 });
      expect(path.basename(first.saved ?? '')).toBe('Ke-hoach-2024-du-thao.docx');
      expect(path.basename(second.saved ?? '')).toBe('Ke-hoach-2024-du-thao (2).docx');
      const zip = await JSZip.loadAsync(fs.readFileSync(first.saved ?? ''));
      expect(await zip.file('word/document.xml')?.async('string')).toContain('Vi Thanh Quyền');
      expect(await fails(session, 'plans.exportPdf', { campaignId: 1 })).toMatchObject({ code: 'forbidden' });
    } finally {
      session.close();
      folder.cleanup();
      temp.cleanup();
    }
  });
});
