import { lazy, type ComponentType, type ReactNode } from 'react';
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

// Each screen is its own chunk, loaded when first opened: the app starts with the shell only, and
// the editors, charts and their libraries arrive with the screen that needs them.
const OverviewScreen = lazy(() => import('../screens/campaigns/OverviewScreen.tsx').then((m) => ({ default: m.OverviewScreen })));
const PlanScreen = lazy(() => import('../screens/plans/PlanScreen.tsx').then((m) => ({ default: m.PlanScreen })));
const NominationsScreen = lazy(() =>
  import('../screens/nominations/NominationsScreen.tsx').then((m) => ({ default: m.NominationsScreen })),
);
const NurturingScreen = lazy(() => import('../screens/nurturing/NurturingScreen.tsx').then((m) => ({ default: m.NurturingScreen })));
const EvaluationScreen = lazy(() => import('../screens/evaluation/EvaluationScreen.tsx').then((m) => ({ default: m.EvaluationScreen })));
const AwardsScreen = lazy(() => import('../screens/awards/AwardsScreen.tsx').then((m) => ({ default: m.AwardsScreen })));
const ReportsScreen = lazy(() => import('../screens/reports/ReportsScreen.tsx').then((m) => ({ default: m.ReportsScreen })));
const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen.tsx').then((m) => ({ default: m.SettingsScreen })));

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
    component: ReportsScreen,
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
