import { foldText } from '../../shared/text/normalize.ts';
import { unitNameKey } from '../../shared/domain/units.ts';
import type { Session } from '../session/open-session.ts';
import { CliError } from './errors.ts';
import { call } from './command.ts';

// Its own file: the unit schemas it needs are loaded only by the commands that take --unit.

/** --unit names a unit of the campaign's plan, with or without diacritics. */
export async function resolveUnit(session: Session, campaignId: number, name: unknown): Promise<number> {
  if (typeof name !== 'string' || !name.trim()) throw new CliError('Thiếu --unit (tên đơn vị).', 2);
  const campaign = await call(session, 'campaigns.get', { campaignId });
  const wanted = unitNameKey(name);
  const quota = campaign.quotas.find((item) => foldText(item.unitName) === wanted);
  if (!quota) throw new CliError(`Đơn vị "${name}" không có chỉ tiêu trong chiến dịch ${campaign.year}.`);
  return quota.unitId;
}
