import { useState } from 'react';
import { Card, Tabs } from 'antd';
import type { ScreenProps } from '../../app/routes.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { CouncilMeeting } from './CouncilMeeting.tsx';
import { CouncilMembers } from './CouncilMembers.tsx';
import { ProposalsTab } from './ProposalsTab.tsx';

/** Đánh giá – Khen thưởng: the evaluations and proposals side by side, and the council that votes on them. */
export function EvaluationScreen({ campaignId, tab, navigate }: ScreenProps) {
  const members = useQuery('council.members', { campaignId });
  const meetings = useQuery('council.meetings', { campaignId });
  const proposals = useQuery('evaluations.proposals', { campaignId });
  // The proposals tab stays mounted; a council change makes it load again.
  const [version, setVersion] = useState(0);
  const reload = () => {
    setVersion((v) => v + 1);
    members.reload();
    meetings.reload();
    proposals.reload();
  };
  const meeting = meetings.data?.at(-1) ?? null;
  return (
    <Tabs
      activeKey={tab ?? 'proposals'}
      onChange={(key) => navigate('evaluation', key)}
      items={[
        { key: 'proposals', label: 'Đánh giá và đề nghị khen thưởng', children: <ProposalsTab key={version} campaignId={campaignId} /> },
        {
          key: 'council',
          label: 'Hội đồng Thi đua - Khen thưởng',
          children: (
            <Card size="small" title="Thành phần Hội đồng">
              <CouncilMembers
                key={JSON.stringify(members.data ?? [])}
                campaignId={campaignId}
                members={members.data ?? []}
                onSaved={reload}
              />
              <Card
                size="small"
                type="inner"
                title={meeting ? `Cuộc họp ngày ${meeting.heldOn.split('-').reverse().join('/')}` : 'Cuộc họp xét khen thưởng'}
                style={{ marginTop: 16 }}
              >
                <CouncilMeeting
                  key={JSON.stringify([meeting, members.data])}
                  campaignId={campaignId}
                  members={members.data ?? []}
                  meeting={meeting}
                  nominees={(proposals.data?.rows ?? []).filter((row) => row.result === 'pass')}
                  onSaved={reload}
                />
              </Card>
            </Card>
          ),
        },
      ]}
    />
  );
}
