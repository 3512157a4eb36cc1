import { GENDER_LABELS, NOMINEE_KIND_LABELS, NOMINEE_STATUS_LABELS } from './nominees.ts';
import type { Nominee, NomineeKind, NomineeStatus } from './nominees.ts';

/**
 * The nominee list as it leaves the app (the .xlsx and the printed copy): the columns the screen
 * shows, with a number and the status, in this order. Widths are Excel's character widths.
 */
export const NOMINEE_LIST_COLUMNS: readonly {
  header: string;
  width: number;
  value: (nominee: Nominee, index: number) => string | number;
}[] = [
  { header: 'STT', width: 5, value: (_, index) => index + 1 },
  { header: 'Họ và tên / Tên tập thể', width: 30, value: (n) => n.name },
  { header: 'Loại', width: 9, value: (n) => NOMINEE_KIND_LABELS[n.kind] },
  { header: 'Đơn vị', width: 14, value: (n) => n.unitName },
  { header: 'Dân tộc', width: 10, value: (n) => n.ethnicity ?? '' },
  { header: 'Giới tính', width: 8, value: (n) => (n.gender ? GENDER_LABELS[n.gender] : '') },
  { header: 'Năm sinh', width: 8, value: (n) => n.birthYear ?? '' },
  { header: 'Lĩnh vực thành tích', width: 22, value: (n) => n.achievementField },
  { header: 'Trạng thái', width: 13, value: (n) => NOMINEE_STATUS_LABELS[n.status] },
  {
    header: 'Cảnh báo chưa xử lý',
    width: 40,
    value: (n) =>
      n.warnings
        .filter((warning) => !warning.accepted)
        .map((warning) => `- ${warning.message}`)
        .join('\n'),
  },
];

/** The filters of the list, in the words of its title line ("Đơn vị: Huyện Lục Ngạn; Loại: Cá nhân"). */
export function describeListFilters(filters: {
  unitTitle?: string | null;
  kind?: NomineeKind | undefined;
  status?: NomineeStatus | undefined;
  withWarnings?: boolean | undefined;
  search?: string | undefined;
}): string {
  const parts = [
    filters.unitTitle ? `Đơn vị: ${filters.unitTitle}` : 'Tất cả đơn vị',
    filters.kind ? `Loại: ${NOMINEE_KIND_LABELS[filters.kind]}` : null,
    filters.status ? `Trạng thái: ${NOMINEE_STATUS_LABELS[filters.status]}` : null,
    filters.withWarnings ? 'chỉ đề cử còn cảnh báo' : null,
    filters.search?.trim() ? `tên có “${filters.search.trim()}”` : null,
  ];
  return parts.filter(Boolean).join('; ');
}
