import * as z from 'zod';
import { EVALUATION_RESULT_LABELS } from '../../shared/domain/evaluation.ts';
import { CliError } from './errors.ts';
import { call, parseOption, resolveCampaign, whole, type AreaCommands, type Command } from './command.ts';
import { printJson } from './output.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'cần ngày dạng YYYY-MM-DD');
const count = z.string().regex(/^\d+$/u, 'cần một số nguyên không âm').transform(Number);

/** `evaluate --nominee ID --result pass|fail [--award FORM] [--note TEXT] [--campaign C] [--date D]` */
const evaluateCommand: Command['run'] = async (session, args) => {
  const nomineeId = parseOption(whole, args.values.nominee, 'nominee');
  const result = parseOption(z.enum(['pass', 'fail'], { error: 'cần pass hoặc fail' }), args.values.result, 'result');
  const current = await call(session, 'evaluations.get', { nomineeId });
  if (args.values.campaign !== undefined) {
    const campaign = await resolveCampaign(session, args.values.campaign);
    if (campaign.id !== current.campaignId) throw new CliError(`Đề cử mã ${nomineeId} không thuộc chiến dịch ${campaign.year}.`);
  }
  const award = typeof args.values.award === 'string' ? args.values.award : null;
  const evaluation = await call(session, 'evaluations.save', {
    nomineeId,
    fields: {
      criteria: current.criteria,
      result,
      note: typeof args.values.note === 'string' ? args.values.note : current.note,
      evaluatedOn: args.values.date === undefined ? null : parseOption(isoDate, args.values.date, 'date'),
      awardCode: award,
    },
  });
  if (args.values.json) return printJson(evaluation);
  const prize = evaluation.prize
    ? `, ${evaluation.awardName}: ${evaluation.prize.amount.toLocaleString('vi-VN')} đồng (quyết định ngày ${evaluation.decisionDate})`
    : '';
  return `Đã ghi đánh giá đề cử mã ${nomineeId}: ${EVALUATION_RESULT_LABELS[result]}${prize}.`;
};

/** `council vote --campaign C --date D --members M --present P [--written W] --nominee ID --for N --against N [--abstain N] [--conflicts N]` */
const councilVoteCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const heldOn = parseOption(isoDate, args.values.date, 'date');
  const counts = {
    membersTotal: parseOption(count, args.values.members, 'members'),
    present: parseOption(count, args.values.present, 'present'),
    writtenOpinions: args.values.written === undefined ? 0 : parseOption(count, args.values.written, 'written'),
  };
  const meetings = await call(session, 'council.meetings', { campaignId: campaign.id });
  const existing = meetings.find((meeting) => meeting.heldOn === heldOn);
  const same =
    existing &&
    existing.membersTotal === counts.membersTotal &&
    existing.present === counts.present &&
    existing.writtenOpinions === counts.writtenOpinions;
  const meeting = same
    ? existing
    : await call(session, 'council.saveMeeting', {
        campaignId: campaign.id,
        ...(existing ? { id: existing.id } : {}),
        fields: { heldOn, place: existing?.place ?? '', chairedBy: existing?.chairedBy ?? '', ...counts },
      });
  const nomineeId = parseOption(whole, args.values.nominee, 'nominee');
  const voted = await call(session, 'council.vote', {
    meetingId: meeting.id,
    nomineeId,
    votesFor: parseOption(count, args.values.for, 'for'),
    votesAgainst: parseOption(count, args.values.against, 'against'),
    abstentions: args.values.abstain === undefined ? 0 : parseOption(count, args.values.abstain, 'abstain'),
    conflicts: args.values.conflicts === undefined ? 0 : parseOption(count, args.values.conflicts, 'conflicts'),
    conflictNote: '',
  });
  const vote = voted.votes.find((item) => item.nomineeId === nomineeId);
  if (args.values.json) return printJson({ meetingId: voted.id, quorum: voted.quorumText, vote });
  return `Cuộc họp ngày ${heldOn}: ${voted.quorumText}. ${vote?.nomineeName ?? ''}: ${vote?.text ?? ''} — ${vote?.proposed ? 'đề nghị khen thưởng' : 'không đủ đa số'}.`;
};

export const commands: AreaCommands = {
  evaluate: { run: evaluateCommand },
  'council vote': { run: councilVoteCommand },
};
