import { Input, Space, Table, Tag, Typography } from 'antd';
import type { ImportPreviewResult } from '../../../shared/api/areas/nominations.ts';
import { NOMINEE_KIND_LABELS } from '../../../shared/domain/nominees.ts';
import { SearchSelect } from '../../components/SearchSelect.tsx';

// The preview's tables fill the window below the summary, so the buttons stay in view at 1366×768.
const TABLE_HEIGHT = 'calc(100vh - 430px)';

type RawValues = ImportPreviewResult['rejected'][number]['values'];
type Rejected = ImportPreviewResult['rejected'][number];
type Accepted = ImportPreviewResult['accepted'][number];

const EDITABLE: { key: keyof RawValues; label: string; width: number }[] = [
  { key: 'name', label: 'Họ tên / Tên tập thể', width: 190 },
  { key: 'kind', label: 'Loại', width: 90 },
  { key: 'gender', label: 'Giới tính', width: 80 },
  { key: 'birthYear', label: 'Năm sinh', width: 80 },
  { key: 'ethnicity', label: 'Dân tộc', width: 150 },
];

/**
 * The rejected rows, each with why and its cells editable; a name that can mean several ethnic
 * groups is answered by choosing one of them, for every row of the file that writes it.
 */
export function RejectedRows({
  rows,
  corrections,
  onEdit,
  ethnicChoices,
  onChooseEthnic,
}: {
  rows: Rejected[];
  corrections: Record<number, RawValues>;
  onEdit: (row: number, key: keyof RawValues, value: string, original: RawValues) => void;
  ethnicChoices: Record<string, string>;
  onChooseEthnic: (written: string, code: string) => void;
}) {
  return (
    <Table<Rejected>
      size="small"
      rowKey="row"
      pagination={false}
      dataSource={rows}
      scroll={{ y: TABLE_HEIGHT }}
      columns={[
        { title: 'Dòng', dataIndex: 'row', width: 60 },
        { title: 'Lý do', dataIndex: 'reason', width: 260 },
        ...EDITABLE.map((column) => ({
          title: column.label,
          key: column.key,
          width: column.width,
          render: (_: unknown, row: Rejected) => {
            const question = row.ethnicQuestion;
            if (column.key === 'ethnicity' && question) {
              return (
                <SearchSelect<string>
                  size="small"
                  aria-label={`Dân tộc dòng ${row.row}`}
                  placeholder={`"${question.written}" là…`}
                  style={{ width: '100%' }}
                  value={ethnicChoices[question.written]}
                  options={question.candidates.map((candidate) => ({ value: candidate.code, label: candidate.name }))}
                  onChange={(code) => onChooseEthnic(question.written, code)}
                />
              );
            }
            return (
              <Input
                size="small"
                aria-label={`${column.label} dòng ${row.row}`}
                value={corrections[row.row]?.[column.key] ?? row.values[column.key] ?? ''}
                onChange={(event) => onEdit(row.row, column.key, event.target.value, row.values)}
              />
            );
          },
        })),
      ]}
    />
  );
}

/** Whether a row updates its match or is added: a tag when sure, a choice when not. */
function MatchCell({ row, onChoose }: { row: Accepted; onChoose: (row: number, action: 'update' | 'create') => void }) {
  const match = row.match;
  if (!match) return <Tag color="green">Mới</Tag>;
  return (
    <Space orientation="vertical" size={2}>
      <SearchSelect<'update' | 'create'>
        size="small"
        aria-label={`Dòng ${row.row}: cập nhật hay thêm mới`}
        style={{ width: 130 }}
        value={row.update ? 'update' : 'create'}
        options={[
          { value: 'update', label: 'Cập nhật' },
          { value: 'create', label: 'Thêm mới' },
        ]}
        onChange={(action) => onChoose(row.row, action)}
      />
      <Typography.Text type={match.certain ? 'secondary' : 'warning'} style={{ fontSize: 12 }}>
        {match.certain ? `Đề cử đã có: ${match.name}` : `Chưa chắc: ${match.doubt ?? ''}`}
      </Typography.Text>
    </Space>
  );
}

/** The accepted rows as they would be stored: the nominee each updates, its warnings, what was normalised. */
export function AcceptedRows({ rows, onChoose }: { rows: Accepted[]; onChoose: (row: number, action: 'update' | 'create') => void }) {
  return (
    <Table<Accepted>
      size="small"
      rowKey="row"
      pagination={false}
      dataSource={rows}
      scroll={{ y: TABLE_HEIGHT }}
      columns={[
        { title: 'Dòng', dataIndex: 'row', width: 56 },
        { title: 'Họ tên / Tên tập thể', width: 190, render: (_, row) => row.fields.name },
        { title: 'Loại', width: 80, render: (_, row) => NOMINEE_KIND_LABELS[row.fields.kind] },
        { title: 'Đối chiếu', width: 190, render: (_, row) => <MatchCell row={row} onChoose={onChoose} /> },
        {
          title: 'Cảnh báo',
          render: (_, row) => (
            <Space orientation="vertical" size={2}>
              {row.warnings.map((warning) => (
                <Tag key={warning.rule} color={warning.accepted ? 'green' : 'orange'} style={{ whiteSpace: 'normal' }}>
                  {warning.message}
                  {warning.accepted ? ' (đã chấp nhận)' : ''}
                </Tag>
              ))}
            </Space>
          ),
        },
        {
          title: 'Đã chuẩn hóa / sẽ thay đổi',
          width: 250,
          render: (_, row) => (
            <>
              {row.notes.length > 0 && <div>{row.notes.join('; ')}</div>}
              {row.changes.length > 0 && (
                <div className="import-changes">
                  <strong>So với đề cử đã có:</strong> {row.changes.join('; ')}
                </div>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
