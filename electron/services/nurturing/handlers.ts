import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { attachToActivity, deleteActivity, detachFromActivity, listActivities, restoreActivity, saveActivity } from './activities.ts';
import { listActivityKinds, saveActivityKinds } from './activity-kinds.ts';
import { nurturingCoverage } from './coverage.ts';

export const nurturingHandlers = {
  'activityKinds.list': (ctx, input) => listActivityKinds(ctx, input.includeInactive),
  'activityKinds.save': (ctx, input) => saveActivityKinds(ctx, input.kinds),
  'activities.list': (ctx, input) => listActivities(ctx, input.campaignId, input.nomineeId),
  'activities.save': (ctx, input) => saveActivity(ctx, input.campaignId, input.id, input.fields),
  'activities.delete': (ctx, input) => deleteActivity(ctx, input.id),
  'activities.restore': (ctx, input) => restoreActivity(ctx, input.id),
  'activities.attach': (ctx, input) => attachToActivity(ctx, input.id, input.fileName, input.contentBase64),
  'activities.detach': (ctx, input) => detachFromActivity(ctx, input.id, input.hash),
  'nurturing.coverage': (ctx, input) => nurturingCoverage(ctx, input),
} satisfies AreaHandlers<'nurturing'>;
