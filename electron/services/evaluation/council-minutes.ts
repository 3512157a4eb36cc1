import fs from 'node:fs';
import { buildCouncilMinutes, type CouncilMinutesData } from '../../../shared/document/builders/council-minutes.ts';
import { checkDocument, type FormatProblem } from '../../../shared/document/check.ts';
import type { AdminDocument } from '../../../shared/document/model.ts';
import { asciiFileName } from '../../../shared/text/normalize.ts';
import type { ServiceContext } from '../core/context.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { getAgency } from '../settings/agencies.ts';
import { getMeeting, listCouncilMembers } from './council.ts';
import { listProposals } from './proposals.ts';

/** The minutes of a meeting as a document, from the meeting, the council and the votes as stored now. */
export function councilMinutes(ctx: ServiceContext, meetingId: number): { document: AdminDocument; problems: FormatProblem[] } {
  const meeting = getMeeting(ctx, meetingId);
  const campaign = getCampaign(ctx, meeting.campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const members = listCouncilMembers(ctx, meeting.campaignId);
  const presence = new Map(meeting.attendance.map((entry) => [entry.memberId, entry.presence]));
  const units = new Map(listProposals(ctx, meeting.campaignId).rows.map((row) => [row.nomineeId, row]));
  const data: CouncilMinutesData = {
    agency: {
      name: agency.name,
      parentBody: agency.parentBody,
      abbreviation: agency.abbreviation,
      place: agency.place,
      headTitle: agency.headTitle,
    },
    year: campaign.year,
    heldOn: meeting.heldOn,
    place: meeting.place,
    chairedBy: meeting.chairedBy || (members.find((member) => member.role === 'chair')?.name ?? ''),
    secretary: members.find((member) => member.role === 'secretary')?.name ?? '',
    membersTotal: meeting.membersTotal,
    present: meeting.present,
    writtenOpinions: meeting.writtenOpinions,
    quorumText: meeting.quorumText,
    members: members.map((member) => ({ name: member.name, title: member.title, presence: presence.get(member.id) ?? 'present' })),
    votes: meeting.votes.map((vote) => ({ ...vote, name: vote.nomineeName, unitName: units.get(vote.nomineeId)?.unitName ?? '' })),
    proposals: meeting.votes
      .filter((vote) => vote.proposed)
      .map((vote) => ({
        name: vote.nomineeName,
        unitName: units.get(vote.nomineeId)?.unitName ?? '',
        awardName: units.get(vote.nomineeId)?.awardName ?? 'hình thức khen thưởng chưa chọn',
      })),
  };
  const document = buildCouncilMinutes(data);
  return { document, problems: checkDocument(document, { issued: false }) };
}

/** The minutes as a Word file where the user chooses (the command line: --out). */
export async function exportCouncilMinutes(ctx: ServiceContext, meetingId: number): Promise<{ saved: string | null }> {
  const { document } = councilMinutes(ctx, meetingId);
  const { renderDocx } = await import('../../documents/docx/render-docx.ts');
  const buffer = await renderDocx(document);
  const suggestedName = `${asciiFileName(`Bien-ban-hop-Hoi-dong-${document.header.date ?? ''}`)}.docx`;
  const target = await ctx.platform.chooseSavePath({ suggestedName, extension: 'docx' });
  if (!target) return { saved: null };
  fs.writeFileSync(target, buffer);
  return { saved: target };
}
