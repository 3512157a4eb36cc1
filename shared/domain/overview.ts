import type { Warning } from '../api/areas/overview.ts';
import { daysBetween, formatDateVi } from '../format/dates.ts';
import type { Phase } from './phases.ts';
import { isUnitActiveOn, unitTitle, type Unit } from './units.ts';
import type { NomineeKind } from './nominees.ts';

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
        screen: 'ke-hoach',
        message: `Giai đoạn "${phase.name}" kết thúc (${formatDateVi(phase.endsOn)}) trước khi bắt đầu (${formatDateVi(phase.startsOn)}).`,
      });
    }
    if (previousEnd && phase.startsOn && phase.startsOn < previousEnd) {
      warnings.push({
        level: 'warning',
        screen: 'ke-hoach',
        message: `Giai đoạn "${phase.name}" bắt đầu trước khi giai đoạn trước kết thúc.`,
      });
    }
    previousEnd = phase.endsOn ?? previousEnd;
  }
  return warnings;
}

function quotaWarnings(facts: OverviewFacts): Warning[] {
  const warnings: Warning[] = [];
  const sum = facts.quotas.reduce((total, quota) => total + quota.collective + quota.individual, 0);
  if (sum !== facts.totalModels) {
    warnings.push({
      level: 'error',
      screen: 'ke-hoach',
      message: `Tổng chỉ tiêu của kế hoạch là ${facts.totalModels} nhưng các đơn vị được phân bổ ${sum}.`,
    });
  }
  const pastDeadline = facts.today > facts.nominationDeadline;
  const daysLeft = daysBetween(facts.today, facts.nominationDeadline);
  for (const { unit, collective, individual } of facts.quotas) {
    const title = unitTitle(unit);
    if (!isUnitActiveOn(unit, facts.nominationDeadline)) {
      warnings.push({
        level: 'error',
        screen: 'cai-dat',
        message: `${title} có chỉ tiêu nhưng không còn hoạt động vào hạn nộp ${formatDateVi(facts.nominationDeadline)}.`,
      });
    }
    if (!unit.email) {
      warnings.push({
        level: 'warning',
        screen: 'cai-dat',
        message: `${title} chưa có địa chỉ email: chưa gửi được mẫu đề cử và bản tổng hợp.`,
      });
    }
    const got = filledFor(facts, unit.id);
    const received = got.collective + got.individual;
    if (got.collective > collective || got.individual > individual) {
      warnings.push({
        level: 'warning',
        screen: 'de-cu',
        message: `${title} đề cử vượt chỉ tiêu (tập thể ${got.collective}/${collective}, cá nhân ${got.individual}/${individual}).`,
      });
    }
    if (received === 0 && collective + individual > 0 && facts.status !== 'closed') {
      if (pastDeadline) {
        warnings.push({
          level: 'warning',
          screen: 'de-cu',
          message: `${title} chưa gửi danh sách đề cử (hạn ${formatDateVi(facts.nominationDeadline)} đã qua).`,
        });
      } else if (daysLeft <= DEADLINE_SOON_DAYS) {
        warnings.push({
          level: 'info',
          screen: 'de-cu',
          message: `${title} chưa gửi danh sách đề cử; còn ${daysLeft} ngày đến hạn.`,
        });
      }
    }
  }
  return warnings;
}

/** The warnings that need the office's attention on the dashboard, most serious first. */
export function overviewWarnings(facts: OverviewFacts): Warning[] {
  const warnings: Warning[] = [...phaseWarnings(facts.phases), ...quotaWarnings(facts)];
  if (facts.status === 'draft') {
    const started = facts.today >= (facts.phases.find((phase) => phase.key === 'de-cu')?.startsOn ?? facts.nominationDeadline);
    warnings.push({
      level: started ? 'warning' : 'info',
      screen: 'ke-hoach',
      message: started
        ? 'Kế hoạch chưa được ban hành (chưa có số, ngày) dù giai đoạn đề cử đã bắt đầu.'
        : 'Kế hoạch đang là dự thảo: cần cấp số, ngày và ban hành trước khi gửi các đơn vị.',
    });
  }
  const lastEnd = facts.phases.map((phase) => phase.endsOn).filter((date): date is string => date !== null).sort().at(-1);
  if (lastEnd && facts.today > lastEnd) {
    warnings.push({
      level: 'info',
      screen: 'cai-dat',
      message: 'Các giai đoạn của chiến dịch này đã qua. Để làm năm mới, tạo chiến dịch mới bằng cách sao chép chiến dịch này.',
    });
  }
  const order = { error: 0, warning: 1, info: 2 } as const;
  return warnings.sort((a, b) => order[a.level] - order[b.level]);
}
