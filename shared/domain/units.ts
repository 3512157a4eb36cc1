import * as z from 'zod';
import { foldText } from '../text/normalize.ts';
import { email, id, optionalText, text } from './fields.ts';

/** Administrative kinds of the units that nominate (districts before 2025, communes after). */
export const UNIT_KINDS = ['district', 'town', 'city', 'urban-district', 'commune', 'ward', 'township', 'special-zone', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  district: 'huyện',
  town: 'thị xã',
  city: 'thành phố',
  'urban-district': 'quận',
  commune: 'xã',
  ward: 'phường',
  township: 'thị trấn',
  'special-zone': 'đặc khu',
  other: '',
};

/** "Huyện Sơn Động": the generic noun capitalised at the start of a line (Phụ lục II). */
export function unitTitle(unit: Pick<Unit, 'name' | 'kind'>): string {
  const label = UNIT_KIND_LABELS[unit.kind];
  if (!label) return unit.name;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${unit.name}`;
}

/** "huyện Sơn Động" inside a sentence. */
export function unitInSentence(unit: Pick<Unit, 'name' | 'kind'>): string {
  const label = UNIT_KIND_LABELS[unit.kind];
  return label ? `${label} ${unit.name}` : unit.name;
}

/** A unit is active on a date when that date is inside [activeFrom, activeTo]. */
export function isUnitActiveOn(unit: Pick<Unit, 'activeFrom' | 'activeTo'>, isoDate: string): boolean {
  if (unit.activeFrom && isoDate < unit.activeFrom) return false;
  if (unit.activeTo && isoDate > unit.activeTo) return false;
  return true;
}

export const unitKindSchema = z.enum(UNIT_KINDS);

const KIND_PREFIXES = [...Object.values(UNIT_KIND_LABELS).filter(Boolean).map(foldText), 'tp.', 'tp'].sort((a, b) => b.length - a.length);

/** "Huyện Sơn Động", "huyen son dong", "Sơn Động" → "son dong": a unit's name without its kind, folded. */
export function unitNameKey(text: string): string {
  const folded = foldText(text);
  const prefix = KIND_PREFIXES.find((kind) => folded.startsWith(`${kind} `));
  return prefix ? folded.slice(prefix.length + 1).trim() : folded;
}

export const unitSchema = z.object({
  id: z.number(),
  name: z.string(),
  kind: unitKindSchema,
  parentId: z.number().nullable(),
  contactOffice: z.string(),
  email: z.string().nullable(),
  officialCode: z.string().nullable(),
  activeFrom: z.string().nullable(),
  activeTo: z.string().nullable(),
});

const emailOrNone = z.union([email, z.literal('').transform(() => null), z.null()]);

export const unitFieldsSchema = z.strictObject({
  name: text('Tên đơn vị', 200),
  kind: unitKindSchema,
  contactOffice: optionalText(300),
  email: emailOrNone,
  officialCode: z.union([optionalText(20), z.null()]),
  parentId: z.union([id('Đơn vị cấp trên'), z.null()]),
});
export type Unit = z.infer<typeof unitSchema>;
