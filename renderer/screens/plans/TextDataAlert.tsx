import { Alert, Button, Space } from 'antd';
import type { TextMismatch } from '../../../shared/document/builders/plan-text-check.ts';

/**
 * Where the plan's words say another figure or date than its data (the total, the deadline, the
 * phases, the congress): each place, with a button that makes the words agree with the data.
 */
export function TextDataAlert({
  mismatches,
  onFix,
}: {
  mismatches: readonly TextMismatch[];
  onFix: (mismatches: readonly TextMismatch[]) => void;
}) {
  if (mismatches.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={`Văn bản ghi khác dữ liệu của kế hoạch ở ${mismatches.length} chỗ`}
      description={
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          {mismatches.map((mismatch) => (
            <div key={`${mismatch.field}-${mismatch.index ?? ''}-${mismatch.what}-${mismatch.found}`}>
              {mismatch.where}: ghi “{mismatch.found}”, {mismatch.what} là “{mismatch.expected}”.{' '}
              <Button size="small" onClick={() => onFix([mismatch])}>
                Sửa thành “{mismatch.expected}”
              </Button>
            </div>
          ))}
          {mismatches.length > 1 && (
            <Button size="small" type="primary" onClick={() => onFix(mismatches)}>
              Sửa tất cả theo dữ liệu
            </Button>
          )}
        </Space>
      }
    />
  );
}
