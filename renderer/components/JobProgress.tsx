import { useEffect, useState } from 'react';
import { Button, Modal, Progress, Typography } from 'antd';
import type { JobStatus } from '../../shared/domain/jobs.ts';
import { call, errorMessage } from '../app/api.ts';

/**
 * A long piece of work followed until it ends: its count and a bar, and "Dừng" to stop it (what it
 * wrote is then removed). When it ends the dialog closes and says how.
 */
export function JobProgress({ job, onEnded }: { job: JobStatus; onEnded: (status: JobStatus) => void }) {
  const [status, setStatus] = useState(job);
  const [stopping, setStopping] = useState(false);
  useEffect(() => {
    if (status.state !== 'running') {
      onEnded(status);
      return undefined;
    }
    const timer = window.setTimeout(() => {
      call('jobs.status', { id: job.id })
        .then(setStatus)
        .catch((failure: unknown) => onEnded({ ...status, state: 'failed', message: errorMessage(failure) }));
    }, 300);
    return () => window.clearTimeout(timer);
  }, [status, job.id, onEnded]);
  const percent = status.total > 0 ? Math.round((100 * status.done) / status.total) : 0;
  return (
    <Modal
      open
      closable={false}
      maskClosable={false}
      keyboard={false}
      title={status.label}
      footer={
        <Button
          danger
          loading={stopping}
          onClick={() => {
            setStopping(true);
            void call('jobs.cancel', { id: job.id }).then(setStatus);
          }}
        >
          Dừng
        </Button>
      }
    >
      <Progress percent={percent} status="active" />
      <Typography.Text type="secondary">
        {status.total > 0 ? `Đã xong ${status.done.toLocaleString('vi-VN')}/${status.total.toLocaleString('vi-VN')}` : 'Đang chuẩn bị…'}
      </Typography.Text>
    </Modal>
  );
}
