import { useState } from 'react';
import { Alert, Badge, Card, Skeleton, Statistic, Tag } from 'antd';
import { useCampaigns } from '../../app/CampaignContext.tsx';
import { CopyCampaignDialog } from '../../components/CopyCampaignDialog.tsx';
import { formatDateVi } from '../../../shared/format/dates.ts';
import type { ScreenProps } from '../../app/routes.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { PhaseTimeline } from './PhaseTimeline.tsx';
import { QuotaTable } from './QuotaTable.tsx';
import { WarningList } from './WarningList.tsx';

function daysText(daysLeft: number): string {
  if (daysLeft > 0) return `còn ${daysLeft} ngày`;
  if (daysLeft === 0) return 'hôm nay';
  return `đã qua ${-daysLeft} ngày`;
}

/** Tổng quan: where the campaign stands today, what is due next, who has sent what. */
export function OverviewScreen({ campaignId, navigate }: ScreenProps) {
  const { data: overview, error } = useQuery('overview.get', { campaignId });
  const { selected } = useCampaigns();
  const [copying, setCopying] = useState(false);
  if (error) return <Alert type="error" showIcon title="Không tải được tổng quan" description={error} />;
  if (!overview) return <Skeleton active paragraph={{ rows: 10 }} />;
  const { nominationDeadline, nextDeadline, totals } = overview;
  const counts = { error: 0, warning: 0, info: 0 };
  overview.warnings.forEach((w) => (counts[w.level] += 1));

  return (
    <div>
      <Card style={{ marginBottom: 16 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
          <div>
            <div className="muted">{overview.agencyName}</div>
            <h2 style={{ margin: '4px 0 0', fontSize: 20 }}>{overview.campaign.title}</h2>
          </div>
          <div style={{ textAlign: 'right' }}>
            <div className="muted">Hôm nay</div>
            <strong style={{ fontSize: 16 }}>{formatDateVi(overview.today)}</strong>
          </div>
        </div>
      </Card>

      <div className="stat-row">
        <Card>
          <Statistic
            title="Giai đoạn hiện tại"
            value={overview.currentPhase?.name ?? overview.campaign.phase}
            styles={{ content: { fontSize: 18 } }}
          />
        </Card>
        <Card>
          <Statistic
            title="Hạn các đơn vị gửi danh sách"
            value={formatDateVi(nominationDeadline.date)}
            styles={{ content: { fontSize: 18 } }}
            suffix={
              <Tag color={nominationDeadline.daysLeft < 0 ? 'default' : nominationDeadline.daysLeft <= 7 ? 'red' : 'blue'}>
                {daysText(nominationDeadline.daysLeft)}
              </Tag>
            }
          />
        </Card>
        <Card>
          <Statistic
            title="Hạn tiếp theo"
            value={nextDeadline ? formatDateVi(nextDeadline.date) : 'Không còn hạn nào'}
            styles={{ content: { fontSize: 18 } }}
            suffix={nextDeadline && <Tag color="blue">{daysText(nextDeadline.daysLeft)}</Tag>}
          />
          {nextDeadline && <div className="muted">{nextDeadline.label}</div>}
        </Card>
        <Card>
          <Statistic
            title="Đề cử đã nhận / chỉ tiêu"
            value={totals.quota.filled}
            suffix={`/ ${totals.quota.quota}`}
            styles={{ content: { fontSize: 18 } }}
          />
          <div className="muted">
            Tập thể {totals.collective.filled}/{totals.collective.quota} · Cá nhân {totals.individual.filled}/{totals.individual.quota}
          </div>
        </Card>
      </div>

      <Card title="Tiến độ chiến dịch" style={{ marginBottom: 16 }}>
        <PhaseTimeline phases={overview.phases} />
        {overview.statuses.length > 0 && (
          <div className="status-counts" aria-label="Đề cử theo trạng thái">
            {overview.statuses.map((item) => (
              <Tag key={item.status}>
                {item.label}: <strong>{item.count}</strong>
              </Tag>
            ))}
          </div>
        )}
      </Card>

      <div className="screen-grid">
        <Card title="Chỉ tiêu theo đơn vị">
          <QuotaTable overview={overview} />
        </Card>
        <Card
          title={
            <span>
              Cần chú ý {counts.error > 0 && <Badge count={counts.error} color="#cf1322" title={`${counts.error} lỗi`} />}{' '}
              {counts.warning > 0 && <Badge count={counts.warning} color="#d48806" title={`${counts.warning} cảnh báo`} />}
            </span>
          }
        >
          <WarningList warnings={overview.warnings} onNavigate={navigate} onNewCampaign={() => setCopying(true)} />
        </Card>
      </div>
      {copying && selected && <CopyCampaignDialog source={selected} onClose={() => setCopying(false)} />}
    </div>
  );
}
