import * as z from 'zod';
import { campaignSummarySchema, phaseSchema } from './campaigns.ts';
import { SCREEN_KEYS } from './screens.ts';
import { daysBetween, formatDateVi } from '../format/dates.ts';
import type { Phase } from './phases.ts';
import { isUnitActiveOn, unitTitle, type Unit } from './units.ts';
import { NOMINEE_STATUSES, type NomineeKind } from './nominees.ts';

const filledSchema = z.object({ quota: z.number(), filled: z.number() });

export const warningSchema = z.object({
  level: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** The screen where the user fixes it. */
  screen: z.enum(SCREEN_KEYS),
  /** What the warning's button does when it is not opening that screen. */
  action: z.enum(['new-campaign']).optional(),
});
export type Warning = z.infer<typeof warningSchema>;

export const overviewSchema = z.object({
  campaign: campaignSummarySchema,
  agencyName: z.string(),
  today: z.string(),
  phases: z.array(phaseSchema.extend({ state: z.enum(['done', 'current', 'upcoming', 'undated']) })),
  currentPhase: phaseSchema.nullable(),
  nominationDeadline: z.object({ date: z.string(), daysLeft: z.number() }),
  nextDeadline: z.object({ label: z.string(), date: z.string(), daysLeft: z.number() }).nullable(),
  units: z.array(
    z.object({
      unitId: z.number(),
      unitTitle: z.string(),
      active: z.boolean(),
      email: z.string().nullable(),
      collective: filledSchema,
      individual: filledSchema,
    }),
  ),
  totals: z.object({
    declared: z.number(),
    quota: filledSchema,
    collective: filledSchema,
    individual: filledSchema,
  }),
  warnings: z.array(warningSchema),
  /** Live nominees per status, in the order of the phases. */
  statuses: z.array(z.object({ status: z.enum(NOMINEE_STATUSES), label: z.string(), count: z.number() })),
});
export type Overview = z.infer<typeof overviewSchema>;

/** What the campaign's dashboard rules look at; pure data so the renderer can reuse them. */
export interface OverviewFacts {
  today: string;
  status: 'draft' | 'issued' | 'closed';
  totalModels: number;
  nominationDeadline: string;
  phases: readonly Phase[];
  quotas: readonly { unit: Unit; collective: number; individual: number }[];
  /** Nominees received so far, per unit id and kind. */
  filled: ReadonlyMap<number, Record<NomineeKind, number>>;
}

const DEADLINE_SOON_DAYS = 7;

export function filledFor(facts: OverviewFacts, unitId: number): Record<NomineeKind, number> {
  return facts.filled.get(unitId) ?? { collective: 0, individual: 0 };
}

function phaseWarnings(phases: readonly Phase[]): Warning[] {
  const warnings: Warning[] = [];
  let previousEnd: string | null = null;
  for (const phase of phases) {
    if (phase.startsOn && phase.endsOn && phase.endsOn < phase.startsOn) {
      warnings.push({
        level: 'error',
        screen: 'plans',
        message: `Giai đoạn "${phase.name}" kết thúc (${formatDateVi(phase.endsOn)}) trước khi bắt đầu (${formatDateVi(phase.startsOn)}).`,
      });
    }
    if (previousEnd && phase.startsOn && phase.startsOn < previousEnd) {
      warnings.push({
        level: 'warning',
        screen: 'plans',
        message: `Giai đoạn "${phase.name}" bắt đầu trước khi giai đoạn trước kết thúc.`,
      });
    }
    previousEnd = phase.endsOn ?? previousEnd;
  }
  return warnings;
}

/** "Huyện Sơn Động, Huyện Lục Ngạn và Huyện Tân Yên" */
function joinTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} và ${titles.at(-1) ?? ''}`;
}

/** One warning per rule, naming every unit it concerns, so six districts do not make six lines. */
function quotaWarnings(facts: OverviewFacts): Warning[] {
  const warnings: Warning[] = [];
  const sum = facts.quotas.reduce((total, quota) => total + quota.collective + quota.individual, 0);
  if (sum !== facts.totalModels) {
    warnings.push({
      level: 'error',
      screen: 'plans',
      message: `Tổng chỉ tiêu của kế hoạch là ${facts.totalModels} nhưng các đơn vị được phân bổ ${sum}.`,
    });
  }
  const inactive: string[] = [];
  const noEmail: string[] = [];
  const notSent: string[] = [];
  for (const { unit, collective, individual } of facts.quotas) {
    const title = unitTitle(unit);
    if (!isUnitActiveOn(unit, facts.nominationDeadline)) inactive.push(title);
    if (!unit.email) noEmail.push(title);
    const got = filledFor(facts, unit.id);
    if (got.collective > collective || got.individual > individual) {
      warnings.push({
        level: 'warning',
        screen: 'nominations',
        message: `${title} đề cử vượt chỉ tiêu (tập thể ${got.collective}/${collective}, cá nhân ${got.individual}/${individual}).`,
      });
    }
    if (got.collective + got.individual === 0 && collective + individual > 0) notSent.push(title);
  }
  const deadline = formatDateVi(facts.nominationDeadline);
  if (inactive.length > 0) {
    warnings.push({
      level: 'error',
      screen: 'plans',
      message: `${joinTitles(inactive)} có chỉ tiêu nhưng không còn hoạt động vào hạn nộp ${deadline}.`,
    });
  }
  if (noEmail.length > 0) {
    warnings.push({
      level: 'warning',
      screen: 'settings',
      message: `${noEmail.length} đơn vị chưa có địa chỉ email (${joinTitles(noEmail)}): chưa gửi được mẫu đề cử và bản tổng hợp.`,
    });
  }
  const daysLeft = daysBetween(facts.today, facts.nominationDeadline);
  if (notSent.length > 0 && facts.status !== 'closed') {
    if (daysLeft < 0) {
      warnings.push({
        level: 'warning',
        screen: 'nominations',
        message: `${notSent.length} đơn vị chưa gửi danh sách đề cử dù hạn ${deadline} đã qua: ${joinTitles(notSent)}.`,
      });
    } else if (daysLeft <= DEADLINE_SOON_DAYS) {
      warnings.push({
        level: 'info',
        screen: 'nominations',
        message: `Còn ${daysLeft} ngày đến hạn ${deadline}; ${notSent.length} đơn vị chưa gửi danh sách: ${joinTitles(notSent)}.`,
      });
    }
  }
  return warnings;
}

/** The warnings that need the office's attention on the dashboard, most serious first. */
export function overviewWarnings(facts: OverviewFacts): Warning[] {
  const warnings: Warning[] = [...phaseWarnings(facts.phases), ...quotaWarnings(facts)];
  if (facts.status === 'draft') {
    const started = facts.today >= (facts.phases.find((phase) => phase.key === 'nomination')?.startsOn ?? facts.nominationDeadline);
    warnings.push({
      level: started ? 'warning' : 'info',
      screen: 'plans',
      message: started
        ? 'Kế hoạch chưa được ban hành (chưa có số, ngày) dù giai đoạn đề cử đã bắt đầu.'
        : 'Kế hoạch đang là dự thảo: cần cấp số, ngày và ban hành trước khi gửi các đơn vị.',
    });
  }
  const lastEnd = facts.phases
    .map((phase) => phase.endsOn)
    .filter((date): date is string => date !== null)
    .sort()
    .at(-1);
  if (lastEnd && facts.today > lastEnd) {
    warnings.push({
      level: 'info',
      screen: 'campaigns',
      action: 'new-campaign',
      message: 'Các giai đoạn của chiến dịch này đã qua. Để làm năm mới, tạo chiến dịch mới bằng cách sao chép chiến dịch này.',
    });
  }
  const order = { error: 0, warning: 1, info: 2 } as const;
  return warnings.sort((a, b) => order[a.level] - order[b.level]);
}
