import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { copyCampaign } from './campaign-copy.ts';
import { getCampaign, listCampaigns } from './campaigns.ts';
import { campaignOverview } from './overview.ts';

export const campaignsHandlers = {
  'campaigns.list': (ctx, input) => listCampaigns(ctx, input.today),
  'campaigns.get': (ctx, input) => getCampaign(ctx, input.campaignId),
  'campaigns.copy': (ctx, input) => copyCampaign(ctx, input),
  'overview.get': (ctx, input) => campaignOverview(ctx, input.campaignId, input.today),
} satisfies AreaHandlers<'campaigns'>;
