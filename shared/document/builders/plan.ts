import type { PlanContent } from '../../domain/plan.ts';
import { formatDateInText } from '../../format/dates.ts';
import { twoDigits } from '../../format/numbers.ts';
import { paragraph, type AdminDocument, type Block } from '../model.ts';
import { splitSummary } from './summary-lines.ts';

/** Everything the plan needs, frozen when the plan is issued so it can be printed again as issued. */
export interface PlanSnapshot {
  agency: { name: string; parentBody: string; abbreviation: string; place: string };
  year: number;
  totalModels: number;
  plan: PlanContent;
  quotas: { unitTitle: string; collective: number; individual: number }[];
  number: number | null;
  issuedOn: string | null;
}

/** "- Huyện Sơn Động: 02 điển hình (01 tập thể, 01 cá nhân);" — kinds with no quota are left out. */
export function quotaLine(quota: PlanSnapshot['quotas'][number], last: boolean): string {
  const parts = [
    quota.collective > 0 ? `${twoDigits(quota.collective)} tập thể` : null,
    quota.individual > 0 ? `${twoDigits(quota.individual)} cá nhân` : null,
  ].filter((part): part is string => part !== null);
  return `- ${quota.unitTitle}: ${twoDigits(quota.collective + quota.individual)} điển hình (${parts.join(', ')})${last ? '.' : ';'}`;
}

/** "Thực hiện Kế hoạch số 68/KH-UBND ngày 06/01/2023 của UBND tỉnh, về …. Ban Dân tộc ban hành …, như sau:" */
export function openingSentence(plan: PlanContent): string {
  const cited = plan.basis
    .filter((doc) => doc.citedInOpening)
    .map(
      (doc) => `${doc.type} số ${doc.number} ngày ${formatDateInText(doc.date)} của ${doc.issuer}${doc.summary ? `, ${doc.summary}` : ''}`,
    );
  return cited.length > 0 ? `Thực hiện ${cited.join('; ')}. ${plan.openingStatement}` : plan.openingStatement;
}

/** The closing paragraph with the contact person, ending the content with "./.". */
export function closingSentence(plan: PlanContent): string {
  const { contact } = plan;
  const text = `${plan.closing} ${contact.name} - ${contact.position}, ${plan.contactUnit} (điện thoại ${contact.phone}) ${plan.closingAfterContact}`;
  return text.endsWith('./.') ? text : `${text.replace(/[.;:,]*$/u, '')}./.`;
}

const dashes = (items: string[]): Block[] => items.map((item) => paragraph('body', `- ${item}`));
const bodies = (items: string[]): Block[] => items.map((item) => paragraph('body', item));

/** Kế hoạch (Mẫu 1.4): sections I–IV in the order of the plan the office issues every year. */
export function buildPlanDocument(snapshot: PlanSnapshot): AdminDocument {
  const { plan } = snapshot;
  const quotas = snapshot.quotas.filter((quota) => quota.collective + quota.individual > 0);
  const blocks: Block[] = [
    paragraph('body', openingSentence(plan)),
    paragraph('section', 'I. MỤC ĐÍCH, YÊU CẦU'),
    paragraph('clause', '1. Mục đích'),
    ...dashes(plan.purposes),
    paragraph('clause', '2. Yêu cầu'),
    ...dashes(plan.requirements),
    paragraph('section', 'II. ĐỐI TƯỢNG, TIÊU CHUẨN VÀ SỐ LƯỢNG'),
    paragraph('clause', '1. Đối tượng'),
    ...bodies(plan.subjects),
    paragraph('clause', '2. Tiêu chuẩn'),
    paragraph('subclause', '2.1. Đối với tập thể'),
    ...bodies(plan.criteriaCollective),
    paragraph('subclause', '2.2. Đối với cá nhân'),
    ...bodies(plan.criteriaIndividual),
    paragraph('clause', '3. Số lượng'),
    ...bodies(plan.quantity),
    paragraph('body', plan.allocationLead),
    ...quotas.map((quota, index) => paragraph('body', quotaLine(quota, index === quotas.length - 1))),
    paragraph('section', 'III. THỜI GIAN, NỘI DUNG VÀ KINH PHÍ THỰC HIỆN'),
    paragraph('clause', '1. Thời gian, nội dung thực hiện'),
    ...dashes(plan.schedule),
    paragraph('clause', '2. Kinh phí thực hiện'),
    ...bodies(plan.funding),
    paragraph('section', 'IV. TỔ CHỨC THỰC HIỆN'),
    ...plan.tasks.map((task, index) => paragraph('body', `${index + 1}. ${task}`)),
    paragraph('body', closingSentence(plan)),
  ];
  return {
    kind: 'plan',
    header: {
      parentBody: snapshot.agency.parentBody,
      agency: snapshot.agency.name,
      number: snapshot.number,
      symbol: `KH-${snapshot.agency.abbreviation}`,
      place: snapshot.agency.place,
      date: snapshot.issuedOn,
      year: snapshot.issuedOn ? Number(snapshot.issuedOn.slice(0, 4)) : snapshot.year,
    },
    typeName: 'KẾ HOẠCH',
    summaryLines: splitSummary(plan.title),
    sections: [{ orientation: 'portrait', blocks }],
    signature: {
      authority: plan.signer.authority,
      headTitle: plan.signer.headTitle,
      signerTitle: plan.signer.signerTitle,
      name: plan.signer.name,
    },
    recipients: plan.recipients,
  };
}
