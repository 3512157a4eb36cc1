import { useEffect, useState, type ReactNode } from 'react';
import { App, type FormInstance } from 'antd';
import { dropDraft, keepDraft, markDraftOpen, readDraft } from '../app/formDrafts.ts';
import { useUnsavedChanges } from '../app/unsavedChanges.ts';
import { DraftOffer } from './DraftOffer.tsx';

/**
 * A form dialog whose typing survives a crash: the values are kept as they are typed (`keep`, for
 * the form's onValuesChange), offered back when the same form opens again (`offer`), dropped once
 * saved (`saved`); closing with edits asks first (`close`).
 */
export function useFormDraft<T extends object>(
  form: FormInstance<T>,
  key: string,
  label: (values: T) => string,
  /** The record as the form opened on it (its saved values), to tell a draft of an older version. */
  base?: string,
): { offer: ReactNode; keep: () => void; saved: () => void; close: (onClose: () => void) => void } {
  const { modal } = App.useApp();
  const [draft, setDraft] = useState(() => readDraft<T>(key));
  const [dirty, setDirty] = useState(false);
  useUnsavedChanges(dirty);
  useEffect(() => {
    markDraftOpen(key, dirty);
    return () => markDraftOpen(key, false);
  }, [key, dirty]);
  const keep = () => {
    const values = form.getFieldsValue(true) as T;
    setDirty(true);
    keepDraft(key, label(values), values, base);
  };
  const saved = () => {
    dropDraft(key);
    setDirty(false);
  };
  const close = (onClose: () => void) => {
    if (!dirty) return onClose();
    modal.confirm({
      title: 'Bỏ các thay đổi chưa lưu?',
      content: 'Những gì đã gõ trong biểu mẫu này sẽ không được lưu.',
      okText: 'Bỏ thay đổi',
      okButtonProps: { danger: true },
      cancelText: 'Tiếp tục sửa',
      onOk: () => {
        dropDraft(key);
        onClose();
      },
    });
  };
  const offer = draft ? (
    <DraftOffer
      draft={draft}
      stale={draft.base !== undefined && base !== undefined && draft.base !== base}
      onRestore={() => {
        form.setFieldsValue(draft.values as Parameters<FormInstance<T>['setFieldsValue']>[0]);
        setDraft(null);
        keep();
      }}
      onDrop={() => {
        dropDraft(key);
        setDraft(null);
      }}
    />
  ) : null;
  return { offer, keep, saved, close };
}
