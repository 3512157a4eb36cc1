import { App, Button, List, Popconfirm, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { formatInteger } from '../../../shared/format/numbers.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { downloadAttachment } from '../../components/downloadAttachment.ts';
import { fileToBase64 } from '../../components/fileToBase64.ts';

/** The files kept with a nominee: cover letter, photos, confirmations of land or asset gifts. */
export function NomineeAttachments({ nomineeId }: { nomineeId: number }) {
  const files = useQuery('nominees.attachments', { id: nomineeId });
  const { message } = App.useApp();
  const attach = async (file: File) => {
    try {
      await call('nominees.attach', { id: nomineeId, fileName: file.name, contentBase64: await fileToBase64(file) });
      files.reload();
    } catch (failure) {
      message.error(`${file.name}: ${errorMessage(failure)}`);
    }
  };
  const detach = async (hash: string) => {
    await call('nominees.detach', { id: nomineeId, hash });
    files.reload();
  };
  return (
    <div>
      <List
        size="small"
        locale={{ emptyText: 'Chưa có tệp đính kèm' }}
        dataSource={files.data ?? []}
        renderItem={(file) => (
          <List.Item
            actions={[
              <Button
                key="open"
                size="small"
                icon={<DownloadOutlined />}
                aria-label={`Mở ${file.fileName}`}
                onClick={() => void downloadAttachment(file.hash)}
              />,
              <Popconfirm
                key="remove"
                title="Bỏ tệp này khỏi hồ sơ?"
                okText="Bỏ"
                cancelText="Không"
                onConfirm={() => void detach(file.hash)}
              >
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Bỏ ${file.fileName}`} />
              </Popconfirm>,
            ]}
          >
            <PaperClipOutlined /> {file.fileName} <span className="muted">({formatInteger(Math.ceil(file.size / 1024))} KB)</span>
          </List.Item>
        )}
      />
      <Upload
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          void attach(file);
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined />}>
          Đính kèm tệp (công văn, ảnh…)
        </Button>
      </Upload>
    </div>
  );
}
