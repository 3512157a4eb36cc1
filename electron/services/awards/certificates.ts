import {
  certificateLayoutSchema,
  defaultCertificateLayout,
  type Certificate,
  type CertificateLayout,
  type CertificatePaper,
} from '../../../shared/domain/certificates.ts';
import { numberLine, signatureTitleLines } from '../../../shared/document/header-text.ts';
import { formatDateInWords } from '../../../shared/format/dates.ts';
import type { ServiceContext } from '../core/context.ts';
import { recordChange } from '../core/audit.ts';
import { prepared } from '../../db/statements.ts';
import { storedDecision } from './decisions.ts';

/**
 * Giấy khen on pre-printed paper: the calibrated positions per paper size, and the words of each
 * certificate of an issued decision, taken from the decision as it was issued.
 */

const layoutKey = (paper: CertificatePaper) => `certificate.layout.${paper}`;
const LAST_PAPER_KEY = 'certificate.paper';

function setting(ctx: ServiceContext, key: string): unknown {
  const stored = prepared(ctx.db, 'SELECT value_json FROM app_settings WHERE key = ?').pluck().get(key) as string | undefined;
  return stored === undefined ? undefined : (JSON.parse(stored) as unknown);
}

function store(ctx: ServiceContext, key: string, value: unknown): void {
  prepared(
    ctx.db,
    'INSERT INTO app_settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  ).run(key, JSON.stringify(value));
}

/** The saved layout of a paper size (the last one used when none is named), else the default one. */
export function certificateLayout(ctx: ServiceContext, paper?: CertificatePaper): CertificateLayout {
  const chosen = paper ?? (setting(ctx, LAST_PAPER_KEY) as CertificatePaper | undefined) ?? 'a4-landscape';
  const saved = certificateLayoutSchema.safeParse(setting(ctx, layoutKey(chosen)));
  return saved.success ? saved.data : defaultCertificateLayout(chosen);
}

export function saveCertificateLayout(ctx: ServiceContext, layout: CertificateLayout): CertificateLayout {
  const before = setting(ctx, layoutKey(layout.paper));
  store(ctx, layoutKey(layout.paper), layout);
  store(ctx, LAST_PAPER_KEY, layout.paper);
  recordChange(ctx, { action: before ? 'update' : 'create', entity: 'certificate_layout', entityId: layout.paper, before, after: layout });
  return layout;
}

const upperFirst = (text: string) => (text ? `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)}` : text);
const lowerFirst = (text: string) => (text ? `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}` : text);

/** One certificate per awardee of an issued decision, in the decision's order. */
export function decisionCertificates(ctx: ServiceContext, campaignId: number, issuedId: number): Certificate[] {
  const { data, document } = storedDecision(ctx, campaignId, issuedId);
  const decision = `Quyết định số ${numberLine(document.header).replace(/^Số:\s*/u, '')}`;
  const date = `${data.agency.place}, ${formatDateInWords(data.date ?? '')}`;
  const signerTitle = signatureTitleLines(data.signer).join('\n');
  return data.rows.map((award) => ({
    name: award.name,
    achievement: award.achievement.trim()
      ? upperFirst(award.achievement.trim().replace(/[.;]+$/u, ''))
      : `Đã có thành tích xuất sắc trong ${lowerFirst(data.campaignSubject)}`,
    decision,
    date,
    signerTitle,
    signerName: data.signer.name,
  }));
}
