import { Card, Tabs } from 'antd';
import { AgencyTab } from './AgencyTab.tsx';
import { AuditTab } from './AuditTab.tsx';
import { AwardFormsTab } from './AwardFormsTab.tsx';
import { SalariesTab } from './SalariesTab.tsx';
import { UnitsTab } from './UnitsTab.tsx';

const TABS = [
  { key: 'co-quan', label: 'Cơ quan và người ký', children: <AgencyTab /> },
  { key: 'don-vi', label: 'Đơn vị đề cử', children: <UnitsTab /> },
  { key: 'luong-co-so', label: 'Mức lương cơ sở', children: <SalariesTab /> },
  { key: 'khen-thuong', label: 'Hình thức khen thưởng', children: <AwardFormsTab /> },
  { key: 'nhat-ky', label: 'Nhật ký thay đổi', children: <AuditTab /> },
];

/** Cài đặt: everything that is data rather than code — agency, units, salaries, award forms. */
export function SettingsScreen({ tab, onTab }: { tab: string | null; onTab: (tab: string) => void }) {
  const active = TABS.some((item) => item.key === tab) ? (tab as string) : 'co-quan';
  return (
    <Card>
      <Tabs activeKey={active} onChange={onTab} items={TABS} destroyOnHidden />
    </Card>
  );
}
