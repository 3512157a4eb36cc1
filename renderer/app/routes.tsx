import type { ReactNode } from 'react';
import {
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FileTextOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';

/** The sidebar follows the campaign's phases (DESIGN.md), then the settings. */
export const SCREENS = [
  { key: 'tong-quan', label: 'Tổng quan', icon: <DashboardOutlined /> },
  { key: 'ke-hoach', label: 'Kế hoạch', icon: <FileTextOutlined /> },
  { key: 'de-cu', label: 'Đề cử', icon: <TeamOutlined /> },
  { key: 'boi-duong', label: 'Bồi dưỡng', icon: <AuditOutlined /> },
  { key: 'danh-gia', label: 'Đánh giá – Khen thưởng', icon: <TrophyOutlined /> },
  { key: 'bao-cao', label: 'Báo cáo', icon: <BarChartOutlined /> },
  { key: 'cai-dat', label: 'Cài đặt', icon: <SettingOutlined /> },
] as const satisfies readonly { key: string; label: string; icon: ReactNode }[];

export type ScreenKey = (typeof SCREENS)[number]['key'];

export function isScreenKey(value: string): value is ScreenKey {
  return SCREENS.some((screen) => screen.key === value);
}
