import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A callback whose identity never changes but which always runs the latest `callback`: what a
 * memoised row (React.memo) needs as its handler, so a list's re-render after one record
 * changed does not re-render every row just because its closures are new (issue #16).
 * Only for event handlers: it reads the latest render's values, never during rendering.
 */
export function useStableCallback<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
