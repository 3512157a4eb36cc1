import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { Alert, Button, Modal, Skeleton, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { CERTIFICATE_PAPERS, type Certificate, type CertificateLayout } from '../../../shared/domain/certificates.ts';
import { useQuery } from '../../app/useQuery.ts';
import { CertificateSheet } from './CertificateSheet.tsx';

/** The sheets at full size outside the app: printing shows only these, one page each. */
export function CertificatePrintCopy({ layout, certificates }: { layout: CertificateLayout; certificates: (Certificate | null)[] }) {
  useEffect(() => {
    document.body.classList.add('has-print-copy');
    return () => document.body.classList.remove('has-print-copy');
  }, []);
  return createPortal(
    <div className="print-copy" aria-hidden>
      {certificates.map((values, index) => (
        <CertificateSheet key={index} layout={layout} values={values} testPage={values === null} />
      ))}
    </div>,
    document.body,
  );
}

/** Every Giấy khen of an issued decision, previewed on the calibrated layout, printed at once. */
export function CertificatePrint({ campaignId, issuedId, onClose }: { campaignId: number; issuedId: number; onClose: () => void }) {
  const layout = useQuery('awards.certificateLayout', {});
  const certificates = useQuery('awards.certificates', { campaignId, issuedId });
  const sheets = layout.data && certificates.data ? { layout: layout.data, certificates: certificates.data } : null;
  const paper = layout.data ? CERTIFICATE_PAPERS[layout.data.paper] : null;
  return (
    <Modal
      open
      width={980}
      title={`In Giấy khen (${certificates.data?.length ?? 0} tờ)`}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>Đóng</Button>
          <Button type="primary" icon={<PrinterOutlined />} disabled={!sheets} onClick={() => window.print()}>
            In
          </Button>
        </Space>
      }
    >
      {(layout.error ?? certificates.error) && <Alert type="error" showIcon title={layout.error ?? certificates.error} />}
      {paper && (
        <Typography.Paragraph type="secondary">
          Khổ giấy {paper.label}, không lề; đặt giấy in sẵn vào khay như khi in trang thử. Vị trí chữ sửa ở "Căn chỉnh vị trí in Giấy khen".
        </Typography.Paragraph>
      )}
      {sheets ? (
        <div className="cert-preview">
          {sheets.certificates.map((values, index) => (
            <CertificateSheet key={index} layout={sheets.layout} values={values} scale={0.45} />
          ))}
          <CertificatePrintCopy layout={sheets.layout} certificates={sheets.certificates} />
        </div>
      ) : (
        <Skeleton active />
      )}
    </Modal>
  );
}
