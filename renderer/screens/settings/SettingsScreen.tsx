import { Card, Tabs } from 'antd';
import type { ScreenProps } from '../../app/routes.tsx';
import { AgencyTab } from './AgencyTab.tsx';
import { ActivityKindsTab } from './ActivityKindsTab.tsx';
import { CouncilRulesTab } from './CouncilRulesTab.tsx';
import { AuditTab } from './AuditTab.tsx';
import { AwardFormsTab } from './AwardFormsTab.tsx';
import { SalariesTab } from './SalariesTab.tsx';
import { UnitsTab } from './UnitsTab.tsx';
import { MailServerTab } from './MailServerTab.tsx';
import { BackupTab } from './BackupTab.tsx';

const TABS = [
  { key: 'agency', label: 'Cơ quan và người ký', children: <AgencyTab /> },
  { key: 'units', label: 'Đơn vị đề cử', children: <UnitsTab /> },
  { key: 'base-salaries', label: 'Mức lương cơ sở', children: <SalariesTab /> },
  { key: 'award-forms', label: 'Hình thức khen thưởng', children: <AwardFormsTab /> },
  { key: 'activity-kinds', label: 'Loại hoạt động bồi dưỡng', children: <ActivityKindsTab /> },
  { key: 'council-rules', label: 'Quy tắc Hội đồng', children: <CouncilRulesTab /> },
  { key: 'mail', label: 'Email', children: <MailServerTab /> },
  { key: 'backups', label: 'Sao lưu', children: <BackupTab /> },
  { key: 'audit', label: 'Nhật ký thay đổi', children: <AuditTab /> },
];

/** Cài đặt: everything that is data rather than code — agency, units, salaries, award forms. */
export function SettingsScreen({ tab, navigate }: ScreenProps) {
  const active = TABS.some((item) => item.key === tab) ? (tab as string) : 'agency';
  return (
    <Card>
      <Tabs activeKey={active} onChange={(key) => navigate('settings', key)} items={TABS} destroyOnHidden />
    </Card>
  );
}
