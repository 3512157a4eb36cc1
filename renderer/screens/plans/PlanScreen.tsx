import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Badge, Button, Card, Select, Skeleton, Space, Tag, Tooltip } from 'antd';
import {
  CheckCircleOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { buildPlanDocument } from '../../../shared/document/builders/plan.ts';
import { planCheckFacts, planSnapshotFromDraft, type PlanDraft } from '../../../shared/document/builders/plan-inputs.ts';
import { checkDocument } from '../../../shared/document/check.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DocumentPreview } from '../../preview/DocumentPreview.tsx';
import { PrintCopy } from '../../preview/PrintCopy.tsx';
import { IssueDialog } from './IssueDialog.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { ProblemList, useFormatGate } from './PlanChecks.tsx';
import { forgetDraft, keepDraft, unsavedDraft } from './planDraftStore.ts';
import { usePreviewScale } from './usePreviewScale.ts';
import type { ScreenProps } from '../../app/routes.tsx';

type Version = 'draft' | number;

/** Kế hoạch: edit every part of the plan beside its live A4 preview; check, export, print, issue. */
export function PlanScreen({ campaignId }: Pick<ScreenProps, 'campaignId'>) {
  const state = useQuery('plans.get', { campaignId });
  const info = useQuery('app.info', {});
  const { message, modal } = App.useApp();
  const gate = useFormatGate();
  const [edited, setEdited] = useState<PlanDraft | null>(() => unsavedDraft(campaignId));
  const [version, setVersion] = useState<Version>('draft');
  const [issuing, setIssuing] = useState(false);
  const [busy, setBusy] = useState(false);
  const pane = useRef<HTMLDivElement>(null);
  const scale = usePreviewScale(pane);
  const issuedDoc = useQuery('plans.document', typeof version === 'number' ? { campaignId, issuedId: version } : null);

  useEffect(() => {
    if (edited) keepDraft(campaignId, edited);
  }, [campaignId, edited]);

  const loaded = state.data;
  const draft = edited ?? loaded?.draft ?? null;
  const draftDocument = useMemo(
    () => (loaded && draft ? buildPlanDocument(planSnapshotFromDraft(draft, loaded.agency, loaded.units, loaded.year)) : null),
    [loaded, draft],
  );
  const draftProblems = useMemo(
    () => (loaded && draft && draftDocument ? checkDocument(draftDocument, planCheckFacts(draft, loaded.units, false)) : []),
    [loaded, draft, draftDocument],
  );

  if (state.error) return <Alert type="error" showIcon title="Không tải được kế hoạch" description={state.error} />;
  if (!loaded || !draft || !draftDocument) return <Skeleton active paragraph={{ rows: 12 }} />;

  const issued = typeof version === 'number' ? loaded.issued.find((item) => item.id === version) : undefined;
  const shown = issued ? issuedDoc.data?.document : draftDocument;
  const problems = issued ? (issuedDoc.data?.problems ?? []) : draftProblems;
  const dirty = edited !== null;
  const symbol = `KH-${loaded.agency.abbreviation}`;

  const save = async (): Promise<boolean> => {
    if (!edited) return true;
    setBusy(true);
    try {
      await call('plans.save', { campaignId, draft: edited });
      forgetDraft(campaignId);
      setEdited(null);
      state.reload();
      message.success('Đã lưu kế hoạch.');
      return true;
    } catch (failure) {
      modal.error({ title: 'Chưa lưu được kế hoạch', content: errorMessage(failure) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const discard = () =>
    modal.confirm({
      title: 'Bỏ các thay đổi chưa lưu?',
      content: 'Kế hoạch trở lại như lần lưu gần nhất.',
      okText: 'Bỏ thay đổi',
      okButtonProps: { danger: true },
      cancelText: 'Giữ lại',
      onOk: () => {
        forgetDraft(campaignId);
        setEdited(null);
      },
    });
  const which = issued ? { campaignId, issuedId: issued.id } : { campaignId };
  const ready = async (action: string) => (issued || (await save())) && (await gate(problems, action));
  const exportWord = async () => {
    if (!(await ready('xuất Word'))) return;
    try {
      const result = await call('plans.exportDocx', which);
      if (result.saved) message.success(`Đã lưu tệp Word: ${result.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const exportPdf = async () => {
    if (!(await ready('xuất PDF'))) return;
    if (info.data?.host !== 'electron') {
      message.info('Trong hộp thoại In, chọn "Lưu dưới dạng PDF".', 6);
      window.print();
      return;
    }
    try {
      const result = await call('plans.exportPdf', which);
      if (result.saved) message.success(`Đã lưu tệp PDF: ${result.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const print = async () => {
    if (await ready('in')) window.print();
  };
  const startIssue = async () => {
    if (
      (await save()) &&
      (await gate(
        draftProblems.filter((p) => p.level === 'error'),
        'ban hành',
      ))
    )
      setIssuing(true);
  };

  return (
    <div
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          void save();
        }
      }}
    >
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select<Version>
            aria-label="Phiên bản kế hoạch"
            style={{ width: 300 }}
            value={version}
            onChange={setVersion}
            options={[
              { value: 'draft', label: loaded.issued.length > 0 ? 'Bản dự thảo (đang sửa)' : 'Bản dự thảo' },
              ...loaded.issued.map((item) => ({
                value: item.id,
                label: `Đã ban hành: số ${String(item.number).padStart(2, '0')}/${item.symbol} ngày ${formatDateVi(item.issuedOn)}`,
              })),
            ]}
          />
          {dirty ? <Tag color="orange">Có thay đổi chưa lưu</Tag> : <Tag color="green">Đã lưu</Tag>}
          {loaded.changedSinceIssue && !dirty && <Tag color="blue">Khác bản đã ban hành</Tag>}
          <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={busy} onClick={() => void save()}>
            Lưu (Ctrl+S)
          </Button>
          <Button icon={<UndoOutlined />} disabled={!dirty} onClick={discard}>
            Bỏ thay đổi
          </Button>
          <Tooltip title="Kiểm tra thể thức theo Nghị định 30/2020">
            <Badge count={problems.length} size="small">
              <Button
                icon={<SafetyCertificateOutlined />}
                onClick={() =>
                  problems.length === 0
                    ? message.success('Không phát hiện lỗi thể thức.')
                    : modal.info({
                        title: 'Kết quả kiểm tra thể thức',
                        width: 620,
                        content: <ProblemList problems={problems} />,
                        okText: 'Đóng',
                      })
                }
              >
                Kiểm tra thể thức
              </Button>
            </Badge>
          </Tooltip>
          <Button icon={<FileWordOutlined />} onClick={() => void exportWord()}>
            Xuất Word
          </Button>
          <Button icon={<FilePdfOutlined />} onClick={() => void exportPdf()}>
            Xuất PDF
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => void print()}>
            In
          </Button>
          <Button icon={<CheckCircleOutlined />} type="primary" ghost disabled={version !== 'draft'} onClick={() => void startIssue()}>
            Ban hành…
          </Button>
        </Space>
      </Card>
      <div className="plan-layout">
        <div>
          {version !== 'draft' && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title="Bản đã ban hành chỉ để xem và xuất lại đúng như khi ban hành. Phần sửa bên trái là bản dự thảo."
            />
          )}
          <PlanEditor draft={draft} units={loaded.units} onChange={setEdited} />
        </div>
        <div className="plan-preview" ref={pane} aria-label="Xem trước">
          {shown ? <DocumentPreview document={shown} scale={scale} /> : <Skeleton active />}
        </div>
        {shown && <PrintCopy document={shown} />}
      </div>
      {issuing && (
        <IssueDialog
          campaignId={campaignId}
          symbol={symbol}
          suggestedNumber={loaded.suggestedNumber}
          onClose={() => setIssuing(false)}
          onIssued={(id) => {
            setIssuing(false);
            state.reload();
            setVersion(id);
          }}
        />
      )}
    </div>
  );
}
