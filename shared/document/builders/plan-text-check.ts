import { parseIsoDate } from '../../format/dates.ts';
import type { PlanContent } from '../../domain/plan.ts';
import type { PlanDraft } from './plan-inputs.ts';

/**
 * The plan's figures and dates are data (the total, the deadline, the phases, the congress) and
 * also words in its text, typed by hand. This finds every place where the words say something
 * else than the data — the total changed to 11 while the text still says "Tổng số xây dựng 10" —
 * with the replacement that makes them agree, so the screen can offer to fix it in one click.
 */
export interface TextMismatch {
  /** The section and paragraph, as the editor names them. */
  where: string;
  field: TextField;
  /** The paragraph's index for the sections that are lists of paragraphs, else null. */
  index: number | null;
  found: string;
  expected: string;
  what: string;
}

/** The sections whose words state the plan's data (the others cite documents, or are criteria). */
const SECTIONS = {
  title: 'Trích yếu',
  quantity: 'Số lượng',
  allocationLead: 'Câu dẫn phân bổ',
  schedule: 'Thời gian, nội dung thực hiện',
  funding: 'Kinh phí thực hiện',
  tasks: 'Tổ chức thực hiện',
  closing: 'Đoạn kết',
} as const satisfies Partial<Record<keyof PlanContent, string>>;
export type TextField = keyof typeof SECTIONS;

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** "20/3/2024", "05/02/2024": the day with two digits, the month with two only for 1 and 2 (as in the plan's own text). */
function shortDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return `${String(date.d).padStart(2, '0')}/${date.m <= 2 ? String(date.m).padStart(2, '0') : date.m}/${date.y}`;
}

function sameDate(text: string, iso: string): boolean {
  const [d, m, y] = text.split('/').map(Number);
  const date = parseIsoDate(iso);
  return date !== null && date.d === d && date.m === m && date.y === y;
}

/** The quarters a phase spans, "II, III/2024"; null when its dates are not both set or span years. */
function quartersOf(startsOn: string | null, endsOn: string | null): string | null {
  const start = startsOn ? parseIsoDate(startsOn) : null;
  const end = endsOn ? parseIsoDate(endsOn) : null;
  if (!start || !end || start.y !== end.y) return null;
  const first = Math.ceil(start.m / 3);
  const last = Math.ceil(end.m / 3);
  return `${Array.from({ length: last - first + 1 }, (_, i) => ROMAN[first + i]).join(', ')}/${start.y}`;
}

/** The congress's ordinal ("lần thứ IV") as the data names it. */
function ordinalOf(event: string): string | null {
  return /lần thứ\s+([IVXLC]+|\d+)/iu.exec(event)?.[1] ?? null;
}

/** Which phase a paragraph of the schedule speaks of, by its words. */
function phaseOfParagraph(text: string): 'nurturing' | 'evaluation' | null {
  const lower = text.toLowerCase();
  if (lower.includes('bồi dưỡng')) return 'nurturing';
  if (lower.includes('đánh giá') || lower.includes('khen thưởng')) return 'evaluation';
  return null;
}

type Paragraph = { field: TextField; index: number | null; text: string };

function paragraphsOf(plan: PlanContent): Paragraph[] {
  return (Object.keys(SECTIONS) as TextField[]).flatMap((field): Paragraph[] => {
    const value = plan[field];
    return Array.isArray(value) ? value.map((text, index) => ({ field, index, text })) : [{ field, index: null, text: value }];
  });
}

/** The draft with one mismatch made to agree with the data. */
export function withTextFixed(draft: PlanDraft, mismatch: TextMismatch): PlanDraft {
  const value = draft.plan[mismatch.field];
  const next = Array.isArray(value)
    ? value.map((text, index) => (index === mismatch.index ? fixedText(text, mismatch) : text))
    : fixedText(value, mismatch);
  return { ...draft, plan: { ...draft.plan, [mismatch.field]: next } };
}

export function planTextMismatches(draft: PlanDraft, year: number): TextMismatch[] {
  const mismatches: TextMismatch[] = [];
  const ordinal = ordinalOf(draft.awardEvent);
  for (const { field, index, text } of paragraphsOf(draft.plan)) {
    const where = `${SECTIONS[field]}${index === null ? '' : `, đoạn ${index + 1}`}`;
    const add = (found: string, expected: string, what: string) => {
      if (found !== expected) mismatches.push({ where, field, index, found, expected, what });
    };
    // The total: a number right before "điển hình", "mô hình" or "tập thể, cá nhân".
    for (const match of text.matchAll(/(?<![\d/])(\d+)(?=\s+(?:điển hình|mô hình|tập thể,? cá nhân))/gu)) {
      add(match[1] ?? '', String(draft.totalModels), 'tổng số điển hình');
    }
    // The deadline: the date after "trước ngày", "chậm nhất ngày", "hạn".
    for (const match of text.matchAll(/(?:trước|chậm nhất|hạn)(?: ngày)? (\d{1,2}\/\d{1,2}\/\d{4})/giu)) {
      const found = match[1] ?? '';
      if (!sameDate(found, draft.nominationDeadline)) add(found, shortDate(draft.nominationDeadline), 'hạn gửi danh sách');
    }
    // The quarters of the phase the paragraph speaks of.
    const phaseKey = field === 'schedule' ? phaseOfParagraph(text) : null;
    const phase = draft.phases.find((item) => item.key === phaseKey);
    const quarters = phase ? quartersOf(phase.startsOn, phase.endsOn) : null;
    if (quarters) {
      for (const match of text.matchAll(/[Qq]uý ((?:[IV]+)(?:, [IV]+)*\/\d{4})/gu))
        add(match[1] ?? '', quarters, `thời gian giai đoạn ${phase?.name ?? ''}`);
    }
    // The campaign's year, where the text names a year ("năm 2024").
    if (field === 'title' || field === 'quantity' || field === 'schedule') {
      for (const match of text.matchAll(/năm (\d{4})(?!\d)/gu)) add(match[1] ?? '', String(year), 'năm của chiến dịch');
    }
    // The congress the awards are made at: its ordinal.
    if (ordinal && /đại hội/iu.test(text)) {
      for (const match of text.matchAll(/lần thứ ([IVXLC]+|\d+)/gu)) add(match[1] ?? '', ordinal, 'lần thứ của đại hội');
    }
  }
  return mismatches;
}

/** The paragraph with the mismatch made to agree with the data (its first occurrence of the found words, in context). */
export function fixedText(text: string, mismatch: Pick<TextMismatch, 'found' | 'expected' | 'what'>): string {
  const escaped = mismatch.found.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
  const contexts: Record<string, RegExp> = {
    'tổng số điển hình': new RegExp(`(?<![\\d/])${escaped}(?=\\s+(?:điển hình|mô hình|tập thể,? cá nhân))`, 'u'),
    'hạn gửi danh sách': new RegExp(`(?<=(?:trước|chậm nhất|hạn)(?: ngày)? )${escaped}`, 'iu'),
    'năm của chiến dịch': new RegExp(`(?<=năm )${escaped}(?!\\d)`, 'u'),
    'lần thứ của đại hội': new RegExp(`(?<=lần thứ )${escaped}(?![IVXLC\\d])`, 'u'),
  };
  const pattern = contexts[mismatch.what] ?? new RegExp(`(?<=[Qq]uý )${escaped}`, 'u');
  return text.replace(pattern, mismatch.expected);
}
