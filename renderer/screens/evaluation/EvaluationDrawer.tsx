import { useEffect, useState } from 'react';
import { Alert, App, Button, Checkbox, Descriptions, Drawer, Input, Radio, Space, Tag, Typography } from 'antd';
import type { Evaluation, EvaluationResult } from '../../../shared/domain/evaluation.ts';
import type { AwardForm } from '../../../shared/domain/award-forms.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { call, errorMessage } from '../../app/api.ts';
import { SearchSelect } from '../../components/SearchSelect.tsx';
import { ActivityList } from '../nurturing/ActivityTimeline.tsx';
import { formatMoney } from './money.ts';

/**
 * One nominee's evaluation: the plan's criteria for its kind as a checklist with evidence, the
 * result with its reasons, the proposed form and its money, the congress delegate flag; the
 * nurturing timeline beside it.
 */
export function EvaluationDrawer({
  campaignId,
  nominee,
  forms,
  onClose,
  onSaved,
}: {
  campaignId: number;
  nominee: { id: number; name: string; unitName: string };
  forms: readonly AwardForm[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Evaluation | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('evaluations.get', { nomineeId: nominee.id }).then(setDraft, (failure: unknown) => setError(errorMessage(failure)));
  }, [nominee.id]);
  const codes = [...new Map(forms.map((form) => [form.code, form.name])).entries()];

  const save = async () => {
    if (!draft) return;
    try {
      const saved = await call('evaluations.save', {
        nomineeId: nominee.id,
        fields: {
          criteria: draft.criteria,
          result: draft.result,
          note: draft.note,
          evaluatedOn: draft.evaluatedOn,
          awardCode: draft.result === 'pass' ? draft.awardCode : null,
        },
      });
      const withDelegate =
        saved.delegate === draft.delegate && saved.delegateReason === draft.delegateReason
          ? saved
          : await call('delegates.set', { nomineeId: nominee.id, delegate: draft.delegate, reason: draft.delegateReason });
      setDraft(withDelegate);
      message.success(`Đã lưu đánh giá của ${nominee.name}.`);
      onSaved();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };

  const set = (patch: Partial<Evaluation>) => setDraft((current) => (current ? { ...current, ...patch } : current));
  return (
    <Drawer
      open
      width={1000}
      title={`Đánh giá: ${nominee.name} (${nominee.unitName})`}
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={onClose}>Đóng</Button>
          <Button type="primary" onClick={() => void save()} disabled={!draft}>
            Lưu đánh giá
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      {draft && (
        <div className="evaluation-layout">
          <div>
            <Typography.Title level={5}>Tiêu chuẩn của kế hoạch ({draft.kind === 'collective' ? 'tập thể' : 'cá nhân'})</Typography.Title>
            {draft.criteria.map((criterion, index) => (
              <div className="criterion" key={criterion.criterion}>
                <Checkbox
                  aria-label={`Đạt tiêu chí ${index + 1}`}
                  checked={criterion.met}
                  onChange={(e) => set({ criteria: draft.criteria.map((c, at) => (at === index ? { ...c, met: e.target.checked } : c)) })}
                />
                <span>{criterion.criterion}</span>
                <Input
                  className="criterion__evidence"
                  size="small"
                  aria-label={`Minh chứng tiêu chí ${index + 1}`}
                  placeholder="Minh chứng (số liệu, giấy xác nhận …)"
                  value={criterion.evidence}
                  onChange={(e) =>
                    set({ criteria: draft.criteria.map((c, at) => (at === index ? { ...c, evidence: e.target.value } : c)) })
                  }
                />
              </div>
            ))}
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              Kết quả
            </Typography.Title>
            <Radio.Group
              aria-label="Kết quả đánh giá"
              value={draft.result}
              onChange={(e) => set({ result: e.target.value as EvaluationResult })}
              options={[
                { value: 'pass', label: 'Đạt' },
                { value: 'fail', label: 'Không đạt' },
              ]}
            />
            <Input.TextArea
              style={{ marginTop: 8 }}
              aria-label="Lý do, nhận xét"
              placeholder={draft.result === 'fail' ? 'Lý do không đạt (bắt buộc)' : 'Nhận xét'}
              autoSize={{ minRows: 2, maxRows: 6 }}
              value={draft.note}
              onChange={(e) => set({ note: e.target.value })}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              Đề nghị khen thưởng
            </Typography.Title>
            <SearchSelect
              allowClear
              aria-label="Hình thức đề nghị"
              placeholder={draft.result === 'pass' ? 'Chọn hình thức khen thưởng' : 'Chỉ đề nghị khi kết quả là Đạt'}
              disabled={draft.result !== 'pass'}
              style={{ width: '100%' }}
              value={draft.awardCode ?? undefined}
              onChange={(value) => set({ awardCode: (value as string | undefined) ?? null, prize: null, prizeProblem: null })}
              options={codes.map(([code, name]) => ({ value: code, label: name }))}
            />
            {draft.prize && (
              <Descriptions size="small" column={1} style={{ marginTop: 8 }} bordered>
                <Descriptions.Item label="Tiền thưởng">
                  <strong>{formatMoney(draft.prize.amount)}</strong> {draft.prize.unverified && <Tag color="orange">chờ đối chiếu</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label="Cách tính">
                  hệ số {(draft.prize.coefficient / 100).toLocaleString('vi-VN')} × {formatMoney(draft.prize.salary)} (
                  {draft.prize.salaryDecree}), làm tròn lên hàng chục nghìn; theo {draft.prize.formDecree}; quyết định ngày{' '}
                  {formatDateVi(draft.decisionDate)}
                </Descriptions.Item>
              </Descriptions>
            )}
            {draft.prizeProblem && <Alert style={{ marginTop: 8 }} type="warning" showIcon title={draft.prizeProblem} />}
            <Checkbox style={{ marginTop: 16 }} checked={draft.delegate} onChange={(e) => set({ delegate: e.target.checked })}>
              Giới thiệu đại biểu dự Đại hội
            </Checkbox>
            {draft.delegate && (
              <Input
                style={{ marginTop: 6 }}
                aria-label="Lý do giới thiệu đại biểu"
                placeholder="Lý do giới thiệu (thành tích tiêu biểu)"
                value={draft.delegateReason}
                onChange={(e) => set({ delegateReason: e.target.value })}
              />
            )}
          </div>
          <div>
            <Typography.Title level={5}>Quá trình bồi dưỡng</Typography.Title>
            <ActivityList campaignId={campaignId} nomineeId={nominee.id} />
          </div>
        </div>
      )}
    </Drawer>
  );
}
