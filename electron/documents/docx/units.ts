import { MM_TO_TWIPS } from '../../../shared/document/metrics.ts';

/** Word measures in twentieths of a point (twips) and font sizes in half-points. */
export const twips = (mm: number): number => Math.round(mm * MM_TO_TWIPS);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const pointsToTwips = (pt: number): number => Math.round(pt * 20);
