import { Button, Empty } from 'antd';
import { CloseCircleFilled, ExclamationCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import type { Warning } from '../../../shared/domain/overview.ts';
import { routeOf, type ScreenKey } from '../../app/routes.tsx';

const ICONS = {
  error: <CloseCircleFilled style={{ color: '#cf1322', fontSize: 18 }} aria-label="Lỗi" />,
  warning: <ExclamationCircleFilled style={{ color: '#d48806', fontSize: 18 }} aria-label="Cảnh báo" />,
  info: <InfoCircleFilled style={{ color: '#1677ff', fontSize: 18 }} aria-label="Lưu ý" />,
};

/** What needs attention, most serious first, each with a way to the screen that fixes it. */
export function WarningList({
  warnings,
  onNavigate,
  onNewCampaign,
}: {
  warnings: Warning[];
  onNavigate: (screen: ScreenKey) => void;
  onNewCampaign: () => void;
}) {
  if (warnings.length === 0) return <Empty description="Không có việc cần chú ý" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <div role="list" aria-label="Cảnh báo">
      {warnings.map((warning, index) => (
        <div className="warning-item" role="listitem" key={index}>
          {ICONS[warning.level]}
          <div style={{ flex: 1 }}>{warning.message}</div>
          {warning.action === 'new-campaign' && (
            <Button size="small" type="link" onClick={onNewCampaign}>
              Tạo chiến dịch mới
            </Button>
          )}
          {warning.screen !== 'campaigns' && (
            <Button size="small" type="link" onClick={() => onNavigate(warning.screen)}>
              {routeOf(warning.screen).label}
            </Button>
          )}
        </div>
      ))}
    </div>
  );
}
