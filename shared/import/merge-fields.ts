import { GENDER_LABELS, type NomineeFields } from '../domain/nominees.ts';

/** The fields a district's file fills, with the words the preview uses for them. */
const FIELD_LABELS: Partial<Record<keyof NomineeFields, string>> = {
  name: 'tên',
  collectiveForm: 'hình thức tổ chức',
  representative: 'người đại diện',
  gender: 'giới tính',
  birthYear: 'năm sinh',
  ethnicCode: 'dân tộc',
  position: 'chức vụ',
  village: 'thôn/bản',
  commune: 'xã',
  district: 'huyện',
  phone: 'điện thoại',
  achievementField: 'lĩnh vực',
  achievementSummary: 'tóm tắt thành tích',
  priorAwards: 'khen thưởng đã nhận',
};

const blank = (value: unknown) => value === null || value === '';

function shown(key: keyof NomineeFields, value: unknown, ethnicName: (code: string) => string): string {
  if (key === 'gender' && (value === 'male' || value === 'female')) return GENDER_LABELS[value];
  if (key === 'ethnicCode' && typeof value === 'string') return ethnicName(value);
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * A re-imported row over the nominee it updates: what the file leaves blank keeps the value the
 * office has (a birth year added by hand survives the district's next file); what the file fills
 * replaces it, and each replaced value is listed so the preview shows it before anything is stored.
 */
export function mergeIntoExisting(
  existing: NomineeFields,
  incoming: NomineeFields,
  ethnicName: (code: string) => string = (code) => code,
): { fields: NomineeFields; kept: string[]; changed: string[] } {
  const fields: NomineeFields = { ...incoming };
  const kept: string[] = [];
  const changed: string[] = [];
  for (const key of Object.keys(FIELD_LABELS) as (keyof NomineeFields)[]) {
    const label = FIELD_LABELS[key] ?? key;
    const before = existing[key];
    const after = incoming[key];
    if (blank(after) && !blank(before)) {
      Object.assign(fields, { [key]: before });
      kept.push(label);
    } else if (!blank(before) && before !== after) {
      changed.push(`${label}: ${shown(key, before, ethnicName)} → ${shown(key, after, ethnicName)}`);
    }
  }
  return { fields, kept, changed };
}
