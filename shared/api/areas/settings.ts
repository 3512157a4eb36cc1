import * as z from 'zod';
import { id, isoDate, text } from '../../domain/fields.ts';
import { agencyFieldsSchema, agencySchema } from '../../domain/agencies.ts';
import { auditEntrySchema } from '../../domain/audit.ts';
import { auditQuerySchema } from '../../domain/audit-query.ts';
import { awardFormFieldsSchema, awardFormSchema } from '../../domain/award-forms.ts';
import { baseSalarySchema } from '../../domain/base-salaries.ts';
import { unitFieldsSchema, unitSchema } from '../../domain/units.ts';

/**
 * Cài đặt: the agency and its signer (agencies.*), the nominating units (units.*), base salaries
 * (baseSalaries.*), award forms (awardForms.*), the ethnic groups (ethnicGroups.*) and the audit
 * log (audit.*).
 */

export const settingsMethods = {
  'agencies.list': {
    input: z.strictObject({}),
    output: z.array(agencySchema),
  },
  'agencies.update': {
    input: z.strictObject({ id: id('Mã cơ quan'), fields: agencyFieldsSchema }),
    output: agencySchema,
  },
  /** A new agency from a date (a reorganisation): the current one ends the day before. */
  'agencies.create': {
    input: z.strictObject({ fields: agencyFieldsSchema, validFrom: isoDate('Có hiệu lực từ ngày') }),
    output: agencySchema,
  },
  'baseSalaries.list': {
    input: z.strictObject({}),
    output: z.array(baseSalarySchema),
  },
  'baseSalaries.create': {
    input: z.strictObject({
      amount: z
        .number({ error: 'Mức lương: cần một số' })
        .int('Mức lương tính bằng đồng, là số nguyên')
        .min(100_000, 'Mức lương cơ sở phải từ 100.000 đồng')
        .max(100_000_000, 'Mức lương cơ sở quá lớn'),
      validFrom: isoDate('Áp dụng từ ngày'),
      decree: text('Căn cứ (nghị định)'),
    }),
    output: baseSalarySchema,
  },
  'baseSalaries.delete': {
    input: z.strictObject({ id: id('Mã mức lương') }),
    output: z.strictObject({ deleted: z.number() }),
  },
  'awardForms.list': {
    input: z.strictObject({}),
    output: z.array(awardFormSchema),
  },
  'awardForms.create': {
    input: z.strictObject({ fields: awardFormFieldsSchema }),
    output: awardFormSchema,
  },
  'awardForms.update': {
    input: z.strictObject({ id: id('Mã hình thức'), fields: awardFormFieldsSchema }),
    output: awardFormSchema,
  },
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
  'ethnicGroups.list': {
    input: z.strictObject({}),
    output: z.array(z.object({ code: z.string(), name: z.string(), displayName: z.string(), minority: z.boolean() })),
  },
  'audit.list': {
    input: auditQuerySchema.extend({
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).optional(),
    }),
    output: z.object({ total: z.number(), entries: z.array(auditEntrySchema) }),
  },
  /** The Windows users the log names, for the filter. */
  'audit.users': { input: z.strictObject({}), output: z.array(z.string()) },
  /** The filtered log as .xlsx where the main process chooses (a save dialog), newest first. */
  'audit.export': { input: auditQuerySchema, output: z.strictObject({ saved: z.string().nullable(), rows: z.number() }) },
} as const;
