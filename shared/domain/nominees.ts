/** Kinds of nominee the plan names: a collective (tập thể) or an individual (cá nhân). */
export const NOMINEE_KINDS = ['collective', 'individual'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
};

export const NOMINEE_STATUSES = ['de-cu', 'boi-duong', 'dat', 'khong-dat', 'khen-thuong', 'rut'] as const;
export type NomineeStatus = (typeof NOMINEE_STATUSES)[number];

export const NOMINEE_STATUS_LABELS: Record<NomineeStatus, string> = {
  'de-cu': 'Đã đề cử',
  'boi-duong': 'Đang bồi dưỡng',
  dat: 'Đạt',
  'khong-dat': 'Không đạt',
  'khen-thuong': 'Đã khen thưởng',
  rut: 'Rút khỏi danh sách',
};
