import { Button, Dropdown, Space, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckOutlined, DeleteOutlined, EditOutlined, FileTextOutlined, SwapOutlined } from '@ant-design/icons';
import { manualTargets } from '../../../shared/domain/nominee-status.ts';
import {
  GENDER_LABELS,
  NOMINEE_KIND_LABELS,
  NOMINEE_STATUS_LABELS,
  type Nominee,
  type NomineeKind,
  type NomineeStatus,
} from '../../../shared/domain/nominees.ts';

export interface NomineeRowActions {
  edit: (nominee: Nominee) => void;
  remove: (nominee: Nominee) => void;
  accept: (nominee: Nominee, rule: string) => void;
  move: (nominee: Nominee, status: NomineeStatus) => void;
  report: (nominee: Nominee) => void;
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
            // A button, so Tab reaches it and Enter or Space opens the acceptance dialog.
            <Tooltip title="Bấm để chấp nhận cảnh báo này, có ghi lý do">
              <Button
                size="small"
                className="warning-button"
                aria-label={`Chấp nhận cảnh báo: ${warning.message}`}
                onClick={() => accept(nominee, warning.rule)}
              >
                {warning.message}
              </Button>
            </Tooltip>
          )}
        </span>
      ))}
    </Space>
  );
}

/**
 * The columns of the nominee list, in order, with what each row's buttons do. Their widths add up
 * to less than the box at 1366 px, names wrap rather than being cut, and the buttons stay at the
 * right edge whatever the width.
 */
export const NOMINEE_TABLE_WIDTH = 1000;

export function nomineeColumns(actions: NomineeRowActions): TableColumnsType<Nominee> {
  return [
    {
      title: 'Họ tên / Tên tập thể',
      dataIndex: 'name',
      width: 190,
      render: (name: string) => <strong className="wrap-text">{name}</strong>,
    },
    { title: 'Loại', dataIndex: 'kind', width: 72, render: (value: NomineeKind) => NOMINEE_KIND_LABELS[value] },
    { title: 'Đơn vị', dataIndex: 'unitName', width: 96 },
    { title: 'Dân tộc', dataIndex: 'ethnicity', width: 76 },
    { title: 'Giới, năm sinh', width: 86, render: (_, n) => genderAndYear(n) },
    { title: 'Lĩnh vực', dataIndex: 'achievementField', width: 120, render: (value: string) => <span className="wrap-text">{value}</span> },
    { title: 'Cảnh báo', width: 216, render: (_, n) => <WarningTags nominee={n} accept={actions.accept} /> },
    {
      title: '',
      key: 'actions',
      width: 144,
      fixed: 'right',
      render: (_, n) => (
        <Space size={4}>
          <Dropdown
            trigger={['click']}
            menu={{
              items: manualTargets(n.status).map((status) => ({ key: status, label: `Chuyển sang: ${NOMINEE_STATUS_LABELS[status]}` })),
              onClick: ({ key }) => actions.move(n, key as NomineeStatus),
            }}
          >
            <Button
              size="small"
              icon={<SwapOutlined />}
              aria-label={`Chuyển ${n.name} sang bước khác (hiện: ${NOMINEE_STATUS_LABELS[n.status]})`}
            />
          </Dropdown>
          <Button size="small" icon={<EditOutlined />} aria-label={`Sửa ${n.name}`} onClick={() => actions.edit(n)} />
          <Button
            size="small"
            icon={<FileTextOutlined />}
            aria-label={`Báo cáo thành tích của ${n.name}`}
            title="Báo cáo thành tích"
            onClick={() => actions.report(n)}
          />
          <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Xóa ${n.name}`} onClick={() => actions.remove(n)} />
        </Space>
      ),
    },
  ];
}
