import { awardPapersSchema, type AwardPapers } from '../../../shared/domain/awards.ts';
import type { ServiceContext } from '../core/context.ts';
import { recordChange } from '../core/audit.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { getAgency } from '../settings/agencies.ts';
import { prepared } from '../../db/statements.ts';

/** The words of a campaign's award papers that the records do not hold, with sensible defaults. */

const keyOf = (campaignId: number) => `awards.papers.${campaignId}`;

/** "UBND tỉnh Bắc Giang" → "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang". */
export function superiorOf(parentBody: string): string {
  return `Chủ tịch ${parentBody.replace(/^UBND\b/u, 'Ủy ban nhân dân')}`;
}

export function defaultAwardPapers(ctx: ServiceContext, campaignId: number): AwardPapers {
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const name = agency.departments[0]?.name ?? '';
  // "Phòng Hành chính - Tổng hợp" → "Trưởng phòng Hành chính - Tổng hợp".
  const departmentHead = name ? `Trưởng ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}` : '';
  return {
    functionsBasis: '',
    proposedBy: `Hội đồng Thi đua - Khen thưởng ${agency.name}${departmentHead ? ` và ${departmentHead}` : ''}`,
    executors: `${departmentHead ? `${departmentHead}, ` : ''}Thủ trưởng các phòng, đơn vị thuộc ${agency.name} và các tập thể, cá nhân có tên tại Điều 1`,
    fundingSource: campaign.plan.funding.join(' ').trim() || `Quỹ thi đua, khen thưởng của ${agency.name}`,
    superior: superiorOf(agency.parentBody),
    throughBody: 'Sở Nội vụ',
    congressOn: null,
    reportForm: 'cong-trang',
  };
}

export function awardPapers(ctx: ServiceContext, campaignId: number): AwardPapers {
  const stored = prepared(ctx.db, 'SELECT value_json FROM app_settings WHERE key = ?').pluck().get(keyOf(campaignId)) as string | undefined;
  const defaults = defaultAwardPapers(ctx, campaignId);
  if (!stored) return defaults;
  const parsed = awardPapersSchema.safeParse({ ...defaults, ...(JSON.parse(stored) as object) });
  return parsed.success ? parsed.data : defaults;
}

export function saveAwardPapers(ctx: ServiceContext, campaignId: number, papers: AwardPapers): AwardPapers {
  const before = awardPapers(ctx, campaignId);
  prepared(
    ctx.db,
    'INSERT INTO app_settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  ).run(keyOf(campaignId), JSON.stringify(papers));
  recordChange(ctx, { action: 'update', entity: 'setting', entityId: keyOf(campaignId), before, after: papers });
  return papers;
}
