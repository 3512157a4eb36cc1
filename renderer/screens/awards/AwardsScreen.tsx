import { Tabs } from 'antd';
import type { ScreenProps } from '../../app/routes.tsx';
import { AwardPapersTab } from './AwardPapersTab.tsx';
import { MailTab } from './MailTab.tsx';

/** Khen thưởng: the award papers, then what goes to the units by email (summaries, reminders). */
export function AwardsScreen({ campaignId, tab, navigate }: ScreenProps) {
  return (
    <Tabs
      activeKey={tab === 'mail' ? 'mail' : 'papers'}
      onChange={(key) => navigate('awards', key)}
      destroyOnHidden
      items={[
        { key: 'papers', label: 'Văn bản khen thưởng', children: <AwardPapersTab campaignId={campaignId} /> },
        { key: 'mail', label: 'Gửi đơn vị (email, đôn đốc)', children: <MailTab campaignId={campaignId} /> },
      ]}
    />
  );
}
