import * as z from 'zod';

/** The papers a nominee's dossier holds or lacks (hồ sơ đề nghị khen thưởng, NĐ 152/2025). */
export const DOSSIER_PAPERS = ['report', 'coverLetter', 'photos', 'confirmation'] as const;
export type DossierPaper = (typeof DOSSIER_PAPERS)[number];
export const DOSSIER_PAPER_LABELS: Record<DossierPaper, string> = {
  report: 'Báo cáo thành tích',
  coverLetter: 'Công văn đề cử của đơn vị',
  photos: 'Ảnh tư liệu',
  confirmation: 'Xác nhận của cấp trình',
};

export const dossierCheckSchema = z.object({
  nomineeId: z.number(),
  name: z.string(),
  unitName: z.string(),
  has: z.array(z.enum(DOSSIER_PAPERS)),
  lacks: z.array(z.enum(DOSSIER_PAPERS)),
});
export type DossierCheck = z.infer<typeof dossierCheckSchema>;
