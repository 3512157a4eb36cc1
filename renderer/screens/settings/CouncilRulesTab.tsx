import { useState } from 'react';
import { App, Button, Card, InputNumber, Space, Typography } from 'antd';
import type { CouncilRules } from '../../../shared/domain/council-vote.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';

function RulesEditor({ rules, onSaved }: { rules: CouncilRules; onSaved: () => void }) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState(rules);
  const part = (which: keyof CouncilRules, field: 'numerator' | 'denominator', label: string) => (
    <InputNumber
      min={1}
      max={100}
      aria-label={label}
      style={{ width: 70 }}
      value={draft[which][field]}
      onChange={(value) => setDraft((current) => ({ ...current, [which]: { ...current[which], [field]: Number(value ?? 1) } }))}
    />
  );
  const save = async () => {
    try {
      await call('council.setRules', draft);
      message.success('Đã lưu quy tắc họp Hội đồng (áp dụng cho các cuộc họp ghi từ nay).');
      onSaved();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  return (
    <Space direction="vertical">
      <Space>
        Cuộc họp hợp lệ khi có ít nhất {part('quorum', 'numerator', 'Tử số túc số')} / {part('quorum', 'denominator', 'Mẫu số túc số')} tổng
        số thành viên có mặt hoặc gửi ý kiến bằng văn bản.
      </Space>
      <Space>
        Đề nghị khen thưởng khi số đồng ý nhiều hơn {part('threshold', 'numerator', 'Tử số ngưỡng')} /{' '}
        {part('threshold', 'denominator', 'Mẫu số ngưỡng')} số thành viên được biểu quyết.
      </Space>
      <Typography.Text type="secondary">
        Mặc định theo quy định thi đua, khen thưởng: 2/3 thành viên dự họp; quá 1/2 thành viên đồng ý.
      </Typography.Text>
      <Button type="primary" onClick={() => void save()}>
        Lưu
      </Button>
    </Space>
  );
}

/** The council's quorum and threshold that new meetings use. */
export function CouncilRulesTab() {
  const rules = useQuery('council.rules', {});
  return (
    <Card size="small" title="Quy tắc họp Hội đồng Thi đua - Khen thưởng">
      {rules.data && <RulesEditor key={JSON.stringify(rules.data)} rules={rules.data} onSaved={rules.reload} />}
    </Card>
  );
}
