import * as z from 'zod';

/**
 * Sổ vàng: everyone ever nominated, across campaigns, with each campaign's outcome. One person
 * (or collective) is the same folded name, kind and birth year in every campaign: a unit renamed
 * keeps its records, and a nominee moved to a merged unit is still found.
 */
export const historyEntrySchema = z.object({
  /** The nominee of a campaign of the app; null for a row of the office's earlier lists. */
  nomineeId: z.number().nullable(),
  campaignId: z.number().nullable(),
  /** Where the entry comes from: a campaign run in the app, or an imported earlier award list. */
  source: z.enum(['campaign', 'earlier-list']),
  year: z.number(),
  unit: z.string(),
  status: z.string(),
  /** The form awarded and its decision ("Giấy khen …", "03/QĐ-BDT ngày 10/12/2024"), or null. */
  award: z.string().nullable(),
  decision: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyPersonSchema = z.object({
  name: z.string(),
  kind: z.enum(['individual', 'collective']),
  birthYear: z.number().nullable(),
  entries: z.array(historyEntrySchema),
});
export type HistoryPerson = z.infer<typeof historyPersonSchema>;

/**
 * The people a Sổ vàng search shows at most: a common family name over twenty years names
 * hundreds, each with a record a year; past this the user is asked to type more.
 */
export const HISTORY_LIMIT = 50;

/** What the "awarded before" rule names of an earlier award. */
export type EarlierAward = Pick<HistoryEntry, 'year' | 'award' | 'decision'>;

/** "đã được khen năm 2024 (QĐ số 03/QĐ-BDT ngày 10/12/2024): Giấy khen …": an earlier award in one line. */
export function earlierAwardLine(entry: EarlierAward): string {
  return `Đã được khen năm ${entry.year}${entry.decision ? ` (QĐ số ${entry.decision})` : ''}${entry.award ? `: ${entry.award}` : ''}`;
}
