import { useEffect, useState } from 'react';
import { Tag } from 'antd';
import { LoadingOutlined } from '@ant-design/icons';
import { oldestWaitingSince, onPendingChange } from '../app/pendingCalls.ts';

const AFTER_MS = 1000;

/** "Đang chờ…" in the header while a call has waited more than a second; what was typed stays in its form. */
export function WaitingNotice() {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    let timer: number | undefined;
    const update = () => {
      window.clearTimeout(timer);
      const since = oldestWaitingSince();
      if (since === null) {
        setWaiting(false);
        return;
      }
      const left = since + AFTER_MS - Date.now();
      if (left <= 0) setWaiting(true);
      else timer = window.setTimeout(update, left);
    };
    const unsubscribe = onPendingChange(update);
    update();
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);
  if (!waiting) return null;
  return (
    <Tag color="gold" icon={<LoadingOutlined />} role="status" className="waiting-notice">
      Đang chờ… (dữ liệu đang được ghi ở nơi khác, hoặc việc đang làm còn dài)
    </Tag>
  );
}
