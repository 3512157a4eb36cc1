import { useState } from 'react';
import { Alert, App, Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { MailOutlined, SendOutlined } from '@ant-design/icons';
import {
  MAIL_KIND_LABELS,
  MAIL_OUTCOME_LABELS,
  type MailKind,
  type MailLogEntry,
  type MailUnit,
  type SendResult,
} from '../../../shared/domain/mail.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { ReminderCard } from './ReminderCard.tsx';

const OUTCOME_COLORS = { sent: 'green', failed: 'red', draft: 'blue' } as const;
const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

function Attempt({ entry }: { entry: MailLogEntry | null }) {
  if (!entry) return <Typography.Text type="secondary">Chưa gửi</Typography.Text>;
  return (
    <Tooltip title={entry.answer}>
      <Tag color={OUTCOME_COLORS[entry.outcome]}>{MAIL_OUTCOME_LABELS[entry.outcome]}</Tag>
      <Typography.Text type="secondary">{when(entry.at)}</Typography.Text>
    </Tooltip>
  );
}

/** What a send did, in words: sent, drafts written and where, who failed and why, who was left out. */
function ResultBanner({ kind, result, onClose }: { kind: MailKind; result: SendResult; onClose: () => void }) {
  const done = result.folder
    ? `Đã ghi ${result.drafts} thư nháp (${MAIL_KIND_LABELS[kind].toLocaleLowerCase('vi')}) vào ${result.folder}.`
    : `Đã gửi ${result.sent} thư (${MAIL_KIND_LABELS[kind].toLocaleLowerCase('vi')}).`;
  const lines = [
    ...result.failed.map((item) => `Gửi lỗi – ${item.unitName}: ${item.reason}`),
    ...result.skipped.map((item) => `Bỏ qua – ${item.unitName}: ${item.reason}`),
  ];
  return (
    <Alert
      type={result.failed.length > 0 ? 'error' : lines.length > 0 ? 'warning' : 'success'}
      showIcon
      closable
      onClose={onClose}
      title={done}
      description={lines.length > 0 ? lines.map((line) => <div key={line}>{line}</div>) : undefined}
    />
  );
}

/** Email to the units: each unit's address and what it was sent, sending, retrying, the log. */
export function MailTab({ campaignId }: { campaignId: number }) {
  const { message, modal } = App.useApp();
  const state = useQuery('mail.state', { campaignId });
  const [busy, setBusy] = useState<string | null>(null);
  const [last, setLast] = useState<{ kind: MailKind; result: SendResult } | null>(null);

  const send = async (kind: MailKind, via: 'smtp' | 'eml', unitIds?: number[], resend = false) => {
    setBusy(`${kind}-${via}`);
    try {
      const result = await call('mail.send', { campaignId, kind, via, resend, ...(unitIds ? { unitIds } : {}) });
      // Someone else sent meanwhile: the service named them and sent nothing.
      if (result.alreadySent.length > 0) message.warning(`${result.alreadySent.join(', ')} đã nhận thư này; không gửi lại.`, 8);
      else setLast({ kind, result });
      state.reload();
    } catch (failure) {
      message.error(errorMessage(failure), 8);
    } finally {
      setBusy(null);
    }
  };
  /** Asks before sending through the server; names the units that already have this message. */
  const confirmSend = (kind: MailKind, via: 'smtp' | 'eml', targets: MailUnit[]) => {
    if (via === 'eml') {
      void send(kind, via);
      return;
    }
    const already = targets.filter((unit) => (kind === 'summary' ? unit.summary : unit.reminder)?.outcome === 'sent');
    const what = MAIL_KIND_LABELS[kind].toLocaleLowerCase('vi');
    modal.confirm({
      title: already.length > 0 ? 'Gửi lại thư đã gửi?' : kind === 'summary' ? 'Gửi bản tổng hợp cho các đơn vị' : 'Gửi thư đôn đốc',
      content:
        already.length > 0
          ? `${already.map((unit) => unit.name).join(', ')} đã nhận thư ${what}. Gửi lại cho cả ${targets.length} đơn vị?`
          : `Gửi ${targets.length} thư qua máy chủ email? Mỗi đơn vị nhận thư của mình kèm tệp đính kèm.`,
      okText: already.length > 0 ? 'Gửi lại' : 'Gửi',
      cancelText: already.length > 0 ? 'Không gửi' : 'Hủy',
      onOk: () => send(kind, via, undefined, already.length > 0),
    });
  };

  const data = state.data;
  if (!data) return <Card loading={!state.error}>{state.error}</Card>;
  const withNominees = data.units.filter((unit) => unit.nominees > 0);
  const summaryTargets = withNominees.filter((unit) => unit.email);
  const reachable = summaryTargets.length;
  const unitColumns = [
    { title: 'Đơn vị', dataIndex: 'name' },
    {
      title: 'Email',
      dataIndex: 'email',
      render: (email: string | null) => email ?? <Tag color="orange">Chưa có email</Tag>,
    },
    { title: 'Đề cử', dataIndex: 'nominees', width: 70, align: 'right' as const },
    { title: 'Tổng hợp', width: 190, render: (_: unknown, unit: MailUnit) => <Attempt entry={unit.summary} /> },
    {
      title: 'Đôn đốc',
      render: (_: unknown, unit: MailUnit) =>
        unit.missing ? (
          <Space direction="vertical" size={0}>
            <Typography.Text type="warning">{unit.missing}</Typography.Text>
            {unit.reminder && <Attempt entry={unit.reminder} />}
          </Space>
        ) : (
          <Typography.Text type="secondary">Đã gửi đủ</Typography.Text>
        ),
    },
    {
      title: '',
      width: 110,
      render: (_: unknown, unit: MailUnit) => {
        const failed = [unit.summary, unit.reminder].find((entry) => entry?.outcome === 'failed');
        return failed ? (
          <Button size="small" onClick={() => void send(failed.kind, 'smtp', [unit.unitId])} aria-label={`Gửi lại cho ${unit.name}`}>
            Gửi lại
          </Button>
        ) : null;
      },
    },
  ];
  const logColumns = [
    { title: 'Thời điểm', dataIndex: 'at', width: 130, render: when },
    { title: 'Đơn vị', dataIndex: 'unitName', width: 120 },
    { title: 'Thư', dataIndex: 'kind', width: 120, render: (kind: MailKind) => MAIL_KIND_LABELS[kind] },
    { title: 'Người nhận', dataIndex: 'recipient', ellipsis: true },
    {
      title: 'Kết quả',
      dataIndex: 'outcome',
      width: 120,
      render: (outcome: MailLogEntry['outcome']) => <Tag color={OUTCOME_COLORS[outcome]}>{MAIL_OUTCOME_LABELS[outcome]}</Tag>,
    },
    { title: 'Máy chủ trả lời / tệp nháp', dataIndex: 'answer', ellipsis: true },
  ];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {!data.smtpReady && (
        <Alert
          type="info"
          showIcon
          title="Chưa cài đặt máy chủ email (Cài đặt → Email). Vẫn có thể ghi thư nháp .eml rồi mở bằng Outlook hoặc Thunderbird để gửi."
        />
      )}
      {last && <ResultBanner kind={last.kind} result={last.result} onClose={() => setLast(null)} />}
      <Card
        size="small"
        title={`Tổng hợp gửi đơn vị (${reachable}/${withNominees.length} đơn vị có đề cử đã có email)`}
        extra={
          <Space wrap>
            <Button
              type="primary"
              icon={<SendOutlined />}
              disabled={!data.smtpReady || reachable === 0}
              loading={busy === 'summary-smtp'}
              onClick={() => confirmSend('summary', 'smtp', summaryTargets)}
            >
              Gửi tổng hợp qua email
            </Button>
            <Button
              icon={<MailOutlined />}
              disabled={reachable === 0}
              loading={busy === 'summary-eml'}
              onClick={() => confirmSend('summary', 'eml', summaryTargets)}
            >
              Ghi thư nháp .eml
            </Button>
          </Space>
        }
      >
        <Table size="small" rowKey="unitId" pagination={false} columns={unitColumns} dataSource={data.units} />
      </Card>
      <ReminderCard
        campaignId={campaignId}
        state={data}
        busy={busy}
        onSend={(via) =>
          confirmSend(
            'reminder',
            via,
            data.units.filter((unit) => unit.missing && unit.email),
          )
        }
        onChanged={state.reload}
      />
      <Card size="small" title="Nhật ký gửi thư">
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={logColumns}
          dataSource={data.log}
          locale={{ emptyText: 'Chưa gửi thư nào.' }}
        />
      </Card>
    </Space>
  );
}
