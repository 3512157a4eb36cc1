import { Alert } from 'antd';
import { earlierAwardLine } from '../../../shared/domain/history.ts';
import { useQuery } from '../../app/useQuery.ts';

/**
 * The awards the same person or collective had in earlier campaigns (same name, kind and birth
 * year, whatever its unit is called now): one achievement is not awarded twice.
 */
export function EarlierAwards({ nomineeId }: { nomineeId: number }) {
  const earlier = useQuery('reports.earlierAwards', { nomineeId });
  if (!earlier.data || earlier.data.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={earlier.data.map(earlierAwardLine).join('; ')}
      description="Không khen thưởng hai lần cho cùng một thành tích: hãy kiểm tra thành tích lần này là thành tích mới."
    />
  );
}
