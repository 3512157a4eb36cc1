import { useState } from 'react';
import { App, Button } from 'antd';
import type { ImportPreviewResult } from '../../../shared/api/areas/nominations.ts';
import type { MethodInput } from '../../../shared/api/contract.ts';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import { call, errorMessage } from '../../app/api.ts';
import { fileToBase64 } from '../../components/fileToBase64.ts';
import type { UndoableAction } from './useUndo.ts';

export interface PendingImport {
  file: { fileName: string; contentBase64: string; unitId?: number };
  preview: ImportPreviewResult;
}

/** What the Đề cử screen does: read a file into a preview, delete with undo, export every template. */
export function useNomineeActions(campaignId: number, reload: () => void, remember: (action: UndoableAction) => void) {
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

  const restore = async (nominee: Pick<Nominee, 'id' | 'name'>, key?: string) => {
    try {
      await call('nominees.restore', { id: nominee.id });
    } catch (failure) {
      message.error(errorMessage(failure));
      return;
    }
    if (key) message.destroy(key);
    else message.success(`Đã khôi phục ${nominee.name}.`);
    remember({
      label: `khôi phục ${nominee.name}`,
      undo: async () => {
        await call('nominees.delete', { id: nominee.id });
      },
    });
    reload();
  };

  const exportList = async (query: MethodInput<'nominees.export'>) => {
    try {
      const result = await call('nominees.export', query);
      if (result.saved) message.success(`Đã lưu danh sách ${result.rows} đề cử: ${result.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };

  const remove = (nominee: Nominee) =>
    modal.confirm({
      title: `Xóa ${nominee.name} khỏi danh sách đề cử?`,
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không',
      onOk: async () => {
        await call('nominees.delete', { id: nominee.id });
        remember({
          label: `xóa ${nominee.name}`,
          undo: async () => {
            await call('nominees.restore', { id: nominee.id });
          },
        });
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

  return { pending, closeImport: () => setPending(null), openFile, remove, restore, exportAll, exportList };
}
