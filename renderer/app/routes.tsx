import type { ComponentType, ReactNode } from 'react';
import {
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  GiftOutlined,
  FileTextOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { SameType } from '../../shared/domain/same-type.ts';
import { SCREEN_KEYS, type ScreenKey } from '../../shared/domain/screens.ts';
import { upcoming } from '../components/UpcomingScreen.tsx';
import { OverviewScreen } from '../screens/campaigns/OverviewScreen.tsx';
import { NominationsScreen } from '../screens/nominations/NominationsScreen.tsx';
import { PlanScreen } from '../screens/plans/PlanScreen.tsx';
import { NurturingScreen } from '../screens/nurturing/NurturingScreen.tsx';
import { EvaluationScreen } from '../screens/evaluation/EvaluationScreen.tsx';
import { AwardsScreen } from '../screens/awards/AwardsScreen.tsx';
import { SettingsScreen } from '../screens/settings/SettingsScreen.tsx';

export type { ScreenKey };
export type Navigate = (screen: ScreenKey, tab?: string) => void;

/** What the shell gives every screen. `campaignId` is the campaign chosen in the header. */
export interface ScreenProps {
  campaignId: number;
  tab: string | null;
  navigate: Navigate;
}

export interface Route {
  key: ScreenKey;
  label: string;
  icon: ReactNode;
  component: ComponentType<ScreenProps>;
  /** Alt+<digit>, in sidebar order. */
  shortcut: string;
  /** A screen of reference data that needs no campaign (Cài đặt). */
  withoutCampaign?: boolean;
}

/**
 * The sidebar, in the order of the campaign's phases, then the settings. A new screen is its
 * folder under renderer/screens/<area>/ and one entry here.
 */
export const ROUTES = [
  { key: 'campaigns', label: 'Tổng quan', icon: <DashboardOutlined />, component: OverviewScreen, shortcut: 'Alt+1' },
  { key: 'plans', label: 'Kế hoạch', icon: <FileTextOutlined />, component: PlanScreen, shortcut: 'Alt+2' },
  { key: 'nominations', label: 'Đề cử', icon: <TeamOutlined />, component: NominationsScreen, shortcut: 'Alt+3' },
  { key: 'nurturing', label: 'Bồi dưỡng', icon: <AuditOutlined />, component: NurturingScreen, shortcut: 'Alt+4' },
  { key: 'evaluation', label: 'Đánh giá', icon: <TrophyOutlined />, component: EvaluationScreen, shortcut: 'Alt+5' },
  { key: 'awards', label: 'Khen thưởng', icon: <GiftOutlined />, component: AwardsScreen, shortcut: 'Alt+6' },
  {
    key: 'reports',
    label: 'Báo cáo',
    icon: <BarChartOutlined />,
    component: upcoming('Báo cáo', [
      'Báo cáo kết quả, thống kê theo đơn vị, dân tộc, giới tính, lĩnh vực',
      'Bản tổng hợp gửi từng đơn vị qua email',
    ]),
    shortcut: 'Alt+7',
  },
  { key: 'settings', label: 'Cài đặt', icon: <SettingOutlined />, component: SettingsScreen, shortcut: 'Alt+8', withoutCampaign: true },
] as const satisfies readonly Route[];

// Every screen the domain can point at has exactly one entry.
const everyScreenRouted: SameType<(typeof ROUTES)[number]['key'], ScreenKey> = true;
void everyScreenRouted;

export function isScreenKey(value: string): value is ScreenKey {
  return (SCREEN_KEYS as readonly string[]).includes(value);
}

export function routeOf(key: ScreenKey): Route {
  return ROUTES.find((route) => route.key === key) ?? ROUTES[0];
}
