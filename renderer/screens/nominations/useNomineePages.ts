import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract.ts';
import type { Nominee } from '../../../shared/api/areas/nominees.ts';
import { call, errorMessage } from '../../app/api.ts';

const PAGE = 50;

export interface NomineePages {
  items: Nominee[];
  total: number;
  /** The first page of these filters is not in yet. */
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
  /** Asks for the next page when the list is scrolled near its end; does nothing when all are shown. */
  loadMore: () => void;
  reload: () => void;
}

/**
 * The nominee list a page at a time: the first page when the filters change, the next ones as
 * the user scrolls, so a list of any length scrolls without loading it all at once.
 */
export function useNomineePages(query: Omit<MethodInput<'nominees.list'>, 'limit' | 'offset'>): NomineePages {
  const key = JSON.stringify(query);
  const [state, setState] = useState<{ key: string; version: number; items: Nominee[]; total: number; error: string | null; more: boolean }>({
    key: '',
    version: -1,
    items: [],
    total: 0,
    error: null,
    more: false,
  });
  const [version, setVersion] = useState(0);
  const asking = useRef<string | null>(null);

  const fetchPage = useCallback(
    (offset: number, replace: boolean, forVersion: number, limit = PAGE) => {
      const request = `${key}|${forVersion}|${offset}`;
      if (asking.current === request) return;
      asking.current = request;
      call('nominees.list', { ...(JSON.parse(key) as typeof query), limit, offset })
        .then((page) => {
          if (asking.current !== request) return;
          asking.current = null;
          setState((previous) => {
            const fresh = replace || previous.key !== key || previous.version !== forVersion;
            // A page is added only where it belongs: one asked for from an older length is dropped.
            if (!fresh && offset !== previous.items.length) return { ...previous, more: false };
            return { key, version: forVersion, items: fresh ? page.items : [...previous.items, ...page.items], total: page.total, error: null, more: false };
          });
        })
        .catch((failure: unknown) => {
          if (asking.current !== request) return;
          asking.current = null;
          // A first page that fails shows nothing rather than the rows of the filters before.
          setState((previous) =>
            replace || previous.key !== key
              ? { key, version: forVersion, items: [], total: 0, error: errorMessage(failure), more: false }
              : { ...previous, error: errorMessage(failure), more: false },
          );
        });
    },
    [key],
  );

  // After an edit the list comes back as long as it was, so the row just edited stays in view.
  const shown = useRef(PAGE);
  useEffect(() => {
    shown.current = state.key === key ? Math.max(PAGE, state.items.length) : PAGE;
  }, [key, state.key, state.items.length]);
  useEffect(() => fetchPage(0, true, version, Math.min(shown.current, 2000)), [fetchPage, version]);

  const current = state.key === key && state.version === version;
  const loadMore = useCallback(() => {
    if (!current || asking.current !== null || state.items.length >= state.total) return;
    setState((previous) => ({ ...previous, more: true }));
    fetchPage(state.items.length, false, version);
  }, [current, fetchPage, state.items.length, state.total, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  return { items: state.items, total: state.total, loading: !current, loadingMore: state.more, error: state.error, loadMore, reload };
}
