import * as z from 'zod';
import { id, isoDate } from '../../domain/fields.ts';
import { NOMINEE_KINDS } from '../../domain/nominees.ts';
import {
  activityFieldsSchema,
  activityKindFieldsSchema,
  activityKindSchema,
  activitySchema,
  coverageSchema,
} from '../../domain/activities.ts';

/**
 * Bồi dưỡng: the kinds of activity (activityKinds.*, edited in Cài đặt), the activities recorded
 * for one or several nominees (activities.*), and the coverage of nominees by quarter (nurturing.*).
 */

const campaignId = id('Mã chiến dịch');

export const nurturingMethods = {
  'activityKinds.list': {
    input: z.strictObject({ includeInactive: z.boolean().optional() }),
    output: z.array(activityKindSchema),
  },
  /** The whole list in its order: kinds renamed, added, hidden (a kind in use is never removed). */
  'activityKinds.save': {
    input: z.strictObject({ kinds: z.array(activityKindFieldsSchema).min(1, 'Cần ít nhất một loại hoạt động').max(50) }),
    output: z.array(activityKindSchema),
  },
  /** The campaign's activities, newest first; of one nominee when given. */
  'activities.list': {
    input: z.strictObject({ campaignId, nomineeId: id('Mã đề cử').optional() }),
    output: z.array(activitySchema),
  },
  /** Records one activity (new without id) for the nominees chosen; nominees not yet nurtured move to "Đang bồi dưỡng". */
  'activities.save': {
    input: z.strictObject({ campaignId, id: id('Mã hoạt động').optional(), fields: activityFieldsSchema }),
    output: activitySchema,
  },
  'activities.delete': {
    input: z.strictObject({ id: id('Mã hoạt động') }),
    output: z.strictObject({ id: z.number() }),
  },
  'activities.restore': {
    input: z.strictObject({ id: id('Mã hoạt động') }),
    output: activitySchema,
  },
  /** A photo or paper kept with the activity (content-addressed beside the database). */
  'activities.attach': {
    input: z.strictObject({
      id: id('Mã hoạt động'),
      fileName: z.string().min(1, 'Thiếu tên tệp').max(260),
      contentBase64: z.string().min(1, 'Tệp rỗng').max(40_000_000, 'Tệp quá lớn (tối đa khoảng 30 MB)'),
    }),
    output: activitySchema,
  },
  'activities.detach': {
    input: z.strictObject({ id: id('Mã hoạt động'), hash: z.string().regex(/^[0-9a-f]{64}$/u) }),
    output: activitySchema,
  },
  /** Nominees × the quarters of the nurturing phase, each cell the number of activities. */
  'nurturing.coverage': {
    input: z.strictObject({
      campaignId,
      unitId: id('Đơn vị').optional(),
      kind: z.enum(NOMINEE_KINDS).optional(),
      activityKind: z.string().max(60).optional(),
      onlyMissing: z.boolean().optional(),
      /** Counted up to this day (default today). */
      asOf: isoDate('Ngày').optional(),
    }),
    output: coverageSchema,
  },
} as const;
