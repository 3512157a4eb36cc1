import { useState } from 'react';
import { App, Button, Input, Select, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES, type CouncilMember, type CouncilRole } from '../../../shared/domain/council.ts';
import { call, errorMessage } from '../../app/api.ts';

type Draft = Omit<CouncilMember, 'id'> & { id?: number; key: string };

/** The council of this campaign as data: members with titles and roles, saved as one list. */
export function CouncilMembers({
  campaignId,
  members,
  onSaved,
}: {
  campaignId: number;
  members: readonly CouncilMember[];
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  // Started from the saved list; the parent remounts this when the saved list changes.
  const [rows, setRows] = useState<Draft[]>(() => members.map((member) => ({ ...member, key: String(member.id) })));
  const set = (key: string, patch: Partial<Draft>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const save = async () => {
    try {
      await call('council.saveMembers', {
        campaignId,
        members: rows.map(({ key: _key, ...row }) => ({ ...row, ...(row.id === undefined ? {} : { id: row.id }) })),
      });
      message.success('Đã lưu thành phần Hội đồng.');
      onSaved();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  return (
    <>
      <Table<Draft>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: 'Chưa có thành viên; bấm "Thêm thành viên".' }}
        columns={[
          { title: 'STT', width: 50, render: (_, __, index) => index + 1 },
          {
            title: 'Họ tên',
            render: (_, row, index) => (
              <Input
                aria-label={`Họ tên thành viên ${index + 1}`}
                value={row.name}
                onChange={(e) => set(row.key, { name: e.target.value })}
              />
            ),
          },
          {
            title: 'Chức vụ',
            render: (_, row, index) => (
              <Input
                aria-label={`Chức vụ thành viên ${index + 1}`}
                value={row.title}
                onChange={(e) => set(row.key, { title: e.target.value })}
              />
            ),
          },
          {
            title: 'Vai trò',
            width: 200,
            render: (_, row, index) => (
              <Select<CouncilRole>
                aria-label={`Vai trò thành viên ${index + 1}`}
                style={{ width: '100%' }}
                value={row.role}
                onChange={(role) => set(row.key, { role })}
                options={COUNCIL_ROLES.map((role) => ({ value: role, label: COUNCIL_ROLE_LABELS[role] }))}
              />
            ),
          },
          {
            title: '',
            width: 50,
            render: (_, row, index) => (
              <Button
                danger
                icon={<DeleteOutlined />}
                aria-label={`Bỏ thành viên ${index + 1}`}
                onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
              />
            ),
          },
        ]}
      />
      <div className="toolbar-line" style={{ marginTop: 8 }}>
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            setRows((current) => [
              ...current,
              { key: `new-${Date.now()}`, name: '', title: '', role: current.length === 0 ? 'chair' : 'member', appointedOn: null },
            ])
          }
        >
          Thêm thành viên
        </Button>
        <Button type="primary" onClick={() => void save()}>
          Lưu thành phần Hội đồng
        </Button>
      </div>
    </>
  );
}
