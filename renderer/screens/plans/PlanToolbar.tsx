import { Badge, Button, Card, Space, Tag, Tooltip } from 'antd';
import {
  CheckCircleOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import type { PlanState } from '../../../shared/api/areas/plans.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import type { usePlanActions } from './usePlanActions.tsx';
import { SearchSelect } from '../../components/SearchSelect.tsx';

/** Which version is on screen: the draft being edited, or one issued version. */
export type PlanVersion = 'draft' | number;

/** The Kế hoạch toolbar: the version shown, save state, and the actions on the plan. */
export function PlanToolbar({
  plan,
  version,
  onVersion,
  dirty,
  problemCount,
  actions,
}: {
  plan: PlanState;
  version: PlanVersion;
  onVersion: (version: PlanVersion) => void;
  dirty: boolean;
  problemCount: number;
  actions: ReturnType<typeof usePlanActions>;
}) {
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Space wrap>
        <SearchSelect<PlanVersion>
          aria-label="Phiên bản kế hoạch"
          style={{ width: 300 }}
          value={version}
          onChange={onVersion}
          options={[
            { value: 'draft', label: plan.issued.length > 0 ? 'Bản dự thảo (đang sửa)' : 'Bản dự thảo' },
            ...plan.issued.map((item) => ({
              value: item.id,
              label: `Đã ban hành: số ${String(item.number).padStart(2, '0')}/${item.symbol} ngày ${formatDateVi(item.issuedOn)}`,
            })),
          ]}
        />
        {dirty ? <Tag color="orange">Có thay đổi chưa lưu</Tag> : <Tag color="green">Đã lưu</Tag>}
        {plan.changedSinceIssue && !dirty && <Tag color="blue">Khác bản đã ban hành</Tag>}
        <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={actions.busy} onClick={() => void actions.save()}>
          Lưu (Ctrl+S)
        </Button>
        <Button icon={<UndoOutlined />} disabled={!dirty} onClick={actions.discard}>
          Bỏ thay đổi
        </Button>
        <Tooltip title="Kiểm tra thể thức theo Nghị định 30/2020">
          <Badge count={problemCount} size="small">
            <Button icon={<SafetyCertificateOutlined />} onClick={actions.showProblems}>
              Kiểm tra thể thức
            </Button>
          </Badge>
        </Tooltip>
        <Button icon={<FileWordOutlined />} onClick={() => void actions.exportWord()}>
          Xuất Word
        </Button>
        <Button icon={<FilePdfOutlined />} onClick={() => void actions.exportPdf()}>
          Xuất PDF
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => void actions.print()}>
          In
        </Button>
        <Button
          icon={<CheckCircleOutlined />}
          type="primary"
          ghost
          disabled={version !== 'draft'}
          onClick={() => void actions.startIssue()}
        >
          Ban hành…
        </Button>
      </Space>
    </Card>
  );
}
