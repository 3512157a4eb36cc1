import { foldText } from '../text/normalize.ts';
import { formatDateVi } from '../format/dates.ts';
import type { Gender, NomineeKind } from './nominees.ts';
import { unitNameKey } from './units.ts';
import { earlierAwardLine, type EarlierAward } from './history.ts';

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
  /**
   * Other live nominees of its unit that may be the same (possibleDuplicateIds), named in the
   * warning; `where` says where one is when it is not in the list yet (a row of a file).
   */
  duplicates: readonly { name: string; birthYear: number | null; where?: string }[];
  /** Whether there are further possible duplicates, not named. */
  moreDuplicates?: boolean;
  /**
   * The awards the same person or collective had in an earlier year (a campaign of the app or the
   * office's earlier lists): a figure across campaigns, worked out by the history of awards.
   */
  earlierAwards?: readonly EarlierAward[];
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
  possibleDuplicate: 'possible-duplicate',
  awardedBefore: 'awarded-before',
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
  [RULES.possibleDuplicate]: 128,
  [RULES.awardedBefore]: 256,
};

/** Each rule in a word or two, for summaries and filters. */
export const RULE_LABELS: Record<RuleId, string> = {
  [RULES.notMinority]: 'Không phải người DTTS',
  [RULES.outsideArea]: 'Ngoài địa bàn',
  [RULES.collectiveForm]: 'Hình thức tập thể ngoài kế hoạch',
  [RULES.missing]: 'Thiếu thông tin',
  [RULES.field]: 'Lĩnh vực ngoài kế hoạch',
  [RULES.overQuota]: 'Vượt chỉ tiêu',
  [RULES.late]: 'Nộp sau hạn',
  [RULES.possibleDuplicate]: 'Có thể trùng',
  [RULES.awardedBefore]: 'Đã được khen trước đây',
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

/**
 * The same few texts (unit names, districts, fields, forms) come back on every row of a list or a
 * file: each is folded once. Bounded, so a long session does not keep every text it saw.
 */
function remembered(fold: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let key = known.get(text);
    if (key === undefined) {
      if (known.size > 2_000) known.clear();
      key = fold(text);
      known.set(text, key);
    }
    return key;
  };
}
const foldedText = remembered(foldText);
const districtKey = remembered(unitNameKey);

/** Every rule of the plan as a warning with its reason — never a silent refusal. */
export function nomineeWarnings(n: NomineeFacts, rules: CampaignRules): NomineeWarning[] {
  const warnings: NomineeWarning[] = [];
  if (n.kind === 'individual' && n.ethnicCode && !rules.minorityCodes.has(n.ethnicCode)) {
    warnings.push({
      rule: RULES.notMinority,
      message: 'Cá nhân không phải người dân tộc thiểu số (kế hoạch chọn người dân tộc thiểu số).',
    });
  }
  if (n.kind === 'individual' && n.district && districtKey(n.district) !== foldedText(n.unitName)) {
    warnings.push({
      rule: RULES.outsideArea,
      message: `Nơi ở ghi "${n.district}", không thuộc ${n.unitName}: kế hoạch chọn người sinh sống, làm việc tại địa bàn.`,
    });
  }
  if (n.kind === 'collective' && n.collectiveForm && !folded(rules.collectiveForms).has(foldedText(n.collectiveForm))) {
    warnings.push({
      rule: RULES.collectiveForm,
      message: `Hình thức "${n.collectiveForm}" không có trong các hình thức tập thể của kế hoạch.`,
    });
  }
  if (n.achievementField && !folded(rules.achievementFields).has(foldedText(n.achievementField))) {
    warnings.push({ rule: RULES.field, message: `Lĩnh vực "${n.achievementField}" không có trong các lĩnh vực của kế hoạch.` });
  }
  const missing = missingFields(n);
  if (missing.length > 0) warnings.push({ rule: RULES.missing, message: `Còn thiếu: ${missing.join(', ')}.` });
  if (n.overQuota)
    warnings.push({
      rule: RULES.overQuota,
      message: `${n.unitName} đã đủ chỉ tiêu ${n.kind === 'collective' ? 'tập thể' : 'cá nhân'}; đề cử này vượt chỉ tiêu.`,
    });
  if (n.duplicates.length > 0) {
    const others = n.duplicates.map(
      (other) => `${other.name}${other.birthYear ? ` (sinh ${other.birthYear})` : ''}${other.where ? `, ${other.where}` : ''}`,
    );
    const more = n.moreDuplicates ? ' và các đề cử khác cùng tên' : '';
    warnings.push({
      rule: RULES.possibleDuplicate,
      message: `Có thể trùng với đề cử khác của ${n.unitName}: ${others.join('; ')}${more}.`,
    });
  }
  const earlier = n.earlierAwards ?? [];
  if (earlier.length > 0) {
    // A principle of the Luật Thi đua, khen thưởng: one achievement is not awarded several times or with several forms.
    const named = earlier.slice(0, 3).map(earlierAwardLine).join('; ');
    const more = earlier.length > 3 ? ` và ${earlier.length - 3} lần khác` : '';
    warnings.push({
      rule: RULES.awardedBefore,
      message: `${named}${more}. Một thành tích không được khen thưởng hai lần: thành tích đề nghị lần này phải là thành tích mới.`,
    });
  }
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

/**
 * Nominees that may be the same person or collective: two live nominees of one unit whose names
 * fold to the same text, with the same birth year where both have one. By id, the others of each.
 */
export function possibleDuplicateIds(
  nominees: readonly { id: number; unitId: number; nameFolded: string; birthYear: number | null }[],
): Map<number, number[]> {
  const groups = new Map<string, (typeof nominees)[number][]>();
  for (const nominee of nominees) {
    const key = `${nominee.unitId}\u0000${nominee.nameFolded}`;
    const group = groups.get(key);
    if (group) group.push(nominee);
    else groups.set(key, [nominee]);
  }
  const duplicates = new Map<number, number[]>();
  for (const group of groups.values()) {
    for (const nominee of group) {
      const others = group.filter(
        (other) =>
          other.id !== nominee.id && (other.birthYear === null || nominee.birthYear === null || other.birthYear === nominee.birthYear),
      );
      if (others.length > 0)
        duplicates.set(
          nominee.id,
          others.map((other) => other.id),
        );
    }
  }
  return duplicates;
}
