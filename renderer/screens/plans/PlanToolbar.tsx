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
    <Card size="small" style={{ marginBottom: 12 }} className="plan-toolbar">
      <Space wrap>
        <SearchSelect<PlanVersion>
          aria-label="Phiên bản kế hoạch"
          style={{ width: 210 }}
          popupMatchSelectWidth={false}
          value={version}
          onChange={onVersion}
          options={[
            { value: 'draft', label: plan.issued.length > 0 ? 'Bản dự thảo (đang sửa)' : 'Bản dự thảo' },
            ...plan.issued.map((item) => ({
              value: item.id,
              // Short enough to be read whole in the box: which issued version is on screen.
              label: `Ban hành số ${String(item.number).padStart(2, '0')}/${item.symbol}, ${formatDateVi(item.issuedOn)}`,
            })),
          ]}
        />
        {dirty ? <Tag color="orange">Chưa lưu</Tag> : <Tag color="green">Đã lưu</Tag>}
        {plan.changedSinceIssue && !dirty && <Tag color="blue">Khác bản đã ban hành</Tag>}
        {/* Short labels keep the toolbar on one line at 1366 px; the names read aloud stay whole. */}
        <Tooltip title="Lưu (Ctrl+S)">
          <Button
            type="primary"
            icon={<SaveOutlined />}
            aria-label="Lưu (Ctrl+S)"
            disabled={!dirty}
            loading={actions.busy}
            onClick={() => void actions.save()}
          >
            Lưu
          </Button>
        </Tooltip>
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
        <Space.Compact>
          <Tooltip title="Xuất Word">
            <Button icon={<FileWordOutlined />} aria-label="Xuất Word" onClick={() => void actions.exportWord()}>
              Word
            </Button>
          </Tooltip>
          <Tooltip title="Xuất PDF">
            <Button icon={<FilePdfOutlined />} aria-label="Xuất PDF" onClick={() => void actions.exportPdf()}>
              PDF
            </Button>
          </Tooltip>
          <Tooltip title="In">
            <Button icon={<PrinterOutlined />} aria-label="In" onClick={() => void actions.print()}>
              In
            </Button>
          </Tooltip>
        </Space.Compact>
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
