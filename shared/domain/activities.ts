import * as z from 'zod';
import { id, isoDate, optionalText, text } from './fields.ts';
import { attachmentSchema, NOMINEE_KINDS } from './nominees.ts';

/** Bồi dưỡng: what the office did for its nominees, each activity linked to one or more of them. */

export const activityKindSchema = z.object({
  code: z.string(),
  name: z.string(),
  position: z.number(),
  active: z.boolean(),
});
export type ActivityKind = z.infer<typeof activityKindSchema>;

export const activityKindFieldsSchema = z.strictObject({
  /** Absent for a new kind; its code is made from its name. */
  code: z
    .string()
    .regex(/^[a-z0-9-]+$/u, 'Mã loại hoạt động không hợp lệ')
    .optional(),
  name: text('Tên loại hoạt động', 120),
  active: z.boolean(),
});

export const activityFieldsSchema = z.strictObject({
  kind: z.string().min(1, 'Chọn loại hoạt động').max(60),
  happenedOn: isoDate('Ngày'),
  carriedBy: optionalText(300),
  note: optionalText(4000),
  nomineeIds: z
    .array(id('Mã đề cử'))
    .min(1, 'Chọn ít nhất một đề cử')
    .max(5_000, 'Một hoạt động ghi cho tối đa 5.000 đề cử')
    .refine((ids) => new Set(ids).size === ids.length, 'Một đề cử được chọn hai lần'),
});
export type ActivityFields = z.output<typeof activityFieldsSchema>;

export const activitySchema = z.object({
  id: z.number(),
  campaignId: z.number(),
  kind: z.string(),
  kindName: z.string(),
  happenedOn: z.string(),
  carriedBy: z.string(),
  note: z.string(),
  /** Every nominee the activity is for. */
  nomineeIds: z.array(z.number()),
  /** The first of them by name, for display (a training for 5,000 is not listed whole). */
  nominees: z.array(z.object({ id: z.number(), name: z.string(), unitName: z.string() })),
  attachments: z.array(attachmentSchema),
});
export type Activity = z.infer<typeof activitySchema>;

/** One quarter of the nurturing phase ("Quý II/2024"), clipped to the phase's dates. */
export const quarterSchema = z.object({
  key: z.string(),
  label: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** It has ended by today: an empty cell in it is overdue. */
  ended: z.boolean(),
});
export type Quarter = z.infer<typeof quarterSchema>;

export const coverageRowSchema = z.object({
  nomineeId: z.number(),
  name: z.string(),
  unitName: z.string(),
  kind: z.enum(NOMINEE_KINDS),
  /** Activities per quarter, in the order of `quarters`. */
  counts: z.array(z.number()),
  total: z.number(),
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const coverageSchema = z.object({
  quarters: z.array(quarterSchema),
  rows: z.array(coverageRowSchema),
  /** Nominees listed with no activity at all, and with an empty quarter that has ended. */
  withoutActivity: z.number(),
  overdue: z.number(),
  /** Why there are no quarters (the nurturing phase has no dates). */
  problem: z.string().nullable(),
});
export type Coverage = z.infer<typeof coverageSchema>;

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The calendar quarters a phase covers, each clipped to the phase ("Quý II/2024": 01/04–30/06). */
export function quartersOf(startsOn: string, endsOn: string, today: string): Quarter[] {
  const quarters: Quarter[] = [];
  let year = Number(startsOn.slice(0, 4));
  let quarter = Math.floor((Number(startsOn.slice(5, 7)) - 1) / 3);
  for (let guard = 0; guard < 40; guard++) {
    const first = `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
    if (first > endsOn) break;
    const lastMonth = quarter * 3 + 3;
    const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
    const last = `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}`;
    const from = first < startsOn ? startsOn : first;
    const to = last > endsOn ? endsOn : last;
    quarters.push({
      key: `${year}-Q${quarter + 1}`,
      label: `Quý ${ROMAN[quarter]}/${year}`,
      startsOn: from,
      endsOn: to,
      ended: today > to,
    });
    quarter += 1;
    if (quarter === 4) {
      quarter = 0;
      year += 1;
    }
  }
  return quarters;
}
