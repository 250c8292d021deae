import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from './afterPaint';

/**
 * `value` as the page last painted it: a change reaches the caller in a render after the frame
 * that painted the change, never before (issue #16). For what walks a whole meeting and is not
 * what a person typing looks at (red flags, the strip, the readiness of every action item).
 * React's useDeferredValue renders the deferred value in the very next task, which ran before
 * the keypress's frame whenever the frame was a few milliseconds off, and held its paint back by
 * what that render took. The render here is a transition, so a keypress interrupts it rather
 * than waiting for it. On the first render `value` is shown as it is.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    let current = true;
    void afterPaint().then(() => {
      if (current) startTransition(() => setPainted(() => value));
    });
    return () => {
      current = false;
    };
  }, [value]);
  return painted;
}
