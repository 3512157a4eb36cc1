import * as z from 'zod';

/**
 * Giấy khen printed on the committee's pre-printed certificate paper: only the words, at the
 * positions the user calibrates once per paper size (millimetres from the sheet's top left).
 */

export const CERTIFICATE_PAPERS = {
  'a4-landscape': { label: 'A4 ngang (297 × 210 mm)', widthMm: 297, heightMm: 210 },
  'a4-portrait': { label: 'A4 dọc (210 × 297 mm)', widthMm: 210, heightMm: 297 },
  'a3-landscape': { label: 'A3 ngang (420 × 297 mm)', widthMm: 420, heightMm: 297 },
} as const;
export type CertificatePaper = keyof typeof CERTIFICATE_PAPERS;
export const CERTIFICATE_PAPER_KEYS = Object.keys(CERTIFICATE_PAPERS) as [CertificatePaper, ...CertificatePaper[]];

export const CERTIFICATE_FIELDS = ['name', 'achievement', 'decision', 'date', 'signerTitle', 'signerName'] as const;
export type CertificateField = (typeof CERTIFICATE_FIELDS)[number];
export const CERTIFICATE_FIELD_LABELS: Record<CertificateField, string> = {
  name: 'Họ tên, tên tập thể',
  achievement: 'Thành tích',
  decision: 'Số quyết định',
  date: 'Địa danh, ngày tháng',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
};

const millimetres = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: cần một số` })
    .min(min, `${label}: từ ${min} mm`)
    .max(max, `${label}: đến ${max} mm`);

export const fieldBoxSchema = z.strictObject({
  xMm: millimetres('Lề trái', 0, 420),
  yMm: millimetres('Lề trên', 0, 420),
  widthMm: millimetres('Độ rộng', 10, 420),
  fontPt: z.number({ error: 'Cỡ chữ: cần một số' }).min(8, 'Cỡ chữ từ 8').max(48, 'Cỡ chữ đến 48'),
  bold: z.boolean(),
  align: z.enum(['left', 'center']),
});
export type FieldBox = z.infer<typeof fieldBoxSchema>;

export const certificateLayoutSchema = z
  .strictObject({
    paper: z.enum(CERTIFICATE_PAPER_KEYS),
    /** The printer's own shift, measured on the test page: added to every field. */
    offsetXMm: millimetres('Dịch ngang', -30, 30),
    offsetYMm: millimetres('Dịch dọc', -30, 30),
    fields: z.strictObject(
      Object.fromEntries(CERTIFICATE_FIELDS.map((field) => [field, fieldBoxSchema])) as Record<CertificateField, typeof fieldBoxSchema>,
    ),
  })
  .superRefine((layout, context) => {
    const paper = CERTIFICATE_PAPERS[layout.paper];
    for (const field of CERTIFICATE_FIELDS) {
      const box = layout.fields[field];
      if (box.xMm + box.widthMm > paper.widthMm || box.yMm > paper.heightMm - 5) {
        context.addIssue({
          code: 'custom',
          path: ['fields', field],
          message: `${CERTIFICATE_FIELD_LABELS[field]} nằm ngoài tờ ${paper.label}.`,
        });
      }
    }
  });
export type CertificateLayout = z.infer<typeof certificateLayoutSchema>;

/** Where the words usually sit on a landscape certificate, scaled to the paper; a start for calibrating. */
export function defaultCertificateLayout(paper: CertificatePaper): CertificateLayout {
  const { widthMm: w, heightMm: h } = CERTIFICATE_PAPERS[paper];
  const box = (x: number, y: number, width: number, fontPt: number, bold: boolean, align: FieldBox['align']): FieldBox => ({
    xMm: Math.round(x * w),
    yMm: Math.round(y * h),
    widthMm: Math.round(width * w),
    fontPt,
    bold,
    align,
  });
  const scale = paper === 'a3-landscape' ? 1.4 : 1;
  return {
    paper,
    offsetXMm: 0,
    offsetYMm: 0,
    fields: {
      name: box(0.15, 0.45, 0.7, Math.round(20 * scale), true, 'center'),
      achievement: box(0.15, 0.55, 0.7, Math.round(14 * scale), false, 'center'),
      decision: box(0.08, 0.8, 0.36, Math.round(12 * scale), false, 'left'),
      date: box(0.52, 0.72, 0.4, Math.round(13 * scale), false, 'center'),
      signerTitle: box(0.52, 0.77, 0.4, Math.round(13 * scale), true, 'center'),
      signerName: box(0.52, 0.9, 0.4, Math.round(14 * scale), true, 'center'),
    },
  };
}

/** The words of one certificate. */
export const certificateSchema = z.object(
  Object.fromEntries(CERTIFICATE_FIELDS.map((field) => [field, z.string()])) as Record<CertificateField, z.ZodString>,
);
export type Certificate = z.infer<typeof certificateSchema>;
