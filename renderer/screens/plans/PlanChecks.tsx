import { App, List } from 'antd';
import { CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { FormatProblem } from '../../../shared/document/check.ts';

export function ProblemList({ problems }: { problems: readonly FormatProblem[] }) {
  return (
    <List
      size="small"
      dataSource={[...problems]}
      renderItem={(problem) => (
        <List.Item>
          {problem.level === 'error' ? (
            <CloseCircleFilled style={{ color: '#cf1322', marginRight: 8 }} />
          ) : (
            <ExclamationCircleFilled style={{ color: '#d48806', marginRight: 8 }} />
          )}
          {problem.message}
        </List.Item>
      )}
    />
  );
}

/**
 * "Kiểm tra thể thức" before a paper leaves the app: errors stop it, warnings ask to confirm.
 * Resolves true when the action may go on.
 */
export function useFormatGate() {
  const { modal } = App.useApp();
  return (problems: readonly FormatProblem[], action: string): Promise<boolean> => {
    if (problems.length === 0) return Promise.resolve(true);
    const errors = problems.filter((problem) => problem.level === 'error');
    if (errors.length > 0) {
      modal.error({
        title: `Chưa thể ${action}: văn bản còn lỗi thể thức`,
        width: 620,
        content: <ProblemList problems={problems} />,
        okText: 'Quay lại sửa',
      });
      return Promise.resolve(false);
    }
    return new Promise((resolve) => {
      modal.confirm({
        title: 'Kiểm tra thể thức có lưu ý',
        width: 620,
        content: <ProblemList problems={problems} />,
        okText: `Vẫn ${action}`,
        cancelText: 'Quay lại sửa',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  };
}
