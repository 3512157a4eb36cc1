import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { listCouncilMembers, listMeetings, recordVote, saveCouncilMembers, saveMeeting } from './council.ts';
import { councilRules, setCouncilRules } from './council-rules.ts';
import { councilMinutes, exportCouncilMinutes } from './council-minutes.ts';
import { exportDelegates } from './delegates.ts';
import { getEvaluation, saveEvaluation, setDelegate } from './evaluations.ts';
import { setDecisionDate } from './prize.ts';
import { listProposals } from './proposals.ts';

export const evaluationHandlers = {
  'evaluations.get': (ctx, input) => getEvaluation(ctx, input.nomineeId),
  'evaluations.save': (ctx, input) => saveEvaluation(ctx, input.nomineeId, input.fields),
  'evaluations.proposals': (ctx, input) => listProposals(ctx, input.campaignId, input.unitId),
  'evaluations.setDecisionDate': (ctx, input) => setDecisionDate(ctx, input.campaignId, input.date),
  'council.members': (ctx, input) => listCouncilMembers(ctx, input.campaignId),
  'council.saveMembers': (ctx, input) => saveCouncilMembers(ctx, input.campaignId, input.members),
  'council.meetings': (ctx, input) => listMeetings(ctx, input.campaignId),
  'council.saveMeeting': (ctx, input) => saveMeeting(ctx, input.campaignId, input.id, input.fields),
  'council.vote': (ctx, input) => recordVote(ctx, input),
  'council.minutes': (ctx, input) => councilMinutes(ctx, input.meetingId),
  'council.exportMinutes': { async: (ctx, input) => exportCouncilMinutes(ctx, input.meetingId) },
  'council.rules': (ctx) => councilRules(ctx),
  'council.setRules': (ctx, input) => setCouncilRules(ctx, input),
  'delegates.set': (ctx, input) => setDelegate(ctx, input.nomineeId, input.delegate, input.reason),
  'delegates.export': { async: (ctx, input) => exportDelegates(ctx, input.campaignId) },
} satisfies AreaHandlers<'evaluation'>;
