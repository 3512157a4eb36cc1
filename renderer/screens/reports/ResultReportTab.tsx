import { useState } from 'react';
import { Alert, App, Button, Checkbox, Col, Form, Input, Row, Select, Skeleton, Space, Tag } from 'antd';
import { FileWordOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { STATISTIC_DIMENSIONS, type StatisticDimension } from '../../../shared/domain/statistics.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { useUnsavedChanges } from '../../app/unsavedChanges.ts';
import { IssueDialog } from '../../components/IssueDialog.tsx';
import { useSaveShortcut } from '../../components/useSaveShortcut.ts';
import { DocumentPreview } from '../../preview/DocumentPreview.tsx';
import './reports.css';

type Words = { lessons: string; proposals: string; charts: StatisticDimension[] };

const CHART_CHOICES: Record<StatisticDimension, string> = {
  unit: 'Theo đơn vị',
  kind: 'Theo tập thể, cá nhân',
  ethnicity: 'Theo dân tộc',
  gender: 'Theo giới tính',
  field: 'Theo lĩnh vực',
  awardForm: 'Theo hình thức khen',
  years: 'Qua các năm',
};

/**
 * Báo cáo kết quả: the draft worked out from today's records, beside the two parts the office
 * writes (lessons, proposals); issued with a number and a date it is frozen, and any issued one
 * can be shown and exported again.
 */
export function ResultReportTab({ campaignId }: { campaignId: number }) {
  const { message } = App.useApp();
  const [viewing, setViewing] = useState<number | null>(null);
  const report = useQuery('reports.resultDocument', viewing === null ? { campaignId } : { campaignId, issuedId: viewing });
  // What the user typed, once they type; until then the words stored with the campaign.
  const [edited, setWords] = useState<Words | null>(null);
  const words = edited ?? report.data?.words ?? null;
  const [dirty, setDirty] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useUnsavedChanges(dirty);
  const save = async (): Promise<boolean> => {
    if (!words) return false;
    try {
      setWords(await call('reports.saveWords', { campaignId, words }));
      setDirty(false);
      setError(null);
      report.reload();
      message.success('Đã lưu bài học kinh nghiệm, đề xuất và các biểu đồ chọn đưa vào báo cáo.');
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
  };
  useSaveShortcut(save);
  const exportWord = async () => {
    if (dirty && !(await save())) return;
    try {
      const saved = await call('reports.exportResult', viewing === null ? { campaignId, draft: true } : { campaignId, issuedId: viewing });
      if (saved.saved) message.success(`Đã lưu: ${saved.saved}`, 6);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  if (report.error) return <Alert type="error" showIcon title={report.error} />;
  if (!report.data || !words) return <Skeleton active />;
  const data = report.data;
  const edit = (key: keyof Words) => (event: React.ChangeEvent<HTMLTextAreaElement>) => {
    setWords({ ...words, [key]: event.target.value });
    setDirty(true);
  };
  return (
    <Row gutter={16}>
      <Col span={10}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form layout="vertical">
          <Form.Item label="Bản đang xem" htmlFor="report-version">
            <Select<number | 'draft'>
              id="report-version"
              value={viewing ?? 'draft'}
              onChange={(value) => setViewing(value === 'draft' ? null : value)}
              options={[
                { value: 'draft', label: 'Dự thảo theo số liệu hôm nay' },
                ...data.issued.map((paper) => ({
                  value: paper.id,
                  label: `Số ${String(paper.number).padStart(2, '0')}/${paper.symbol} ngày ${formatDateVi(paper.issuedOn)} (đã ban hành)`,
                })),
              ]}
            />
          </Form.Item>
          <Form.Item label="Bài học kinh nghiệm (mỗi dòng một đoạn)" htmlFor="report-lessons">
            <Input.TextArea id="report-lessons" autoSize={{ minRows: 5, maxRows: 10 }} value={words.lessons} onChange={edit('lessons')} />
          </Form.Item>
          <Form.Item label="Đề xuất, kiến nghị (mỗi dòng một đoạn)" htmlFor="report-proposals">
            <Input.TextArea
              id="report-proposals"
              autoSize={{ minRows: 4, maxRows: 8 }}
              value={words.proposals}
              onChange={edit('proposals')}
            />
          </Form.Item>
          <Form.Item label="Biểu đồ đưa vào báo cáo (mỗi biểu đồ đứng sau bảng số liệu của nó)">
            <Checkbox.Group<StatisticDimension>
              aria-label="Biểu đồ đưa vào báo cáo"
              value={words.charts}
              onChange={(charts) => {
                setWords({ ...words, charts });
                setDirty(true);
              }}
              options={STATISTIC_DIMENSIONS.map((value) => ({ value, label: CHART_CHOICES[value] }))}
            />
          </Form.Item>
        </Form>
        <Space wrap>
          {dirty && <Tag color="orange">Có thay đổi chưa lưu</Tag>}
          <Button type="primary" onClick={() => void save()}>
            Lưu (Ctrl+S)
          </Button>
          <Button icon={<SafetyCertificateOutlined />} disabled={viewing !== null} onClick={() => setIssuing(true)}>
            Ban hành…
          </Button>
          <Button icon={<FileWordOutlined />} onClick={() => void exportWord()}>
            Xuất Word
          </Button>
        </Space>
      </Col>
      <Col span={14}>
        <div className="report-preview" aria-label="Xem trước báo cáo kết quả">
          <DocumentPreview document={data.document} scale={0.7} />
        </div>
      </Col>
      {issuing && (
        <IssueDialog
          title="Ban hành báo cáo kết quả"
          intro="Báo cáo được cấp số, ghi ngày và giữ nguyên như lúc ban hành (số liệu của hôm nay); sửa sau đó không làm đổi bản đã ban hành."
          suggestedNumber={data.suggestedNumber}
          defaultDate={data.today}
          issue={async (number, date) => {
            if (dirty && !(await save())) throw new Error('Chưa lưu được phần bài học, đề xuất và biểu đồ.');
            const issued = await call('reports.issueResult', { campaignId, number, date });
            message.success(`Đã ban hành báo cáo số ${String(issued.number).padStart(2, '0')}/${issued.symbol}.`);
            setViewing(issued.id);
          }}
          onClose={() => setIssuing(false)}
          onIssued={() => {
            setIssuing(false);
            report.reload();
          }}
        />
      )}
    </Row>
  );
}
