import { useEffect, useState } from 'react';
import { Alert, App, Button, Descriptions, Modal, Skeleton, Typography } from 'antd';
import type { BackupInspection, DatabaseSummary } from '../../../shared/domain/backups.ts';
import { call, errorMessage } from '../../app/api.ts';
import { backupTime } from './backupText.ts';

function describe(summary: DatabaseSummary): { campaigns: string; nominees: string; attachments: string; lastChange: string } {
  return {
    campaigns: summary.campaigns.map((campaign) => campaign.year).join(', ') || 'không có',
    nominees: summary.nominees.toLocaleString('vi-VN'),
    attachments: summary.attachments.toLocaleString('vi-VN'),
    lastChange: summary.lastChangeAt ? backupTime(summary.lastChangeAt) : 'chưa có',
  };
}

const ROWS = [
  ['Chiến dịch', 'campaigns'],
  ['Đề cử', 'nominees'],
  ['Tệp đính kèm', 'attachments'],
  ['Thay đổi cuối cùng', 'lastChange'],
] as const;

export interface RestoreTarget {
  name: string;
  from: 'folder' | 'browsed';
}

/**
 * Reads the copy first and shows side by side what it holds and what it replaces; the restore
 * runs only on the user's confirmation, and the page reloads afterwards so no screen shows old data.
 */
export function RestoreDialog({ target, onClose }: { target: RestoreTarget; onClose: () => void }) {
  const { message } = App.useApp();
  const [inspection, setInspection] = useState<BackupInspection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    call('backups.inspect', target).then(setInspection, (failure: unknown) => setError(errorMessage(failure)));
  }, [target]);

  const restore = async () => {
    if (!inspection?.contents) return;
    setRestoring(true);
    try {
      const result = await call('backups.restore', { ...target, expectedNominees: inspection.contents.nominees });
      message.success(`Đã khôi phục. Dữ liệu trước đó được giữ trong bản ${result.safetyCopy.name}.`, 8);
      window.setTimeout(() => window.location.reload(), 1200);
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setRestoring(false);
    }
  };

  const copy = inspection?.contents ? describe(inspection.contents) : null;
  const current = inspection ? describe(inspection.current) : null;
  const canRestore = Boolean(inspection && inspection.problems.length === 0 && copy);
  return (
    <Modal
      open
      title="Khôi phục từ bản sao lưu"
      width={720}
      // While the data is being replaced the dialog stays: closing it would not stop the restore.
      onCancel={restoring ? undefined : onClose}
      closable={!restoring}
      mask={{ closable: !restoring }}
      keyboard={!restoring}
      footer={[
        <Button key="cancel" disabled={restoring} onClick={onClose}>
          Hủy
        </Button>,
        <Button key="restore" type="primary" danger disabled={!canRestore} loading={restoring} onClick={() => void restore()}>
          Khôi phục
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {!inspection && !error && <Skeleton active />}
      {inspection && (
        <>
          <Typography.Paragraph>
            Bản sao lưu <b>{inspection.backup.name}</b>, lúc {backupTime(inspection.backup.createdAt)}.
          </Typography.Paragraph>
          {inspection.problems.map((problem) => (
            <Alert key={problem} type="error" showIcon title={problem} style={{ marginBottom: 8 }} />
          ))}
          {copy && current && (
            <Descriptions bordered size="small" column={1} styles={{ label: { width: 220 } }}>
              {ROWS.map(([label, key]) => (
                <Descriptions.Item key={key} label={label}>
                  {copy[key]} <Typography.Text type="secondary">(hiện có: {current[key]})</Typography.Text>
                </Descriptions.Item>
              ))}
            </Descriptions>
          )}
          {inspection.migratesFrom !== null && (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 12 }}
              title={`Bản sao do phiên bản cũ của ứng dụng tạo (lược đồ ${inspection.migratesFrom}); dữ liệu sẽ được nâng cấp khi khôi phục.`}
            />
          )}
          {inspection.missingAttachments > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={`Thiếu ${inspection.missingAttachments} tệp đính kèm bên cạnh bản sao (thư mục tep-dinh-kem); các bản ghi vẫn được khôi phục.`}
            />
          )}
          {canRestore && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title="Dữ liệu hiện có sẽ được thay bằng bản sao lưu này. Trước khi thay, ứng dụng tự giữ một bản sao của dữ liệu hiện có (loại “trước khi khôi phục”)."
            />
          )}
        </>
      )}
    </Modal>
  );
}
