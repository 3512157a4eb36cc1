import { useState } from 'react';
import { App, Button } from 'antd';
import type { ImportPreviewResult } from '../../../shared/api/areas/nominations.ts';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import { call, errorMessage } from '../../app/api.ts';
import { fileToBase64 } from './fileToBase64.ts';

export interface PendingImport {
  file: { fileName: string; contentBase64: string; unitId?: number };
  preview: ImportPreviewResult;
}

/** What the Đề cử screen does: read a file into a preview, delete with undo, export every template. */
export function useNomineeActions(campaignId: number, reload: () => void) {
  const { message, modal } = App.useApp();
  const [pending, setPending] = useState<PendingImport | null>(null);

  const openFile = async (file: File, forUnit?: number) => {
    try {
      const request = { fileName: file.name, contentBase64: await fileToBase64(file), ...(forUnit ? { unitId: forUnit } : {}) };
      const preview = await call('imports.preview', { campaignId, ...request });
      setPending({ file: request, preview });
    } catch (failure) {
      message.error(`${file.name}: ${errorMessage(failure)}`, 8);
    }
  };

  const restore = async (nominee: Nominee, key: string) => {
    await call('nominees.restore', { id: nominee.id });
    message.destroy(key);
    reload();
  };

  const remove = (nominee: Nominee) =>
    modal.confirm({
      title: `Xóa ${nominee.name} khỏi danh sách đề cử?`,
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không',
      onOk: async () => {
        await call('nominees.delete', { id: nominee.id });
        reload();
        const key = `undo-${nominee.id}`;
        message.open({
          key,
          type: 'success',
          duration: 8,
          content: (
            <span>
              Đã xóa {nominee.name}.{' '}
              <Button size="small" type="link" onClick={() => void restore(nominee, key)}>
                Hoàn tác
              </Button>
            </span>
          ),
        });
      },
    });

  const exportAll = async () => {
    try {
      const result = await call('templates.exportAll', { campaignId });
      if (result.folder) message.success(`Đã lưu ${result.files.length} mẫu vào ${result.folder}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };

  return { pending, closeImport: () => setPending(null), openFile, remove, exportAll };
}
