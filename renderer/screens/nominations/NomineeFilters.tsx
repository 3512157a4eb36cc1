import { Input, Space, Switch, Tag } from 'antd';
import type { Campaign } from '../../../shared/domain/campaigns.ts';
import { NOMINEE_STATUS_LABELS, NOMINEE_STATUSES, type NomineeKind, type NomineeStatus } from '../../../shared/domain/nominees.ts';
import { SearchSelect } from '../../components/SearchSelect.tsx';

/** The list's search, filters and order, as the user sets them. */
export interface NomineeFilterValues {
  search: string;
  unitId: number | undefined;
  kind: NomineeKind | undefined;
  status: NomineeStatus | undefined;
  withWarnings: boolean;
  sort: 'name' | 'unit';
}

export const NO_FILTERS: NomineeFilterValues = {
  search: '',
  unitId: undefined,
  kind: undefined,
  status: undefined,
  withWarnings: false,
  sort: 'unit',
};

/** The query of nominees.list for these filters (only the ones in use, so the database uses its indexes). */
export function listQuery(campaignId: number, filters: NomineeFilterValues) {
  return {
    campaignId,
    sort: filters.sort,
    ...(filters.search.trim() ? { search: filters.search } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.withWarnings ? { withWarnings: true } : {}),
  };
}

export function NomineeFilters({
  campaign,
  value,
  onChange,
  total,
  loaded,
  loadingMore,
}: {
  campaign: Campaign;
  value: NomineeFilterValues;
  onChange: (next: NomineeFilterValues) => void;
  total: number;
  loaded: number;
  loadingMore: boolean;
}) {
  const set = <K extends keyof NomineeFilterValues>(key: K, next: NomineeFilterValues[K]) => onChange({ ...value, [key]: next });
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        placeholder="Tìm theo tên (gõ không dấu cũng được)"
        style={{ width: 300 }}
        value={value.search}
        onChange={(e) => set('search', e.target.value)}
        aria-label="Tìm đề cử"
      />
      <SearchSelect
        allowClear
        placeholder="Đơn vị"
        aria-label="Lọc theo đơn vị"
        style={{ width: 200 }}
        value={value.unitId}
        onChange={(unitId) => set('unitId', unitId)}
        options={campaign.quotas.map((q) => ({ value: q.unitId, label: q.unitTitle }))}
      />
      <SearchSelect
        allowClear
        placeholder="Loại"
        aria-label="Lọc theo loại"
        style={{ width: 120 }}
        value={value.kind}
        onChange={(kind) => set('kind', kind)}
        options={[
          { value: 'collective', label: 'Tập thể' },
          { value: 'individual', label: 'Cá nhân' },
        ]}
      />
      <SearchSelect
        allowClear
        placeholder="Trạng thái"
        aria-label="Trạng thái"
        style={{ width: 180 }}
        value={value.status}
        onChange={(status) => set('status', status)}
        options={NOMINEE_STATUSES.map((status) => ({ value: status, label: NOMINEE_STATUS_LABELS[status] }))}
      />
      <SearchSelect
        aria-label="Sắp xếp"
        style={{ width: 190 }}
        value={value.sort}
        onChange={(sort) => set('sort', sort)}
        options={[
          { value: 'unit', label: 'Sắp theo đơn vị' },
          { value: 'name', label: 'Sắp theo tên' },
        ]}
      />
      <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}>
        <Switch checked={value.withWarnings} onChange={(on) => set('withWarnings', on)} />
        Chỉ đề cử còn cảnh báo
      </label>
      <Tag>{total.toLocaleString('vi-VN')} đề cử</Tag>
      {total > loaded && <Tag>{loadingMore ? 'Đang tải thêm…' : `Đã tải ${loaded.toLocaleString('vi-VN')}: cuộn xuống để xem tiếp`}</Tag>}
    </Space>
  );
}
