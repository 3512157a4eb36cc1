import { useState } from 'react';
import { App, Button, Card, Form, Space, Typography } from 'antd';
import { FileWordOutlined, MailOutlined, SendOutlined } from '@ant-design/icons';
import type { MailState } from '../../../shared/domain/mail.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DateField } from '../../components/DateField.tsx';
import { PaperModal } from '../../preview/PaperModal.tsx';
import { IssueDialog } from '../../components/IssueDialog.tsx';

/** The Công văn đôn đốc as it will print: the issued one, else the draft to the units late today. */
function ReminderPreview({
  campaignId,
  issuedId,
  replyBy,
  onClose,
}: {
  campaignId: number;
  issuedId?: number;
  replyBy: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const paper = useQuery('mail.reminderDocument', { campaignId, ...(issuedId ? { issuedId } : { replyBy }) });
  const exportWord = async () => {
    try {
      const saved = await call('mail.exportReminder', { campaignId, ...(issuedId ? { issuedId } : {}) });
      if (saved.saved) message.success(`Đã lưu: ${saved.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  return (
    <PaperModal
      title="Công văn đôn đốc"
      paper={paper.data}
      error={paper.error}
      exportDisabled={!paper.data}
      onExport={() => void exportWord()}
      onClose={onClose}
    />
  );
}

/** Đôn đốc: the units late with their list, the letter that reminds them, and sending it. */
export function ReminderCard({
  campaignId,
  state,
  busy,
  onSend,
  onChanged,
}: {
  campaignId: number;
  state: MailState;
  busy: string | null;
  onSend: (via: 'smtp' | 'eml') => void;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [previewing, setPreviewing] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [replyBy, setReplyBy] = useState<string | null>(state.defaultReplyBy);
  const late = state.units.filter((unit) => unit.missing);
  const letter = state.reminderLetter;
  return (
    <Card
      size="small"
      title={`Đôn đốc các đơn vị chưa gửi đủ danh sách (${late.length})`}
      extra={
        <Space wrap>
          <Button icon={<FileWordOutlined />} onClick={() => setPreviewing(true)}>
            {letter ? 'Xem công văn' : 'Xem dự thảo'}
          </Button>
          <Button disabled={late.length === 0} onClick={() => setIssuing(true)}>
            Ban hành công văn…
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>
        Hạn gửi danh sách: <strong>{formatDateVi(state.nominationDeadline)}</strong>.{' '}
        {letter
          ? `Công văn số ${String(letter.number).padStart(2, '0')}/${letter.symbol} ngày ${formatDateVi(letter.issuedOn)}, đề nghị gửi trước ngày ${formatDateVi(letter.replyBy)}.`
          : 'Chưa ban hành công văn đôn đốc: thư đôn đốc gửi kèm công văn đã ban hành.'}
      </Typography.Paragraph>
      <Space wrap>
        <Button
          type="primary"
          icon={<SendOutlined />}
          disabled={!letter || !state.smtpReady || late.length === 0}
          loading={busy === 'reminder-smtp'}
          onClick={() => onSend('smtp')}
        >
          Gửi thư đôn đốc
        </Button>
        <Button
          icon={<MailOutlined />}
          disabled={!letter || late.length === 0}
          loading={busy === 'reminder-eml'}
          onClick={() => onSend('eml')}
        >
          Ghi thư nháp .eml
        </Button>
      </Space>
      {previewing && (
        <ReminderPreview
          campaignId={campaignId}
          {...(letter ? { issuedId: letter.id } : {})}
          replyBy={replyBy ?? state.defaultReplyBy}
          onClose={() => setPreviewing(false)}
        />
      )}
      {issuing && (
        <IssueDialog
          title="Ban hành công văn đôn đốc"
          intro={`Công văn gửi ${late.length} đơn vị chưa gửi đủ danh sách. Sau khi ban hành, công văn được giữ nguyên và gửi kèm thư đôn đốc.`}
          suggestedNumber={state.nextReminderNumber}
          defaultDate={state.today}
          issue={async (number, date) => {
            if (!replyBy) throw new Error('Cần ngày đề nghị các đơn vị gửi danh sách.');
            const issued = await call('mail.issueReminder', { campaignId, number, date, replyBy });
            message.success(`Đã ban hành Công văn số ${String(issued.number).padStart(2, '0')}/${issued.symbol}.`, 6);
          }}
          onClose={() => setIssuing(false)}
          onIssued={() => {
            setIssuing(false);
            onChanged();
          }}
        >
          <Form.Item label="Đề nghị gửi trước ngày" htmlFor="reply-by">
            <DateField id="reply-by" ariaLabel="Đề nghị gửi trước ngày" allowClear={false} value={replyBy} onChange={setReplyBy} />
          </Form.Item>
        </IssueDialog>
      )}
    </Card>
  );
}
