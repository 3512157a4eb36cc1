import { Button, Space, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { GENDER_LABELS, NOMINEE_KIND_LABELS, type Nominee, type NomineeKind } from '../../../shared/domain/nominees.ts';

export interface NomineeRowActions {
  edit: (nominee: Nominee) => void;
  remove: (nominee: Nominee) => void;
  accept: (nominee: Nominee, rule: string) => void;
}

function genderAndYear(n: Nominee): string {
  if (n.kind !== 'individual') return '';
  const gender = n.gender ? GENDER_LABELS[n.gender] : '—';
  return `${gender}${n.birthYear ? `, ${n.birthYear}` : ''}`;
}

function WarningTags({ nominee, accept }: { nominee: Nominee; accept: NomineeRowActions['accept'] }) {
  return (
    <Space orientation="vertical" size={2}>
      {nominee.warnings.map((warning) => (
        <span key={warning.rule}>
          {warning.accepted ? (
            <Tooltip title={`Đã chấp nhận: ${warning.accepted.reason} (${warning.accepted.by})`}>
              <Tag color="green" icon={<CheckOutlined />}>
                {warning.message}
              </Tag>
            </Tooltip>
          ) : (
            <Tag color="orange" style={{ whiteSpace: 'normal', cursor: 'pointer' }} onClick={() => accept(nominee, warning.rule)}>
              {warning.message}
            </Tag>
          )}
        </span>
      ))}
    </Space>
  );
}

/** The columns of the nominee list, in order, with what each row's buttons do. */
export function nomineeColumns(actions: NomineeRowActions): TableColumnsType<Nominee> {
  return [
    { title: 'Họ tên / Tên tập thể', dataIndex: 'name', width: 230, render: (name: string) => <strong>{name}</strong> },
    { title: 'Loại', dataIndex: 'kind', width: 80, render: (value: NomineeKind) => NOMINEE_KIND_LABELS[value] },
    { title: 'Đơn vị', dataIndex: 'unitName', width: 110 },
    { title: 'Dân tộc', dataIndex: 'ethnicity', width: 90 },
    { title: 'Giới, năm sinh', width: 100, render: (_, n) => genderAndYear(n) },
    { title: 'Lĩnh vực', dataIndex: 'achievementField', width: 150, ellipsis: true },
    { title: 'Cảnh báo', width: 280, render: (_, n) => <WarningTags nominee={n} accept={actions.accept} /> },
    {
      title: '',
      width: 90,
      render: (_, n) => (
        <Space>
          <Button size="small" icon={<EditOutlined />} aria-label={`Sửa ${n.name}`} onClick={() => actions.edit(n)} />
          <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Xóa ${n.name}`} onClick={() => actions.remove(n)} />
        </Space>
      ),
    },
  ];
}
