import { useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { CAMPAIGN_STATUS_LABELS } from '../../shared/domain/campaigns.ts';
import { useCampaigns } from '../app/CampaignContext.tsx';
import { CopyCampaignDialog } from './CopyCampaignDialog.tsx';
import { SearchSelect } from './SearchSelect.tsx';

/** The campaign every screen works on, and the way to start next year's. */
export function CampaignSwitcher() {
  const { campaigns, selected, select } = useCampaigns();
  const [copying, setCopying] = useState(false);
  return (
    <Space>
      <span className="muted">Chiến dịch</span>
      <SearchSelect
        aria-label="Chọn chiến dịch"
        style={{ width: 300 }}
        value={selected?.id}
        onChange={select}
        options={campaigns.map((campaign) => ({
          value: campaign.id,
          label: `Năm ${campaign.year} — ${campaign.phase}`,
        }))}
      />
      {selected && <Tag color={selected.status === 'draft' ? 'orange' : 'green'}>{CAMPAIGN_STATUS_LABELS[selected.status]}</Tag>}
      <Button icon={<PlusOutlined />} onClick={() => setCopying(true)} disabled={!selected}>
        Tạo chiến dịch mới
      </Button>
      {copying && selected && <CopyCampaignDialog source={selected} onClose={() => setCopying(false)} />}
    </Space>
  );
}
