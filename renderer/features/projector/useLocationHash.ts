import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The page's `location.hash`, re-rendering when it changes: an open projector window is pointed
 * at another meeting by changing only its hash, which does not reload the page.
 */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
