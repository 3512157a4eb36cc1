/**
 * The app's screens, each named by its area, in the order of the campaign's phases. The domain
 * uses them to say where a problem is fixed (a warning on Tổng quan points at Kế hoạch).
 */
export const SCREEN_KEYS = ['campaigns', 'plans', 'nominations', 'nurturing', 'evaluation', 'awards', 'reports', 'settings'] as const;
export type ScreenKey = (typeof SCREEN_KEYS)[number];
