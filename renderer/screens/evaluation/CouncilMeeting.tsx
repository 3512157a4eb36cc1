import { useState } from 'react';
import { Alert, App, Button, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { PRESENCE_LABELS, PRESENCES, type CouncilMember, type Meeting, type Presence } from '../../../shared/domain/council.ts';
import type { ProposalRow } from '../../../shared/domain/evaluation.ts';
import { call, errorMessage } from '../../app/api.ts';
import { DateField } from '../../components/DateField.tsx';
import { MinutesPreview } from './MinutesPreview.tsx';
import { FileTextOutlined } from '@ant-design/icons';

interface VoteDraft {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  conflicts: number;
  conflictNote: string;
}

/** The council meeting: date, place, chair, who attended; then per nominee the votes and the outcome with its arithmetic. */
export function CouncilMeeting({
  campaignId,
  members,
  meeting,
  nominees,
  onSaved,
}: {
  campaignId: number;
  members: readonly CouncilMember[];
  meeting: Meeting | null;
  nominees: readonly ProposalRow[];
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [heldOn, setHeldOn] = useState<string | null>(meeting?.heldOn ?? null);
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [chairedBy, setChairedBy] = useState(meeting?.chairedBy ?? members.find((m) => m.role === 'chair')?.name ?? '');
  // Started from the saved meeting; the parent remounts this when the meeting or the council changes.
  const [presence, setPresence] = useState<Record<number, Presence>>(() => {
    const known = new Map(meeting?.attendance.map((entry) => [entry.memberId, entry.presence]));
    return Object.fromEntries(members.map((member) => [member.id, known.get(member.id) ?? 'present']));
  });
  const [votes, setVotes] = useState<Record<number, VoteDraft>>(() =>
    Object.fromEntries((meeting?.votes ?? []).map((vote) => [vote.nomineeId, { ...vote }])),
  );

  const [showingMinutes, setShowingMinutes] = useState(false);
  const saveMeeting = async () => {
    if (!heldOn) {
      message.error('Chọn ngày họp.');
      return;
    }
    try {
      const attendance = members.map((member) => ({ memberId: member.id, presence: presence[member.id] ?? 'present' }));
      await call('council.saveMeeting', {
        campaignId,
        ...(meeting ? { id: meeting.id } : {}),
        fields: { heldOn, place, chairedBy, attendance, membersTotal: Math.max(1, members.length), present: 0, writtenOpinions: 0 },
      });
      message.success('Đã lưu cuộc họp Hội đồng.');
      onSaved();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const saveVote = async (nomineeId: number) => {
    if (!meeting) return;
    const draft = votes[nomineeId] ?? { votesFor: 0, votesAgainst: 0, abstentions: 0, conflicts: 0, conflictNote: '' };
    try {
      await call('council.vote', { meetingId: meeting.id, nomineeId, ...draft });
      onSaved();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const setVote = (nomineeId: number, patch: Partial<VoteDraft>) =>
    setVotes((current) => ({
      ...current,
      [nomineeId]: { votesFor: 0, votesAgainst: 0, abstentions: 0, conflicts: 0, conflictNote: '', ...current[nomineeId], ...patch },
    }));
  const number = (nomineeId: number, field: keyof Omit<VoteDraft, 'conflictNote'>, label: string, name: string) => (
    <InputNumber
      min={0}
      max={members.length || 100}
      size="small"
      style={{ width: 64 }}
      aria-label={`${label}: ${name}`}
      value={votes[nomineeId]?.[field] ?? 0}
      onChange={(value) => setVote(nomineeId, { [field]: Number(value ?? 0) })}
    />
  );
  if (members.length === 0) return <Alert type="info" showIcon title="Nhập thành phần Hội đồng trước khi ghi cuộc họp." />;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <div className="toolbar-line">
        <span>Ngày họp</span>
        <DateField ariaLabel="Ngày họp Hội đồng" value={heldOn} onChange={setHeldOn} width={150} />
        <Input
          aria-label="Địa điểm họp"
          placeholder="Địa điểm"
          style={{ width: 260 }}
          value={place}
          onChange={(e) => setPlace(e.target.value)}
        />
        <Input
          aria-label="Chủ trì"
          placeholder="Chủ trì"
          style={{ width: 200 }}
          value={chairedBy}
          onChange={(e) => setChairedBy(e.target.value)}
        />
      </div>
      <Table<CouncilMember>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...members]}
        columns={[
          { title: 'Thành viên', dataIndex: 'name' },
          { title: 'Chức vụ', dataIndex: 'title' },
          {
            title: 'Dự họp',
            width: 260,
            render: (_, member) => (
              <Select<Presence>
                aria-label={`Dự họp: ${member.name}`}
                style={{ width: '100%' }}
                value={presence[member.id] ?? 'present'}
                onChange={(value) => setPresence((current) => ({ ...current, [member.id]: value }))}
                options={PRESENCES.map((value) => ({ value, label: PRESENCE_LABELS[value] }))}
              />
            ),
          },
        ]}
      />
      <Space>
        <Button type="primary" onClick={() => void saveMeeting()}>
          {meeting ? 'Lưu cuộc họp' : 'Ghi cuộc họp'}
        </Button>
        {meeting && <Typography.Text>{meeting.quorumText}</Typography.Text>}
        {meeting && (
          <Button icon={<FileTextOutlined />} onClick={() => setShowingMinutes(true)}>
            Biên bản
          </Button>
        )}
      </Space>
      {meeting && showingMinutes && <MinutesPreview meetingId={meeting.id} onClose={() => setShowingMinutes(false)} />}
      {meeting && (
        <Table<ProposalRow>
          size="small"
          rowKey="nomineeId"
          pagination={false}
          dataSource={[...nominees]}
          columns={[
            { title: 'Đề cử', dataIndex: 'name' },
            { title: 'Đồng ý', width: 80, render: (_, row) => number(row.nomineeId, 'votesFor', 'Đồng ý', row.name) },
            { title: 'Không đồng ý', width: 100, render: (_, row) => number(row.nomineeId, 'votesAgainst', 'Không đồng ý', row.name) },
            {
              title: 'Không biểu quyết',
              width: 110,
              render: (_, row) => number(row.nomineeId, 'abstentions', 'Không biểu quyết', row.name),
            },
            { title: 'Xung đột lợi ích', width: 110, render: (_, row) => number(row.nomineeId, 'conflicts', 'Xung đột lợi ích', row.name) },
            {
              title: 'Kết quả',
              render: (_, row) => {
                const vote = meeting.votes.find((item) => item.nomineeId === row.nomineeId);
                return vote ? (
                  <span className={vote.proposed ? '' : 'text-danger'}>{vote.text}</span>
                ) : (
                  <span className="muted">Chưa biểu quyết</span>
                );
              },
            },
            {
              title: '',
              width: 70,
              render: (_, row) => (
                <Button size="small" aria-label={`Ghi phiếu: ${row.name}`} onClick={() => void saveVote(row.nomineeId)}>
                  Ghi
                </Button>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
