/** "#/print/plan/1/3" → { campaignId: 1, issuedId: 3 }: the plan printed alone, without the shell. */
export function parsePrintRoute(hash: string): { campaignId: number; issuedId: number | null } | null {
  const match = /^#\/print\/plan\/(\d+)(?:\/(\d+))?$/u.exec(hash);
  if (!match) return null;
  return { campaignId: Number(match[1]), issuedId: match[2] ? Number(match[2]) : null };
}
