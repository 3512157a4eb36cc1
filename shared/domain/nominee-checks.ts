import { foldText } from '../text/normalize.ts';
import { formatDateVi } from '../format/dates.ts';
import type { Gender, NomineeKind } from './nominees.ts';
import { unitNameKey } from './units.ts';

/** What the checks look at for one nominee; pure data so the screen can show the same warnings. */
export interface NomineeFacts {
  id: number;
  kind: NomineeKind;
  unitName: string;
  collectiveForm: string | null;
  representative: string | null;
  gender: Gender | null;
  birthYear: number | null;
  ethnicCode: string | null;
  district: string;
  achievementField: string;
  achievementSummary: string;
  receivedOn: string | null;
  /** Past its unit's quota for its kind: a figure of the whole group, worked out by overQuotaIds. */
  overQuota: boolean;
}

export interface CampaignRules {
  minorityCodes: ReadonlySet<string>;
  collectiveForms: readonly string[];
  achievementFields: readonly string[];
  nominationDeadline: string;
}

export { WARNING_RULES_VERSION } from './warning-rules-version.ts';

export const RULES = {
  notMinority: 'not-minority',
  outsideArea: 'outside-area',
  collectiveForm: 'collective-form',
  missing: 'missing-fields',
  field: 'field',
  overQuota: 'over-quota',
  late: 'late',
} as const;
export type RuleId = (typeof RULES)[keyof typeof RULES];

/**
 * Each rule as one bit, as the database stores a nominee's warnings (warning_bits) and the ones
 * the office accepted (accepted_bits), so a list can filter and count them with an index. The
 * SQL that keeps some of them up to date in bulk (electron/services/nominations/warning-figures.ts)
 * mirrors the rules of nomineeWarnings and overQuotaIds below, rule by rule.
 */
export const RULE_BITS: Record<RuleId, number> = {
  [RULES.notMinority]: 1,
  [RULES.outsideArea]: 2,
  [RULES.collectiveForm]: 4,
  [RULES.missing]: 8,
  [RULES.field]: 16,
  [RULES.overQuota]: 32,
  [RULES.late]: 64,
};

export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(RULE_BITS, value);
}

/** The bits of the given rules. */
export function ruleBits(rules: readonly { rule: RuleId }[]): number {
  return rules.reduce((bits, { rule }) => bits | RULE_BITS[rule], 0);
}

export interface NomineeWarning {
  rule: RuleId;
  message: string;
}

function missingFields(n: NomineeFacts): string[] {
  const missing: string[] = [];
  if (n.kind === 'individual') {
    if (!n.gender) missing.push('giới tính');
    if (!n.birthYear) missing.push('năm sinh');
    if (!n.ethnicCode) missing.push('dân tộc');
  } else {
    if (!n.collectiveForm) missing.push('hình thức tổ chức');
    if (!n.representative) missing.push('người đại diện');
  }
  if (!n.achievementField) missing.push('lĩnh vực thành tích');
  if (!n.achievementSummary) missing.push('tóm tắt thành tích');
  return missing;
}

const foldedLists = new WeakMap<readonly string[], Set<string>>();

/** The folded values of a list of the plan, computed once per list (checks run per nominee). */
function folded(list: readonly string[]): Set<string> {
  let set = foldedLists.get(list);
  if (!set) {
    set = new Set(list.map((item) => foldText(item)));
    foldedLists.set(list, set);
  }
  return set;
}

/** Every rule of the plan as a warning with its reason — never a silent refusal. */
export function nomineeWarnings(n: NomineeFacts, rules: CampaignRules): NomineeWarning[] {
  const warnings: NomineeWarning[] = [];
  if (n.kind === 'individual' && n.ethnicCode && !rules.minorityCodes.has(n.ethnicCode)) {
    warnings.push({
      rule: RULES.notMinority,
      message: 'Cá nhân không phải người dân tộc thiểu số (kế hoạch chọn người dân tộc thiểu số).',
    });
  }
  if (n.kind === 'individual' && n.district && unitNameKey(n.district) !== foldText(n.unitName)) {
    warnings.push({
      rule: RULES.outsideArea,
      message: `Nơi ở ghi "${n.district}", không thuộc ${n.unitName}: kế hoạch chọn người sinh sống, làm việc tại địa bàn.`,
    });
  }
  if (n.kind === 'collective' && n.collectiveForm && !folded(rules.collectiveForms).has(foldText(n.collectiveForm))) {
    warnings.push({
      rule: RULES.collectiveForm,
      message: `Hình thức "${n.collectiveForm}" không có trong các hình thức tập thể của kế hoạch.`,
    });
  }
  if (n.achievementField && !folded(rules.achievementFields).has(foldText(n.achievementField))) {
    warnings.push({ rule: RULES.field, message: `Lĩnh vực "${n.achievementField}" không có trong các lĩnh vực của kế hoạch.` });
  }
  const missing = missingFields(n);
  if (missing.length > 0) warnings.push({ rule: RULES.missing, message: `Còn thiếu: ${missing.join(', ')}.` });
  if (n.overQuota)
    warnings.push({
      rule: RULES.overQuota,
      message: `${n.unitName} đã đủ chỉ tiêu ${n.kind === 'collective' ? 'tập thể' : 'cá nhân'}; đề cử này vượt chỉ tiêu.`,
    });
  if (n.receivedOn && n.receivedOn > rules.nominationDeadline) {
    warnings.push({
      rule: RULES.late,
      message: `Nhận ngày ${formatDateVi(n.receivedOn)}, sau hạn ${formatDateVi(rules.nominationDeadline)}.`,
    });
  }
  return warnings;
}

/**
 * Nominees past a unit's quota for their kind, counting in the order they were received; only the
 * nominees that count are given (live, not withdrawn).
 */
export function overQuotaIds(
  nominees: readonly { id: number; unitId: number; kind: NomineeKind }[],
  quotas: ReadonlyMap<number, Record<NomineeKind, number>>,
): Set<number> {
  const seen = new Map<string, number>();
  const over = new Set<number>();
  for (const nominee of [...nominees].sort((a, b) => a.id - b.id)) {
    const key = `${nominee.unitId}:${nominee.kind}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > (quotas.get(nominee.unitId)?.[nominee.kind] ?? 0)) over.add(nominee.id);
  }
  return over;
}
