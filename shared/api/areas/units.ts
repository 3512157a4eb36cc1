import { z } from 'zod';
import { email, id, isoDate, optionalText, text } from '../fields.ts';
import { unitKindSchema } from '../../domain/units.ts';

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

export const unitsMethods = {
  'units.list': {
    input: z.strictObject({
      /** Also list units that have been deactivated (e.g. districts after 2025). */
      includeInactive: z.boolean().optional(),
    }),
    output: z.array(unitSchema),
  },
  'units.create': {
    input: z.strictObject({
      fields: unitFieldsSchema,
      activeFrom: z.union([isoDate('Hoạt động từ ngày'), z.null()]),
    }),
    output: unitSchema,
  },
  /** Partial update: only the fields given change (rename, email, contact office …). */
  'units.update': {
    input: z.strictObject({ id: id('Mã đơn vị'), fields: unitFieldsSchema.partial() }),
    output: unitSchema,
  },
  /** Ends a unit on a date (a reorganisation); its history and quotas in older campaigns stay. */
  'units.deactivate': {
    input: z.strictObject({ id: id('Mã đơn vị'), activeTo: isoDate('Ngừng hoạt động từ ngày') }),
    output: unitSchema,
  },
  'units.deactivateMany': {
    input: z.strictObject({
      ids: z.array(id('Mã đơn vị')).min(1, 'Chọn ít nhất một đơn vị').max(500),
      activeTo: isoDate('Ngừng hoạt động từ ngày'),
    }),
    output: z.array(unitSchema),
  },
  'units.reactivate': {
    input: z.strictObject({ id: id('Mã đơn vị') }),
    output: unitSchema,
  },
} as const;
