import { useCallback, useEffect, useState } from 'react';
import { isScreenKey, type ScreenKey } from './routes.tsx';

function readHash(): { screen: ScreenKey; tab: string | null } {
  const [screen = '', tab = null] = window.location.hash.replace(/^#\/?/u, '').split('/');
  return { screen: isScreenKey(screen) ? screen : 'campaigns', tab };
}

/** The screen lives in the URL hash (#/settings/units), so a reload returns to the same place. */
export function useHashRoute() {
  const [route, setRoute] = useState(readHash);
  useEffect(() => {
    const onChange = () => setRoute(readHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((screen: ScreenKey, tab?: string) => {
    window.location.hash = `#/${screen}${tab ? `/${tab}` : ''}`;
  }, []);
  return { ...route, navigate };
}

/** The raw hash, updated on every change (for routes outside the sidebar, like print views). */
export function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}
