import { useEffect, useState } from 'react';
import { Alert, App, Button, Checkbox, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import {
  CERTIFICATE_FIELD_LABELS,
  CERTIFICATE_FIELDS,
  CERTIFICATE_PAPER_KEYS,
  CERTIFICATE_PAPERS,
  type CertificateField,
  type CertificateLayout,
  type CertificatePaper,
  type FieldBox,
} from '../../../shared/domain/certificates.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { CertificatePrintCopy } from './CertificatePrint.tsx';
import { CertificateSheet } from './CertificateSheet.tsx';

type NumberPart = 'xMm' | 'yMm' | 'widthMm' | 'fontPt';

function Editor({
  initial,
  onPaper,
  onSaved,
}: {
  initial: CertificateLayout;
  onPaper: (paper: CertificatePaper) => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [layout, setLayout] = useState(initial);
  const [selected, setSelected] = useState<CertificateField>('name');
  const [error, setError] = useState<string | null>(null);
  const setBox = (field: CertificateField, change: Partial<FieldBox>) =>
    setLayout((current) => ({ ...current, fields: { ...current.fields, [field]: { ...current.fields[field], ...change } } }));
  const move = (field: CertificateField, dx: number, dy: number) => {
    const box = layout.fields[field];
    setBox(field, { xMm: Math.max(0, box.xMm + dx), yMm: Math.max(0, box.yMm + dy) });
  };
  // Arrow keys move the chosen field by 1 mm (Shift: 5 mm), for those who calibrate by keyboard.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const steps: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      const step = steps[event.key];
      const target = event.target as HTMLElement | null;
      if (!step || !event.altKey || target?.closest('input')) return;
      event.preventDefault();
      const size = event.shiftKey ? 5 : 1;
      move(selected, step[0] * size, step[1] * size);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const save = async () => {
    try {
      setLayout(await call('awards.saveCertificateLayout', { layout }));
      setError(null);
      message.success(`Đã lưu vị trí in Giấy khen cho khổ ${CERTIFICATE_PAPERS[layout.paper].label}.`);
      onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const numberCell = (part: NumberPart, label: string) => (_: unknown, field: CertificateField) => (
    <InputNumber
      size="small"
      aria-label={`${label} – ${CERTIFICATE_FIELD_LABELS[field]}`}
      value={layout.fields[field][part]}
      min={part === 'fontPt' ? 8 : 0}
      max={part === 'fontPt' ? 48 : 420}
      onChange={(value) => setBox(field, { [part]: Number(value ?? 0) })}
      onFocus={() => setSelected(field)}
    />
  );
  const columns = [
    { title: 'Mục', render: (_: unknown, field: CertificateField) => CERTIFICATE_FIELD_LABELS[field] },
    { title: 'Trái (mm)', width: 90, render: numberCell('xMm', 'Trái') },
    { title: 'Trên (mm)', width: 90, render: numberCell('yMm', 'Trên') },
    { title: 'Rộng (mm)', width: 90, render: numberCell('widthMm', 'Rộng') },
    { title: 'Cỡ chữ', width: 80, render: numberCell('fontPt', 'Cỡ chữ') },
    {
      title: 'Đậm',
      width: 60,
      render: (_: unknown, field: CertificateField) => (
        <Checkbox
          aria-label={`Đậm – ${CERTIFICATE_FIELD_LABELS[field]}`}
          checked={layout.fields[field].bold}
          onChange={(event) => setBox(field, { bold: event.target.checked })}
        />
      ),
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>Khổ giấy</span>
        <Select
          aria-label="Khổ giấy"
          style={{ width: 230 }}
          value={layout.paper}
          onChange={onPaper}
          options={CERTIFICATE_PAPER_KEYS.map((key) => ({ value: key, label: CERTIFICATE_PAPERS[key].label }))}
        />
        <span>Máy in lệch: ngang</span>
        <InputNumber
          aria-label="Dịch ngang (mm)"
          size="small"
          min={-30}
          max={30}
          value={layout.offsetXMm}
          onChange={(value) => setLayout({ ...layout, offsetXMm: Number(value ?? 0) })}
        />
        <span>dọc</span>
        <InputNumber
          aria-label="Dịch dọc (mm)"
          size="small"
          min={-30}
          max={30}
          value={layout.offsetYMm}
          onChange={(value) => setLayout({ ...layout, offsetYMm: Number(value ?? 0) })}
        />
        <span>mm</span>
      </Space>
      <Typography.Text type="secondary">
        Kéo từng mục trên hình tờ giấy, hoặc gõ số milimét; Alt + phím mũi tên dịch mục đang chọn 1 mm (thêm Shift: 5 mm). In trang thử lên
        giấy thường, đặt chồng lên giấy in sẵn để so.
      </Typography.Text>
      {error && <Alert type="error" showIcon title={error} />}
      <div className="cert-preview">
        <CertificateSheet layout={layout} values={null} scale={0.42} selected={selected} onSelect={setSelected} onMove={move} />
      </div>
      <Table size="small" rowKey={(field) => field} pagination={false} columns={columns} dataSource={[...CERTIFICATE_FIELDS]} />
      <Space>
        <Button type="primary" onClick={() => void save()}>
          Lưu vị trí
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          In trang thử
        </Button>
      </Space>
      {/* While calibrating, what prints is the test page: the grid and each field where it is now. */}
      <CertificatePrintCopy layout={layout} certificates={[null]} />
    </Space>
  );
}

/** Căn chỉnh vị trí in Giấy khen: the positions per paper size, a test page with a grid. */
export function CertificateCalibration({ onClose }: { onClose: () => void }) {
  const [paper, setPaper] = useState<CertificatePaper | undefined>(undefined);
  const layout = useQuery('awards.certificateLayout', paper ? { paper } : {});
  return (
    <Modal open width={1000} title="Căn chỉnh vị trí in Giấy khen" onCancel={onClose} footer={<Button onClick={onClose}>Đóng</Button>}>
      {layout.error && <Alert type="error" showIcon title={layout.error} />}
      {layout.data && <Editor key={JSON.stringify(layout.data)} initial={layout.data} onPaper={setPaper} onSaved={layout.reload} />}
    </Modal>
  );
}
