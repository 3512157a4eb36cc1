import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDateInText } from '../../../shared/format/dates.ts';
import { newSession, ok } from '../../support/session.ts';
import { repoPath } from '../../support/paths.ts';

/** The 2024 plan as typed from the paper original, kept beside the seed data in resources/. */
const seedText = fs.readFileSync(repoPath('resources/seed/ke-hoach-2024.txt'), 'utf8');
/** Typos of the original that the embedded campaign corrects (stated in the seed's "source"). */
const CORRECTIONS: [string, string][] = [
  ['tuyên tuyền', 'tuyên truyền'],
  ['Giao phòng', 'Giao Phòng'],
];
const flatten = (text: string) =>
  CORRECTIONS.reduce((t, [from, to]) => t.replaceAll(from, to), text.normalize('NFC').replace(/\s+/gu, ' '));
const original = flatten(seedText);

describe('the embedded 2024 campaign reproduces the seed plan', () => {
  it('is the only campaign of a new database', async () => {
    const session = newSession();
    const campaigns = await ok(session, 'campaigns.list', { today: '2024-03-10' });
    expect(campaigns).toEqual([
      {
        id: 1,
        year: 2024,
        title: 'Xây dựng và nhân rộng điển hình tiên tiến trong lĩnh vực công tác dân tộc năm 2024',
        status: 'draft',
        phase: 'Lựa chọn, đề cử',
      },
    ]);
  });

  it('has the agency, signer and contact of the plan', async () => {
    const session = newSession();
    const [agency] = await ok(session, 'agencies.list', {});
    expect(agency).toMatchObject({
      name: 'Ban Dân tộc',
      fullName: 'Ban Dân tộc tỉnh Bắc Giang',
      parentBody: 'UBND tỉnh Bắc Giang',
      abbreviation: 'BDT',
      place: 'Bắc Giang',
      headTitle: 'TRƯỞNG BAN',
      signerAuthority: '',
      signerName: 'Vi Thanh Quyền',
      contactName: 'Chu Thị Thu Trang',
      contactPosition: 'Chuyên viên Phòng Hành chính - Tổng hợp',
      contactPhone: '0984.024.432',
      departments: [{ name: 'Phòng Hành chính - Tổng hợp', abbreviation: 'HCTH' }],
    });
  });

  it('has the total of 10 and the six districts’ quotas in the plan’s order', async () => {
    const session = newSession();
    const campaign = await ok(session, 'campaigns.get', { campaignId: 1 });
    expect(campaign.totalModels).toBe(10);
    expect(campaign.quotas.map(({ unitTitle, collective, individual }) => [unitTitle, collective, individual])).toEqual([
      ['Huyện Sơn Động', 1, 1],
      ['Huyện Lục Ngạn', 1, 1],
      ['Huyện Lục Nam', 1, 1],
      ['Huyện Yên Thế', 1, 1],
      ['Huyện Lạng Giang', 0, 1],
      ['Huyện Tân Yên', 0, 1],
    ]);
    for (const quota of campaign.quotas) {
      const count = quota.collective + quota.individual;
      expect(original).toContain(`- ${quota.unitTitle}: ${String(count).padStart(2, '0')} điển hình`);
    }
  });

  it('has the deadline, the phases of the plan and the award event', async () => {
    const session = newSession();
    const campaign = await ok(session, 'campaigns.get', { campaignId: 1 });
    expect(campaign.nominationDeadline).toBe('2024-03-20');
    expect(original).toContain(`trước ngày ${formatDateInText(campaign.nominationDeadline)}`);
    expect(campaign.submitTo).toBe('Phòng Hành chính - Tổng hợp, Ban Dân tộc');
    const byKey = Object.fromEntries(campaign.phases.map((p) => [p.key, p]));
    expect(byKey.nomination?.endsOn).toBe('2024-03-20');
    expect(byKey.nurturing).toMatchObject({ startsOn: '2024-04-01', endsOn: '2024-09-30' }); // quý II, III
    expect(byKey.evaluation).toMatchObject({ startsOn: '2024-10-01', endsOn: '2024-12-31' }); // quý IV
    expect(campaign.awardEvent).toBe('Đại hội đại biểu các dân tộc thiểu số tỉnh Bắc Giang lần thứ IV, năm 2024');
    expect(original).toContain(campaign.awardEvent);
  });

  it('has the basis documents with their numbers, dates and issuers', async () => {
    const session = newSession();
    const { plan } = await ok(session, 'campaigns.get', { campaignId: 1 });
    expect(plan.basis.map(({ type, number, date, issuer }) => ({ type, number, date, issuer }))).toEqual([
      { type: 'Kế hoạch', number: '68/KH-UBND', date: '2023-01-06', issuer: 'UBND tỉnh' },
      { type: 'Chỉ thị', number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị' },
    ]);
    for (const doc of plan.basis) {
      expect(original).toContain(`${doc.type} số ${doc.number} ngày ${formatDateInText(doc.date)} của ${doc.issuer}`);
    }
  });

  it('holds every paragraph of the seed, word for word, in the same order', async () => {
    const session = newSession();
    const { plan } = await ok(session, 'campaigns.get', { campaignId: 1 });
    const opening = plan.basis
      .filter((doc) => doc.citedInOpening)
      .map((doc) => `${doc.type} số ${doc.number} ngày ${formatDateInText(doc.date)} của ${doc.issuer}, ${doc.summary}`);
    const dash = (items: string[]) => items.map((item) => `- ${item}`);
    const number = (items: string[]) => items.map((item, i) => `${i + 1}. ${item}`);
    const contact = `${plan.closing} ${plan.contact.name} - ${plan.contact.position}, ${plan.contactUnit} (điện thoại ${plan.contact.phone}) ${plan.closingAfterContact}`;
    const paragraphs = [
      plan.title,
      `Thực hiện ${opening.join('; ')}. ${plan.openingStatement}`,
      ...dash(plan.purposes),
      ...dash(plan.requirements),
      ...plan.subjects,
      ...plan.criteriaCollective,
      ...plan.criteriaIndividual,
      ...plan.quantity,
      plan.allocationLead,
      ...dash(plan.schedule),
      ...plan.funding,
      ...number(plan.tasks),
      contact,
      ...dash(plan.recipients),
      plan.signer.headTitle,
      plan.signer.name,
    ];
    let cursor = 0;
    for (const paragraph of paragraphs) {
      const at = original.indexOf(paragraph, cursor);
      expect(at, `not found after position ${cursor}: ${paragraph}`).toBeGreaterThanOrEqual(0);
      cursor = at + paragraph.length;
    }
  });

  it('loads the 54 ethnic groups with official codes, plus foreigners', async () => {
    const session = newSession();
    const rows = session.db.prepare('SELECT code, name, minority, aliases_json FROM ethnic_groups ORDER BY code').all() as {
      code: string;
      name: string;
      minority: number;
      aliases_json: string;
    }[];
    expect(rows).toHaveLength(55);
    expect(rows.filter((row) => row.minority === 1)).toHaveLength(53);
    const byCode = Object.fromEntries(rows.map((row) => [row.code, row]));
    expect(byCode['01']?.name).toBe('Kinh');
    expect(byCode['07']?.name).toBe('Nùng');
    expect(byCode['11']?.name).toBe('Ngái');
    expect(byCode['53']?.name).toBe('Ơ Đu');
    expect(byCode['54']?.name).toBe('Rơ-măm');
    expect(byCode['55']?.minority).toBe(0);
    expect(JSON.parse(byCode['15']?.aliases_json ?? '[]')).toContain('Cao Lan');
  });

  it('loads base salaries and award forms with their coefficients', async () => {
    const session = newSession();
    const salaries = await ok(session, 'baseSalaries.list', {});
    expect(salaries.map((s) => [s.amount, s.validFrom, s.validTo])).toEqual([
      [1490000, '2019-07-01', '2023-06-30'],
      [1800000, '2023-07-01', '2024-06-30'],
      [2340000, '2024-07-01', '2026-06-30'],
      [2530000, '2026-07-01', null],
    ]);
    const forms = await ok(session, 'awardForms.list', {});
    const giayKhen2025 = forms.find((f) => f.code === 'giay-khen' && f.validFrom === '2025-07-01');
    expect(giayKhen2025).toMatchObject({
      coefficientIndividual: 30,
      coefficientCollective: 60,
      coefficientHousehold: 45,
      grantedByAgency: true,
    });
  });

  it('stores all its text in Unicode NFC, and the database check passes', async () => {
    const session = newSession();
    const report = await ok(session, 'system.check', {});
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.counts.ethnic_groups).toBe(55);
  });
});
