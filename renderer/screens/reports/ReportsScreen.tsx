import { useState } from 'react';
import { Alert, App, Button, Card, Col, Row, Segmented, Skeleton, Space, Statistic, Tabs } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { awardedShare, DIMENSION_LABELS, STATISTIC_DIMENSIONS, type StatisticDimension } from '../../../shared/domain/statistics.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import type { ScreenProps } from '../../app/routes.tsx';
import { StatisticsChart } from '../../charts/StatisticsChart.tsx';
import { StatisticsTable } from './StatisticsTable.tsx';
import { ChartPrintCopy } from './ChartPrintCopy.tsx';
import { ResultReportTab } from './ResultReportTab.tsx';
import { HistoryTab } from './HistoryTab.tsx';

const TAB_LABELS: Record<StatisticDimension, string> = {
  unit: 'Đơn vị',
  kind: 'Tập thể, cá nhân',
  ethnicity: 'Dân tộc',
  gender: 'Giới tính',
  field: 'Lĩnh vực',
  awardForm: 'Hình thức khen',
  years: 'Qua các năm',
};

/** Báo cáo: the figures (Thống kê) and the result report (Báo cáo kết quả), one tab each, the tab in the address. */
export function ReportsScreen({ campaignId, tab, navigate }: ScreenProps) {
  return (
    <Tabs
      activeKey={tab === 'ket-qua' || tab === 'so-vang' ? tab : 'thong-ke'}
      onChange={(key) => navigate('reports', key)}
      items={[
        { key: 'thong-ke', label: 'Thống kê', children: <StatisticsView campaignId={campaignId} /> },
        { key: 'ket-qua', label: 'Báo cáo kết quả', children: <ResultReportTab campaignId={campaignId} /> },
        { key: 'so-vang', label: 'Sổ vàng qua các năm', children: <HistoryTab /> },
      ]}
    />
  );
}

/** The campaign's figures by one dimension at a time, a chart beside its table, each table to Excel. */
function StatisticsView({ campaignId }: { campaignId: number }) {
  const { message } = App.useApp();
  const statistics = useQuery('reports.statistics', { campaignId });
  const [dimension, setDimension] = useState<StatisticDimension>('unit');
  const [exporting, setExporting] = useState(false);
  if (statistics.error) return <Alert type="error" showIcon title="Không tải được số liệu" description={statistics.error} />;
  if (!statistics.data) return <Skeleton active />;
  const data = statistics.data;
  const rows = data.tables[dimension];
  const label = DIMENSION_LABELS[dimension];
  const exportTable = async () => {
    setExporting(true);
    try {
      const result = await call('reports.exportTable', { campaignId, dimension });
      if (result.saved) message.success(`Đã lưu: ${result.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setExporting(false);
    }
  };
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Card size="small">
            <Statistic title={`Đề cử năm ${data.year} (không tính đã rút)`} value={data.nominated} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic title="Được khen thưởng (đã có quyết định)" value={data.awarded} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic title="Tỉ lệ được khen thưởng" value={awardedShare(data)} />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={
          <Segmented<StatisticDimension>
            aria-label="Thống kê theo"
            value={dimension}
            onChange={setDimension}
            options={STATISTIC_DIMENSIONS.map((value) => ({ value, label: TAB_LABELS[value] }))}
          />
        }
        extra={
          <Space>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              In biểu đồ
            </Button>
            <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportTable()}>
              Xuất bảng ra Excel
            </Button>
          </Space>
        }
      >
        <Row gutter={16}>
          <Col span={14}>
            <StatisticsChart rows={rows} title={`theo ${label.toLocaleLowerCase('vi')}`} alongYears={dimension === 'years'} />
          </Col>
          <Col span={10}>
            <StatisticsTable rows={rows} label={label} withTotal={dimension !== 'years'} />
          </Col>
        </Row>
      </Card>
      <ChartPrintCopy
        title={`Số đề cử và được khen thưởng ${dimension === 'years' ? 'qua các năm' : `theo ${label.toLocaleLowerCase('vi')}`}`}
        subtitle={dimension === 'years' ? `Các chiến dịch đến năm ${data.year}` : `Năm ${data.year}`}
        label={label}
        rows={rows}
        alongYears={dimension === 'years'}
      />
    </>
  );
}
