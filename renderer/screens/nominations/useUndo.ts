import { useEffect, useRef, useState } from 'react';
import { App } from 'antd';
import { errorMessage } from '../../app/api.ts';

export interface UndoableAction {
  /** What was done, in the words of the message after undoing it ("xóa Lý Thị Sen"). */
  label: string;
  undo: () => Promise<void>;
}

/** Whether a key press belongs to a text field (where Ctrl+Z undoes typing, not the last action). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * The last action of the screen, undone by Ctrl+Z when the focus is not in a text field (there
 * the browser's own undo of typing applies). One step: undoing it forgets it.
 */
export function useUndo(onUndone: () => void) {
  const [last, setLast] = useState<UndoableAction | null>(null);
  const { message } = App.useApp();
  const undoLast = async () => {
    const action = last;
    if (!action) {
      message.info('Không còn thao tác nào để hoàn tác.');
      return;
    }
    setLast(null);
    try {
      await action.undo();
      message.success(`Đã hoàn tác: ${action.label}.`);
      onUndone();
    } catch (failure) {
      message.error(`Không hoàn tác được ${action.label}: ${errorMessage(failure)}`);
    }
  };
  const undoRef = useRef(undoLast);
  useEffect(() => {
    undoRef.current = undoLast;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !inTextField(event.target)) {
        // A dialog open over the list keeps its own keys.
        if (document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) return;
        event.preventDefault();
        void undoRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return { last, remember: setLast, undoLast };
}
