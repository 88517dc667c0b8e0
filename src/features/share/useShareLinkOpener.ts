import { useEffect } from 'react';
import { openShareLinkFromLocation } from './openShareLink';

/**
 * Opens a shared flow from the address bar (`#flow=…`) once the app has restored its own
 * document (`afterStartup` settles then), and again whenever the fragment changes, e.g. when a
 * link is pasted into the address bar of an open tab.
 */
export function useShareLinkOpener(afterStartup: () => Promise<unknown>): void {
  useEffect(() => {
    let active = true;
    const open = () => {
      if (active) openShareLinkFromLocation();
    };
    const whenStarted = () => void afterStartup().then(open, open);
    whenStarted();
    window.addEventListener('hashchange', whenStarted);
    return () => {
      active = false;
      window.removeEventListener('hashchange', whenStarted);
    };
  }, [afterStartup]);
}
