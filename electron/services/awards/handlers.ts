import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { saveAwardPapers } from './award-papers.ts';
import { awardsState } from './awards-state.ts';
import { exportAwardList, exportDecision, exportProposal } from './award-exports.ts';
import { decide, decisionDocument } from './decisions.ts';
import { propose, proposalDocument } from './proposals.ts';
import { exportSummaries } from './unit-summaries.ts';
import { certificateLayout, decisionCertificates, saveCertificateLayout } from './certificates.ts';

export const awardsHandlers = {
  'awards.state': (ctx, input) => awardsState(ctx, input.campaignId),
  'awards.savePapers': (ctx, input) => saveAwardPapers(ctx, input.campaignId, input.papers),
  'awards.decisionDocument': (ctx, input) => decisionDocument(ctx, input.campaignId, input.issuedId),
  'awards.decide': (ctx, input) => decide(ctx, input.campaignId, input.number, input.date),
  'awards.proposalDocument': (ctx, input) => proposalDocument(ctx, input.campaignId, input.issuedId),
  'awards.propose': (ctx, input) => propose(ctx, input.campaignId, input.number, input.date),
  'awards.exportDecision': { async: (ctx, input) => exportDecision(ctx, input.campaignId, input.issuedId) },
  'awards.exportProposal': { async: (ctx, input) => exportProposal(ctx, input.campaignId, input.issuedId) },
  'awards.exportList': { async: (ctx, input) => exportAwardList(ctx, input.campaignId, input.issuedId) },
  'awards.exportSummaries': { async: (ctx, input) => exportSummaries(ctx, input.campaignId) },
  'awards.certificateLayout': (ctx, input) => certificateLayout(ctx, input.paper),
  'awards.saveCertificateLayout': (ctx, input) => saveCertificateLayout(ctx, input.layout),
  'awards.certificates': (ctx, input) => decisionCertificates(ctx, input.campaignId, input.issuedId),
} satisfies AreaHandlers<'awards'>;
