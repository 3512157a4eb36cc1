import { useCallback, useState } from 'react';
import { App, Button, Card, Col, List, Row, Space, Table, Typography } from 'antd';
import {
  CheckCircleTwoTone,
  ExclamationCircleTwoTone,
  FileExcelOutlined,
  FileWordOutlined,
  FolderOpenOutlined,
  PrinterOutlined,
} from '@ant-design/icons';
import type { AwardRow, IssuedAward } from '../../../shared/domain/awards.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { formatMoney } from '../evaluation/money.ts';
import { IssueDialog, type PaperKind } from '../../components/IssueDialog.tsx';
import { PaperPreview } from './PaperPreview.tsx';
import { PapersForm } from './PapersForm.tsx';
import { CertificateCalibration } from './CertificateCalibration.tsx';
import { CertificatePrint } from './CertificatePrint.tsx';
import { JobProgress } from '../../components/JobProgress.tsx';
import type { JobStatus } from '../../../shared/domain/jobs.ts';

const formatDate = (iso: string) => iso.split('-').reverse().join('/');

const pendingColumns = [
  { title: 'STT', width: 56, render: (_: unknown, __: AwardRow, index: number) => index + 1 },
  { title: 'Tên tập thể, họ và tên', dataIndex: 'name' },
  { title: 'Đơn vị', dataIndex: 'unitName', width: 130 },
  { title: 'Hình thức', dataIndex: 'awardName', width: 230 },
  {
    title: 'Tiền thưởng',
    dataIndex: 'amount',
    width: 130,
    align: 'right' as const,
    render: (amount: number) => (amount > 0 ? formatMoney(amount) : 'Chưa có'),
  },
];

/** Who waits for one paper, with its draft and the button that issues it. */
function PendingCard(props: {
  title: string;
  rows: AwardRow[];
  issueLabel: string;
  emptyText: string;
  onPreview: () => void;
  onIssue: () => void;
}) {
  return (
    <Card
      size="small"
      title={props.title}
      extra={
        <Space>
          <Button icon={<FileWordOutlined />} onClick={props.onPreview}>
            Xem dự thảo
          </Button>
          <Button type="primary" disabled={props.rows.length === 0} onClick={props.onIssue}>
            {props.issueLabel}
          </Button>
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="nomineeId"
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        columns={pendingColumns}
        dataSource={props.rows}
        locale={{ emptyText: props.emptyText }}
      />
    </Card>
  );
}

/** What is ready and what is missing, the decision and the Tờ trình, the lists and summaries. */
export function AwardPapersTab({ campaignId }: { campaignId: number }) {
  const { message } = App.useApp();
  const state = useQuery('awards.state', { campaignId });
  const [issuing, setIssuing] = useState<PaperKind | null>(null);
  const [preview, setPreview] = useState<{ kind: PaperKind; issuedId?: number } | null>(null);
  const [printing, setPrinting] = useState<number | null>(null);
  const [calibrating, setCalibrating] = useState(false);
  const [exporting, setExporting] = useState<JobStatus | null>(null);
  const run = async (action: () => Promise<string | null>) => {
    try {
      const done = await action();
      if (done) message.success(done, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const exportList = (issuedId?: number) =>
    run(async () => {
      const saved = await call('awards.exportList', { campaignId, ...(issuedId ? { issuedId } : {}) });
      return saved.saved ? `Đã lưu danh sách khen thưởng (${saved.rows} dòng): ${saved.saved}` : null;
    });
  const exportSummaries = () =>
    run(async () => {
      const saved = await call('awards.exportSummaries', { campaignId });
      return saved.folder ? `Đã lưu ${saved.files.length} tệp tổng hợp vào ${saved.folder}` : null;
    });
  const issuePaper = async (kind: PaperKind, number: number, date: string) => {
    if (kind === 'decision') {
      const issued = await call('awards.decide', { campaignId, number, date });
      message.success(
        `Đã ban hành Quyết định số ${String(issued.number).padStart(2, '0')}/${issued.symbol}: ${issued.count} tập thể, cá nhân.`,
        6,
      );
      return;
    }
    const issued = await call('awards.propose', { campaignId, number, date });
    message.success(`Đã ban hành Tờ trình số ${String(issued.number).padStart(2, '0')}/${issued.symbol}.`, 6);
    for (const warning of issued.warnings) message.warning(warning, 8);
  };
  const exportDossiers = () =>
    run(async () => {
      setExporting(await call('dossiers.startExport', { campaignId }));
      return null;
    });
  const dossiersEnded = useCallback(
    (status: JobStatus) => {
      setExporting(null);
      if (status.state === 'done') message.success(status.message, 8);
      else if (status.state === 'cancelled') message.info(status.message, 6);
      else message.error(status.message, 8);
    },
    [message],
  );
  const data = state.data;
  if (!data) return <Card loading={!state.error}>{state.error}</Card>;
  const total = (rows: AwardRow[]) => rows.reduce((sum, row) => sum + row.amount, 0);
  const issuedColumns = [
    {
      title: 'Số, ký hiệu',
      width: 130,
      render: (_: unknown, paper: IssuedAward) => `${String(paper.number).padStart(2, '0')}/${paper.symbol}`,
    },
    { title: 'Ngày', dataIndex: 'issuedOn', width: 110, render: formatDate },
    { title: 'Trích yếu', dataIndex: 'title', ellipsis: true },
    { title: 'Số người', dataIndex: 'count', width: 90, align: 'right' as const },
    {
      title: 'Tiền thưởng',
      dataIndex: 'total',
      width: 130,
      align: 'right' as const,
      render: (value: number, paper: IssuedAward) => (paper.kind === 'award-decision' ? formatMoney(value) : ''),
    },
    {
      title: '',
      width: 290,
      render: (_: unknown, paper: IssuedAward) => (
        <Space size={4}>
          <Button
            size="small"
            onClick={() => setPreview({ kind: paper.kind === 'award-decision' ? 'decision' : 'proposal', issuedId: paper.id })}
          >
            Xem
          </Button>
          {paper.kind === 'award-decision' && (
            <Button size="small" icon={<FileExcelOutlined />} onClick={() => void exportList(paper.id)}>
              Danh sách
            </Button>
          )}
          {paper.kind === 'award-decision' && (
            <Button size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(paper.id)}>
              Giấy khen
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Row gutter={16}>
      <Col span={16}>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <PendingCard
            title={`Chờ quyết định khen thưởng (${data.pendingDecision.length}, ${formatMoney(total(data.pendingDecision))})`}
            rows={data.pendingDecision}
            issueLabel="Ban hành quyết định…"
            emptyText="Không còn ai chờ quyết định."
            onPreview={() => setPreview({ kind: 'decision' })}
            onIssue={() => setIssuing('decision')}
          />
          <PendingCard
            title={`Chờ trình cấp trên khen thưởng (${data.pendingProposal.length})`}
            rows={data.pendingProposal}
            issueLabel="Ban hành tờ trình…"
            emptyText="Không có đề nghị lên cấp trên."
            onPreview={() => setPreview({ kind: 'proposal' })}
            onIssue={() => setIssuing('proposal')}
          />
          <Card
            size="small"
            title="Văn bản đã ban hành"
            extra={
              <Space>
                <Button icon={<PrinterOutlined />} onClick={() => setCalibrating(true)}>
                  Căn chỉnh in Giấy khen
                </Button>
                <Button icon={<FolderOpenOutlined />} onClick={() => void exportSummaries()}>
                  Tổng hợp gửi đơn vị
                </Button>
                <Button icon={<FolderOpenOutlined />} disabled={exporting !== null} onClick={() => void exportDossiers()}>
                  Hồ sơ điển hình
                </Button>
              </Space>
            }
          >
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              columns={issuedColumns}
              dataSource={data.issued}
              locale={{ emptyText: 'Chưa ban hành văn bản khen thưởng nào.' }}
            />
          </Card>
        </Space>
      </Col>
      <Col span={8}>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card size="small" title="Việc cần làm">
            <List
              size="small"
              dataSource={data.checklist}
              renderItem={(item) => (
                <List.Item>
                  <List.Item.Meta
                    avatar={item.ok ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <ExclamationCircleTwoTone twoToneColor="#fa8c16" />}
                    title={item.label}
                    description={<Typography.Text type="secondary">{item.detail}</Typography.Text>}
                  />
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title="Nội dung văn bản">
            <PapersForm key={JSON.stringify(data.papers)} campaignId={campaignId} papers={data.papers} onSaved={state.reload} />
          </Card>
        </Space>
      </Col>
      {issuing && (
        <IssueDialog
          title={issuing === 'decision' ? 'Ban hành quyết định khen thưởng' : 'Ban hành tờ trình đề nghị khen thưởng'}
          intro={`Văn bản gồm ${issuing === 'decision' ? data.pendingDecision.length : data.pendingProposal.length} tập thể, cá nhân. Sau khi ban hành, văn bản được giữ nguyên; khen thêm là một văn bản bổ sung mới.`}
          suggestedNumber={issuing === 'decision' ? data.suggestedNumbers.decision : data.suggestedNumbers.proposal}
          defaultDate={data.decisionDate}
          issue={(number, date) => issuePaper(issuing, number, date)}
          onClose={() => setIssuing(null)}
          onIssued={() => {
            setIssuing(null);
            state.reload();
          }}
        />
      )}
      {printing && <CertificatePrint campaignId={campaignId} issuedId={printing} onClose={() => setPrinting(null)} />}
      {exporting && <JobProgress job={exporting} onEnded={dossiersEnded} />}
      {calibrating && <CertificateCalibration onClose={() => setCalibrating(false)} />}
      {preview && (
        <PaperPreview
          campaignId={campaignId}
          kind={preview.kind}
          {...(preview.issuedId ? { issuedId: preview.issuedId } : {})}
          onClose={() => setPreview(null)}
        />
      )}
    </Row>
  );
}
