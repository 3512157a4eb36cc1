import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract.ts';
import type { Nominee } from '../../../shared/domain/nominees.ts';
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

interface PagesState {
  /** The filters and reload count the items belong to. */
  key: string;
  version: number;
  items: Nominee[];
  total: number;
  error: string | null;
  more: boolean;
}

/**
 * The nominee list a page at a time: the first page when the filters change, the next ones as
 * the user scrolls, so a list of any length scrolls without loading it all at once. Every request
 * has a sequence number and only the newest one's answer is used, so an answer that comes late
 * (a slow page of the filters before) can never replace or block the list of the filters now.
 */
export function useNomineePages(query: Omit<MethodInput<'nominees.list'>, 'limit' | 'offset'>): NomineePages {
  const key = JSON.stringify(query);
  const [state, setState] = useState<PagesState>({ key: '', version: -1, items: [], total: 0, error: null, more: false });
  const [version, setVersion] = useState(0);
  const newest = useRef(0);
  // What the screen shows now, for callbacks that a scroll event may call from an older render.
  const wanted = useRef({ key, version });
  useLayoutEffect(() => {
    wanted.current = { key, version };
  }, [key, version]);

  // After an edit the list comes back as long as it was, so the row just edited stays in view.
  const shown = useRef(PAGE);
  useEffect(() => {
    shown.current = state.key === key ? Math.max(PAGE, state.items.length) : PAGE;
  }, [key, state.key, state.items.length]);

  useEffect(() => {
    const sequence = ++newest.current;
    const limit = Math.min(shown.current, 2000);
    call('nominees.list', { ...(JSON.parse(key) as typeof query), limit, offset: 0 })
      .then((page) => {
        if (sequence !== newest.current) return;
        setState({ key, version, items: page.items, total: page.total, error: null, more: false });
      })
      .catch((failure: unknown) => {
        if (sequence !== newest.current) return;
        // A first page that fails shows nothing rather than the rows of the filters before.
        setState({ key, version, items: [], total: 0, error: errorMessage(failure), more: false });
      });
  }, [key, version]);

  const current = state.key === key && state.version === version;
  const loadMore = useCallback(() => {
    const now = wanted.current;
    if (!current || state.more || state.items.length >= state.total || now.key !== key || now.version !== version) return;
    const sequence = ++newest.current;
    const offset = state.items.length;
    setState((previous) => ({ ...previous, more: true }));
    call('nominees.list', { ...(JSON.parse(key) as typeof query), limit: PAGE, offset })
      .then((page) => {
        if (sequence !== newest.current) return;
        setState((previous) =>
          previous.key === key && previous.version === version && previous.items.length === offset
            ? { ...previous, items: [...previous.items, ...page.items], total: page.total, error: null, more: false }
            : { ...previous, more: false },
        );
      })
      .catch((failure: unknown) => {
        if (sequence !== newest.current) return;
        setState((previous) => ({ ...previous, error: errorMessage(failure), more: false }));
      });
  }, [current, key, version, state.more, state.items.length, state.total]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  return { items: state.items, total: state.total, loading: !current, loadingMore: state.more, error: state.error, loadMore, reload };
}
