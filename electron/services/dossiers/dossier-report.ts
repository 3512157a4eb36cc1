import {
  buildAchievementReport,
  type AchievementReportData,
  type ReportSubject,
} from '../../../shared/document/builders/achievement-report.ts';
import type { AdminDocument } from '../../../shared/document/model.ts';
import { EVALUATION_RESULT_LABELS } from '../../../shared/domain/evaluation.ts';
import { GENDER_LABELS, type Nominee } from '../../../shared/domain/nominees.ts';
import { richBlocks, type RichText } from '../../../shared/domain/rich-text.ts';
import type { ServiceContext } from '../core/context.ts';
import { achievementText } from './achievement-text.ts';
import { awardPapers } from '../awards/award-papers.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { getAgency } from '../settings/agencies.ts';
import { getNominee } from '../nominations/nominee-rows.ts';
import { listActivities } from '../nurturing/activities.ts';
import { getEvaluation } from '../evaluation/evaluations.ts';

/**
 * The Báo cáo thành tích of a nominee, filled from its record: nothing typed twice. The form follows
 * the campaign's choice: công trạng (Mẫu 05 cá nhân, Mẫu 04 tập thể and hộ) or chuyên đề (Mẫu 08).
 */

export function reportSubject(nominee: Pick<Nominee, 'kind' | 'collectiveForm'>): ReportSubject {
  if (nominee.kind === 'individual') return 'individual';
  return /^hộ(\s|$)/iu.test(nominee.collectiveForm ?? '') ? 'household' : 'collective';
}

const address = (nominee: Nominee) => [nominee.village, nominee.commune, nominee.district].filter((part) => part.trim()).join(', ');

export function reportData(ctx: ServiceContext, nominee: Nominee, content?: RichText, formCode?: string): AchievementReportData {
  const text = content ?? achievementText(ctx, nominee.id);
  const campaign = getCampaign(ctx, nominee.campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const evaluation = getEvaluation(ctx, nominee.id);
  const subject = reportSubject(nominee);
  return {
    formCode: formCode ?? (awardPapers(ctx, nominee.campaignId).reportForm === 'chuyen-de' ? '08' : subject === 'individual' ? '05' : '04'),
    formName: evaluation.awardName ?? '',
    place: agency.place,
    year: campaign.year,
    campaignSubject: campaign.plan.title.replace(/^kế hoạch\s+/iu, ''),
    subject,
    nominee: {
      name: nominee.name,
      gender: nominee.gender ? GENDER_LABELS[nominee.gender] : '',
      birthYear: nominee.birthYear,
      ethnicity: nominee.ethnicity ?? '',
      position: nominee.position,
      address: address(nominee),
      unitName: nominee.unitName,
      phone: nominee.phone,
      collectiveForm: nominee.collectiveForm ?? '',
      representative: nominee.representative ?? '',
      achievementField: nominee.achievementField,
      achievementSummary: nominee.achievementSummary,
      priorAwards: nominee.priorAwards,
    },
    achievementBlocks: text ? richBlocks(text) : null,
    nurturing: listActivities(ctx, nominee.campaignId, nominee.id).map((activity) => ({
      on: activity.happenedOn,
      kind: activity.kindName,
      note: activity.note,
    })),
    evaluation: evaluation.result ? { result: EVALUATION_RESULT_LABELS[evaluation.result], note: evaluation.note } : null,
  };
}

/** The report of a nominee; with `content`, as it will be once that text is saved (the editor's preview). */
export function achievementReport(ctx: ServiceContext, nomineeId: number, content?: RichText): AdminDocument {
  return buildAchievementReport(reportData(ctx, getNominee(ctx, nomineeId), content));
}
