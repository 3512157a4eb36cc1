import fs from 'node:fs';
import { describeListFilters, NOMINEE_LIST_COLUMNS } from '../../../shared/domain/nominee-list-columns.ts';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { asciiFileName } from '../../../shared/text/normalize.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { getAgency } from '../settings/agencies.ts';
import { getUnit } from '../settings/units.ts';
import { listNominees, type NomineeQuery } from './nominee-list.ts';

/** Every nominee the list's filters select, in the list's order, a page at a time. */
export function allListed(ctx: ServiceContext, query: Omit<NomineeQuery, 'limit' | 'offset'>): Nominee[] {
  const nominees: Nominee[] = [];
  for (let total = Infinity; nominees.length < total;) {
    const page = listNominees(ctx, { ...query, limit: 5_000, offset: nominees.length });
    if (page.items.length === 0) break;
    nominees.push(...page.items);
    total = page.total;
  }
  return nominees;
}

/** The list as the user filtered it, as an .xlsx where they choose (the command line: --out). */
export async function exportNominees(
  ctx: ServiceContext,
  query: Omit<NomineeQuery, 'limit' | 'offset'>,
): Promise<{ saved: string | null; rows: number }> {
  const campaign = getCampaign(ctx, query.campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const unit = query.unitId === undefined ? null : unitTitle(getUnit(ctx, query.unitId));
  const nominees = allListed(ctx, query);
  const { buildListSheet } = await import('../../sheets/list-sheet.ts');
  const buffer = await buildListSheet({
    sheetName: 'Danh sách đề cử',
    parentBody: agency.parentBody,
    agencyName: agency.name,
    title: `DANH SÁCH ĐỀ CỬ ĐIỂN HÌNH TIÊN TIẾN NĂM ${campaign.year}`,
    subtitle: `${describeListFilters({ ...query, unitTitle: unit })}. Tính đến ngày ${formatDateVi(todayOf(ctx))}: ${nominees.length} đề cử.`,
    columns: NOMINEE_LIST_COLUMNS,
    rows: nominees,
  });
  const suggestedName = `Danh-sach-de-cu-${campaign.year}${unit ? `-${asciiFileName(unit)}` : ''}.xlsx`;
  const target = await ctx.platform.chooseSavePath({ suggestedName, extension: 'xlsx' });
  if (!target) return { saved: null, rows: nominees.length };
  fs.writeFileSync(target, buffer);
  return { saved: target, rows: nominees.length };
}
