import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CampaignSummary } from '../../shared/domain/campaigns.ts';
import { useQuery } from './useQuery.ts';

interface CampaignState {
  campaigns: CampaignSummary[];
  selected: CampaignSummary | null;
  select: (id: number) => void;
  reload: () => void;
  loading: boolean;
  error: string | null;
}

const CampaignContext = createContext<CampaignState | null>(null);
const STORAGE_KEY = 'dhtt.selectedCampaign';

function storedId(): number | null {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  return raw && /^\d+$/u.test(raw) ? Number(raw) : null;
}

/** Which campaign the screens show; remembered between sessions. Defaults to the newest. */
export function CampaignProvider({ children }: { children: ReactNode }) {
  const query = useQuery('campaigns.list', {});
  const [chosen, setChosen] = useState<number | null>(storedId);
  const campaigns = useMemo(() => query.data ?? [], [query.data]);
  const selected = campaigns.find((campaign) => campaign.id === chosen) ?? campaigns[0] ?? null;
  const select = useCallback((id: number) => {
    window.localStorage.setItem(STORAGE_KEY, String(id));
    setChosen(id);
  }, []);
  const value = useMemo(
    () => ({ campaigns, selected, select, reload: query.reload, loading: query.loading, error: query.error }),
    [campaigns, selected, select, query.reload, query.loading, query.error],
  );
  return <CampaignContext.Provider value={value}>{children}</CampaignContext.Provider>;
}

export function useCampaigns(): CampaignState {
  const state = useContext(CampaignContext);
  if (!state) throw new Error('useCampaigns outside CampaignProvider');
  return state;
}
