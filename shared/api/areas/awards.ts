import * as z from 'zod';
import { documentNumber, id, isoDate } from '../../domain/fields.ts';
import { documentSchema, formatProblemSchema } from '../../document/schema.ts';
import { certificateLayoutSchema, certificateSchema, CERTIFICATE_PAPER_KEYS } from '../../domain/certificates.ts';
import { awardPapersSchema, awardRowSchema, awardsStateSchema, issuedAwardSchema } from '../../domain/awards.ts';

/**
 * Khen thưởng: the award decision the agency issues (Giấy khen), the Tờ trình to the higher
 * level (Bằng khen), the Excel award list and the summaries sent back to each unit.
 */

const campaignId = id('Mã chiến dịch');
const number = documentNumber;
const paper = z.object({ document: documentSchema, problems: z.array(formatProblemSchema), rows: z.array(awardRowSchema) });
const saved = z.strictObject({ saved: z.string().nullable() });
const issuedId = id('Mã văn bản').optional();

export const awardsMethods = {
  /** The Khen thưởng screen: the checklist, who is ready for which paper, what was issued. */
  'awards.state': {
    input: z.strictObject({ campaignId }),
    output: awardsStateSchema,
  },
  /** The words of the papers that the records do not hold (căn cứ, người thi hành, kính gửi …). */
  'awards.savePapers': {
    input: z.strictObject({ campaignId, papers: awardPapersSchema }),
    output: awardPapersSchema,
  },
  /** The decision as the preview draws it: an issued one as issued, else the draft of those ready. */
  'awards.decisionDocument': {
    input: z.strictObject({ campaignId, issuedId }),
    output: paper,
  },
  /** Issues the decision with a free number and a date: frozen, registered, nominees awarded. */
  'awards.decide': {
    input: z.strictObject({ campaignId, number, date: isoDate('Ngày quyết định') }),
    output: issuedAwardSchema,
  },
  'awards.proposalDocument': {
    input: z.strictObject({ campaignId, issuedId }),
    output: paper,
  },
  /** Issues the Tờ trình to the higher level; warns when it is late for the congress. */
  'awards.propose': {
    input: z.strictObject({ campaignId, number, date: isoDate('Ngày tờ trình') }),
    output: issuedAwardSchema.extend({ warnings: z.array(z.string()) }),
  },
  'awards.exportDecision': {
    input: z.strictObject({ campaignId, issuedId }),
    output: saved,
  },
  'awards.exportProposal': {
    input: z.strictObject({ campaignId, issuedId }),
    output: saved,
  },
  /** Danh sách khen thưởng (.xlsx) of a decision (the latest by default). */
  'awards.exportList': {
    input: z.strictObject({ campaignId, issuedId }),
    output: z.strictObject({ saved: z.string().nullable(), rows: z.number(), total: z.number() }),
  },
  /** One .xlsx per unit in a new folder inside the chosen one. */
  'awards.exportSummaries': {
    input: z.strictObject({ campaignId }),
    output: z.strictObject({
      folder: z.string().nullable(),
      files: z.array(z.object({ unitId: z.number(), unitName: z.string(), file: z.string() })),
    }),
  },
  /** Where the words of a Giấy khen go on the pre-printed paper (the last paper used by default). */
  'awards.certificateLayout': {
    input: z.strictObject({ paper: z.enum(CERTIFICATE_PAPER_KEYS).optional() }),
    output: certificateLayoutSchema,
  },
  'awards.saveCertificateLayout': {
    input: z.strictObject({ layout: certificateLayoutSchema }),
    output: certificateLayoutSchema,
  },
  /** The words of every certificate of an issued decision, as it was issued. */
  'awards.certificates': {
    input: z.strictObject({ campaignId, issuedId: id('Mã quyết định') }),
    output: z.array(certificateSchema),
  },
} as const;
