import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { asciiFileName } from '../../../shared/text/normalize.ts';
import { freeFileName } from '../core/file-names.ts';
import type { TemplateData } from '../../sheets/template.ts';

/** exceljs is loaded when a template is written, not with every command. */
async function buildTemplate(data: TemplateData): Promise<Buffer> {
  const sheets = await import('../../sheets/template.ts');
  return sheets.buildTemplate(data);
}
import { getAgency } from '../settings/agencies.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import type { ServiceContext } from '../core/context.ts';
import { getUnit } from '../settings/units.ts';
import { listEthnicGroups } from '../settings/ethnic-groups.ts';

function templateData(ctx: ServiceContext, campaignId: number, unitId: number): TemplateData {
  const campaign = getCampaign(ctx, campaignId);
  const quota = campaign.quotas.find((item) => item.unitId === unitId);
  if (!quota) throw new AppError('invalid_input', 'Đơn vị này không có chỉ tiêu trong chiến dịch.', 'unitId');
  const agency = getAgency(ctx, campaign.agencyId);
  return {
    campaignTitle: `Kế hoạch ${campaign.plan.title.charAt(0).toLocaleLowerCase('vi')}${campaign.plan.title.slice(1)}`,
    campaignYear: campaign.year,
    unitTitle: unitTitle(getUnit(ctx, unitId)),
    quota: { collective: quota.collective, individual: quota.individual },
    deadline: campaign.nominationDeadline,
    submitTo: campaign.submitTo,
    agencyEmail: agency.email,
    ethnicNames: listEthnicGroups(ctx)
      .filter((group) => group.code !== '55')
      .map((group) => group.displayName),
    achievementFields: campaign.achievementFields,
    collectiveForms: campaign.collectiveForms,
  };
}

/** "Mau-de-cu-2024-Huyen-Son-Dong.xlsx": ASCII, so it survives any mail program. */
export function templateFileName(data: TemplateData): string {
  return `Mau-de-cu-${data.campaignYear}-${asciiFileName(data.unitTitle)}.xlsx`;
}

export async function exportTemplate(ctx: ServiceContext, campaignId: number, unitId: number): Promise<{ saved: string | null }> {
  const data = templateData(ctx, campaignId, unitId);
  const buffer = await buildTemplate(data);
  const target = await ctx.platform.chooseSavePath({ suggestedName: templateFileName(data), extension: 'xlsx' });
  if (!target) return { saved: null };
  fs.writeFileSync(target, buffer);
  return { saved: target };
}

/** Every unit's template into one folder. */
export async function exportAllTemplates(ctx: ServiceContext, campaignId: number): Promise<{ folder: string | null; files: string[] }> {
  const units = getCampaign(ctx, campaignId).quotas.map((quota) => quota.unitId);
  const all = units.map((unitId) => templateData(ctx, campaignId, unitId));
  if (!ctx.platform.chooseFolder) throw new AppError('forbidden', 'Không chọn được thư mục ở chế độ này.');
  const folder = await ctx.platform.chooseFolder();
  if (!folder) return { folder: null, files: [] };
  const files: string[] = [];
  for (const data of all) {
    const target = freeFileName(folder, templateFileName(data));
    fs.writeFileSync(target, await buildTemplate(data));
    files.push(target);
  }
  return { folder, files: files.map((file) => path.basename(file)) };
}
