import * as z from 'zod';
import { id, isoDate, text, year } from '../../domain/fields.ts';
import { campaignSchema, campaignSummarySchema } from '../../domain/campaigns.ts';
import { overviewSchema } from '../../domain/overview.ts';

/** Campaigns (campaigns.*) and the dashboard of one (overview.*, the Tổng quan screen). */

const campaignId = id('Mã chiến dịch');

export const campaignsMethods = {
  'campaigns.list': {
    input: z.strictObject({ today: isoDate('Ngày hôm nay').optional() }),
    output: z.array(campaignSummarySchema),
  },
  'campaigns.get': {
    input: z.strictObject({ campaignId }),
    output: campaignSchema,
  },
  /**
   * A new campaign for another year, copied from an earlier one: plan text, quotas and
   * phases with dates moved by the difference in years; nothing issued is copied.
   */
  'campaigns.copy': {
    input: z.strictObject({ fromCampaignId: campaignId, year, title: text('Tên chiến dịch').optional() }),
    output: campaignSummarySchema,
  },
  /** Tổng quan: the campaign's dashboard on a given day. */
  'overview.get': {
    input: z.strictObject({ campaignId: id('Mã chiến dịch'), today: isoDate('Ngày hôm nay').optional() }),
    output: overviewSchema,
  },
} as const;
