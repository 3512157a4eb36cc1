import { useEffect, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { Alert, App, Button, Col, Modal, Row, Skeleton, Space, Tag, Tooltip } from 'antd';
import {
  BoldOutlined,
  FileWordOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  TableOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import type { RichText } from '../../../shared/domain/rich-text.ts';
import { DOSSIER_PAPER_LABELS, type DossierCheck } from '../../../shared/domain/dossier-checklist.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { useUnsavedChanges } from '../../app/unsavedChanges.ts';
import { DocumentPreview } from '../../preview/DocumentPreview.tsx';
import { fromEditor, toEditor } from './richTextConvert.ts';
import './achievement.css';
import { useSaveShortcut } from '../../components/useSaveShortcut.ts';
import { DraftOffer } from '../../components/DraftOffer.tsx';
import { dropDraft, keepDraft, markDraftOpen, readDraft } from '../../app/formDrafts.ts';

/** What the dossier holds and lacks, as the export's Danh mục hồ sơ lists it. */
function DossierTags({ check }: { check: DossierCheck }) {
  return (
    <Space size={4} wrap style={{ marginBottom: 8 }} aria-label="Danh mục hồ sơ">
      <span>Hồ sơ:</span>
      {check.has.map((paper) => (
        <Tag key={paper} color="green">
          Có: {DOSSIER_PAPER_LABELS[paper]}
        </Tag>
      ))}
      {check.lacks.map((paper) => (
        <Tag key={paper} color="orange">
          Thiếu: {DOSSIER_PAPER_LABELS[paper]}
        </Tag>
      ))}
    </Space>
  );
}

/** The text beside its report as it will print; the preview follows the typing after a short pause. */
function Editor({ nominee, initial, onClose }: { nominee: Nominee; initial: RichText; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const [content, setContent] = useState(initial);
  const [shown, setShown] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useUnsavedChanges(dirty);
  // The text is kept as it is typed: after a crash or a reload it is offered back here.
  const draftKey = `thanh-tich.${nominee.id}`;
  const base = JSON.stringify(initial);
  const [offer, setOffer] = useState(() => readDraft<RichText>(draftKey));
  useEffect(() => {
    markDraftOpen(draftKey, dirty);
    return () => markDraftOpen(draftKey, false);
  }, [draftKey, dirty]);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: false,
        blockquote: false,
        codeBlock: false,
        code: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: false,
        hardBreak: false,
      }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: toEditor(initial),
    editorProps: { attributes: { 'aria-label': 'Thành tích cụ thể', class: 'achievement-editor__text' } },
    onUpdate: ({ editor: current }) => {
      const typed = fromEditor(current.getJSON());
      setContent(typed);
      setDirty(true);
      keepDraft(draftKey, `Thành tích của ${nominee.name}`, typed, base);
    },
  });
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(content), 400);
    return () => window.clearTimeout(timer);
  }, [content]);
  const preview = useQuery('dossiers.report', { nomineeId: nominee.id, content: shown });
  const checks = useQuery('dossiers.checklist', { campaignId: nominee.campaignId, nomineeId: nominee.id });
  const save = async (): Promise<boolean> => {
    try {
      await call('dossiers.saveAchievement', { nomineeId: nominee.id, content });
      dropDraft(draftKey);
      setDirty(false);
      setError(null);
      checks.reload();
      message.success(`Đã lưu thành tích của ${nominee.name}.`);
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
  };
  const exportWord = async () => {
    if (dirty && !(await save())) return;
    try {
      const saved = await call('dossiers.exportReport', { nomineeId: nominee.id });
      if (saved.saved) message.success(`Đã lưu: ${saved.saved}`, 6);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  useSaveShortcut(save);
  const tool = (label: string, icon: React.ReactNode, active: boolean, run: () => void) => (
    <Tooltip title={label}>
      <Button
        size="small"
        aria-label={label}
        type={active ? 'primary' : 'default'}
        icon={icon}
        onMouseDown={(event) => event.preventDefault()}
        onClick={run}
      />
    </Tooltip>
  );
  const chain = () => editor.chain().focus();
  const close = () => {
    if (!dirty) return onClose();
    modal.confirm({
      title: 'Bỏ các thay đổi chưa lưu?',
      content: 'Phần thành tích đã sửa sẽ không được lưu.',
      okText: 'Bỏ thay đổi',
      okButtonProps: { danger: true },
      cancelText: 'Tiếp tục sửa',
      onOk: () => {
        dropDraft(draftKey);
        onClose();
      },
    });
  };
  const restore = (draft: RichText) => {
    // setContent fires onUpdate, which marks the text edited and keeps it as the draft again.
    editor.commands.setContent(toEditor(draft), { emitUpdate: true });
    setOffer(null);
  };
  return (
    <Modal
      open
      width={1240}
      title={`Báo cáo thành tích – ${nominee.name}`}
      onCancel={close}
      footer={
        <Space>
          {dirty && <Tag color="orange">Có thay đổi chưa lưu</Tag>}
          <Button onClick={close}>Đóng</Button>
          <Button icon={<FileWordOutlined />} onClick={() => void exportWord()}>
            Xuất Word
          </Button>
          <Button type="primary" onClick={() => void save()}>
            Lưu (Ctrl+S)
          </Button>
        </Space>
      }
    >
      {offer && (
        <DraftOffer
          draft={offer}
          stale={offer.base !== undefined && offer.base !== base}
          onRestore={() => restore(offer.values)}
          onDrop={() => {
            dropDraft(draftKey);
            setOffer(null);
          }}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      {checks.data?.[0] && <DossierTags check={checks.data[0]} />}
      <Row gutter={16}>
        <Col span={11}>
          <Space size={4} wrap style={{ marginBottom: 8 }}>
            {tool('Chữ đậm (Ctrl+B)', <BoldOutlined />, editor.isActive('bold'), () => chain().toggleBold().run())}
            {tool('Chữ nghiêng (Ctrl+I)', <ItalicOutlined />, editor.isActive('italic'), () => chain().toggleItalic().run())}
            {tool('Danh sách gạch đầu dòng', <UnorderedListOutlined />, editor.isActive('bulletList'), () =>
              chain().toggleBulletList().run(),
            )}
            {tool('Danh sách đánh số', <OrderedListOutlined />, editor.isActive('orderedList'), () => chain().toggleOrderedList().run())}
            {tool('Chèn bảng số liệu', <TableOutlined />, editor.isActive('table'), () =>
              editor.isActive('table') ? chain().addRowAfter().run() : chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
            )}
            {editor.isActive('table') && (
              <>
                <Button size="small" onClick={() => chain().addColumnAfter().run()}>
                  Thêm cột
                </Button>
                <Button size="small" onClick={() => chain().deleteRow().run()}>
                  Xóa dòng
                </Button>
                <Button size="small" danger onClick={() => chain().deleteTable().run()}>
                  Xóa bảng
                </Button>
              </>
            )}
          </Space>
          <div className="achievement-editor">
            <EditorContent editor={editor} />
          </div>
        </Col>
        <Col span={13}>
          <div className="achievement-preview">
            {preview.data ? <DocumentPreview document={preview.data.document} scale={0.62} /> : <Skeleton active />}
          </div>
        </Col>
      </Row>
    </Modal>
  );
}

/** Thành tích of one nominee, edited with its formatting, saved as structured data. */
export function AchievementDialog({ nominee, onClose }: { nominee: Nominee; onClose: () => void }) {
  const text = useQuery('dossiers.achievement', { nomineeId: nominee.id });
  if (!text.data) {
    return (
      <Modal open title={`Báo cáo thành tích – ${nominee.name}`} onCancel={onClose} footer={null}>
        {text.error ? <Alert type="error" showIcon title={text.error} /> : <Skeleton active />}
      </Modal>
    );
  }
  return <Editor nominee={nominee} initial={text.data.content} onClose={onClose} />;
}
