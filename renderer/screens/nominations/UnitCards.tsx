import { useState } from 'react';
import { App, Badge, Button, Card, Space, Tag, Tooltip, Upload } from 'antd';
import { DownloadOutlined, DownOutlined, PaperClipOutlined, RightOutlined, UploadOutlined } from '@ant-design/icons';
import { downloadAttachment } from '../../components/downloadAttachment.ts';
import type { UnitSubmission } from '../../../shared/domain/submissions.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { call, errorMessage } from '../../app/api.ts';
import { DateField } from '../../components/DateField.tsx';

/** Whether the cards are folded away, so the list starts higher on a small screen; kept between sessions. */
const COLLAPSED_KEY = 'dhtt.unitCardsCollapsed';

const STATE = {
  'on-time': { color: 'green', text: 'Đúng hạn' },
  late: { color: 'red', text: 'Nộp muộn' },
  'not-yet': { color: 'default', text: 'Chưa gửi' },
} as const;

function filledTag(label: string, filled: number, quota: number) {
  if (quota === 0 && filled === 0) return null;
  const color = filled > quota ? 'red' : filled === quota ? 'green' : 'orange';
  return (
    <Tag color={color}>
      {label} {filled}/{quota}
    </Tag>
  );
}

/** A card per unit: quota filled per kind, when its list came, on time or late, open warnings. */
export function UnitCards({
  campaignId,
  units,
  onChanged,
  onImport,
}: {
  campaignId: number;
  units: UnitSubmission[];
  onChanged: () => void;
  onImport: (file: File, unitId: number) => void;
}) {
  const { message } = App.useApp();
  const template = async (unitId: number) => {
    try {
      const result = await call('templates.export', { campaignId, unitId });
      if (result.saved) message.success(`Đã lưu mẫu: ${result.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const received = async (unitId: number, receivedOn: string | null, submissionId?: number) => {
    try {
      await call('submissions.setReceived', { campaignId, unitId, receivedOn, ...(submissionId ? { submissionId } : {}) });
      onChanged();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const [collapsed, setCollapsed] = useState(() => window.localStorage.getItem(COLLAPSED_KEY) === '1');
  const toggle = () => {
    window.localStorage.setItem(COLLAPSED_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };
  const sent = units.filter((unit) => unit.state !== 'not-yet').length;
  const late = units.filter((unit) => unit.state === 'late').length;
  const warnings = units.reduce((sum, unit) => sum + unit.warnings, 0);
  return (
    <div className="unit-cards-box">
      <div className="unit-cards-box__bar">
        <Button
          size="small"
          type="text"
          icon={collapsed ? <RightOutlined /> : <DownOutlined />}
          aria-expanded={!collapsed}
          onClick={toggle}
        >
          Các đơn vị ({units.length})
        </Button>
        <span className="muted">
          {sent}/{units.length} đã gửi{late > 0 ? ` · ${late} nộp muộn` : ''}
          {warnings > 0 ? ` · ${warnings} cảnh báo chưa xử lý` : ''}
        </span>
      </div>
      {!collapsed && (
        <div className="unit-cards">
          {units.map((unit) => {
            const state = STATE[unit.state];
            return (
              <Card
                key={unit.unitId}
                size="small"
                title={unit.unitTitle}
                extra={<Tag color={state.color}>{state.text}</Tag>}
                data-unit={unit.unitTitle}
              >
                <Space wrap size={4}>
                  {filledTag('Tập thể', unit.filled.collective, unit.quota.collective)}
                  {filledTag('Cá nhân', unit.filled.individual, unit.quota.individual)}
                  {unit.warnings > 0 && <Badge count={unit.warnings} color="#d48806" title={`${unit.warnings} cảnh báo chưa xử lý`} />}
                </Space>
                <div className="muted" style={{ margin: '8px 0' }}>
                  {unit.receivedOn
                    ? `Nhận ngày ${formatDateVi(unit.receivedOn)}`
                    : unit.daysLeft >= 0
                      ? `Còn ${unit.daysLeft} ngày đến hạn`
                      : `Quá hạn ${-unit.daysLeft} ngày`}
                </div>
                {unit.files.map((file) => (
                  <div key={file.submissionId} className="unit-card__file">
                    {file.hash ? (
                      <Button
                        size="small"
                        type="link"
                        icon={<PaperClipOutlined />}
                        title={file.fileName ?? ''}
                        style={{ padding: 0, maxWidth: '100%' }}
                        onClick={() => void downloadAttachment(file.hash ?? '')}
                      >
                        {/* Long file names are cut with "…" inside the card; the whole name is in the tooltip. */}
                        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>
                          {file.fileName}
                        </span>
                      </Button>
                    ) : (
                      <span className="muted">Bản giấy</span>
                    )}
                    {/* Each thing sent keeps its own date; correcting it moves its nominees' late warnings at once. */}
                    <DateField
                      size="small"
                      width={130}
                      allowClear={!file.hash}
                      ariaLabel={`Ngày nhận ${file.fileName ?? 'bản giấy'} của ${unit.unitTitle}`}
                      placeholder="Ngày nhận"
                      value={file.receivedOn}
                      onChange={(date) => void received(unit.unitId, date, file.submissionId)}
                    />
                  </div>
                ))}
                <Space wrap size={4}>
                  <Tooltip title="Tải mẫu Excel của đơn vị">
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => void template(unit.unitId)}>
                      Mẫu
                    </Button>
                  </Tooltip>
                  <Upload
                    accept=".xlsx"
                    showUploadList={false}
                    beforeUpload={(file) => {
                      onImport(file, unit.unitId);
                      return false;
                    }}
                  >
                    <Button size="small" icon={<UploadOutlined />}>
                      Nhập tệp
                    </Button>
                  </Upload>
                  {unit.files.length === 0 && (
                    <DateField
                      size="small"
                      width={130}
                      ariaLabel={`Ngày nhận bản giấy của ${unit.unitTitle}`}
                      placeholder="Ngày nhận"
                      value={null}
                      onChange={(date) => void received(unit.unitId, date)}
                    />
                  )}
                </Space>
              </Card>
            );
          })}
        </div>
      )}
    </div>
  );
}
