import fs from 'node:fs';
import { NOMINEE_KIND_LABELS, type NomineeKind } from '../../../shared/domain/nominees.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import type { ListColumn } from '../../sheets/list-sheet.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { getAgency } from '../settings/agencies.ts';
import { prepared } from '../../db/statements.ts';

export interface Delegate {
  id: number;
  name: string;
  ethnicity: string | null;
  unitName: string;
  kind: NomineeKind;
  reason: string;
}

/** The models introduced as delegates of the congress, in the plan's unit order. */
export function listDelegates(ctx: ServiceContext, campaignId: number): Delegate[] {
  return prepared(
    ctx.db,
    `SELECT n.id, n.name, e.display_name AS ethnicity, u.name AS unitName, n.kind, n.delegate_reason AS reason
       FROM nominees n JOIN units u ON u.id = n.unit_id
       LEFT JOIN ethnic_groups e ON e.code = n.ethnic_code
       LEFT JOIN campaign_quotas q ON q.campaign_id = n.campaign_id AND q.unit_id = n.unit_id
      WHERE n.campaign_id = ? AND n.deleted_at IS NULL AND n.congress_delegate = 1 AND n.status <> 'withdrawn'
      ORDER BY coalesce(q.position, 1000000), n.sort_key, n.id`,
  ).all(campaignId) as Delegate[];
}

const DELEGATE_COLUMNS: readonly ListColumn<Delegate>[] = [
  { header: 'STT', width: 5, value: (_, index) => index + 1 },
  { header: 'Họ và tên / Tên tập thể', width: 32, value: (d) => d.name },
  { header: 'Dân tộc', width: 11, value: (d) => d.ethnicity ?? '' },
  { header: 'Đơn vị', width: 15, value: (d) => d.unitName },
  { header: 'Loại', width: 10, value: (d) => NOMINEE_KIND_LABELS[d.kind] },
  { header: 'Lý do giới thiệu', width: 60, value: (d) => d.reason },
];

/** The delegate list as an .xlsx where the user chooses (the command line: --out). */
export async function exportDelegates(ctx: ServiceContext, campaignId: number): Promise<{ saved: string | null; rows: number }> {
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const delegates = listDelegates(ctx, campaignId);
  const { buildListSheet } = await import('../../sheets/list-sheet.ts');
  const buffer = await buildListSheet({
    sheetName: 'Đại biểu',
    parentBody: agency.parentBody,
    agencyName: agency.name,
    title: `DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN GIỚI THIỆU ĐẠI BIỂU DỰ ${campaign.awardEvent.toLocaleUpperCase('vi')}`,
    subtitle: `Năm ${campaign.year}. Tính đến ngày ${formatDateVi(todayOf(ctx))}: ${delegates.length} đại biểu.`,
    columns: DELEGATE_COLUMNS,
    rows: delegates,
  });
  const target = await ctx.platform.chooseSavePath({ suggestedName: `Danh-sach-dai-bieu-${campaign.year}.xlsx`, extension: 'xlsx' });
  if (!target) return { saved: null, rows: delegates.length };
  fs.writeFileSync(target, buffer);
  return { saved: target, rows: delegates.length };
}
