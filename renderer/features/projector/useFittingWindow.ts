import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { fitWindow, withoutOne, type FitOptions, type FitWindow } from './fitWindow';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const viewportSize = () => `${window.innerWidth}×${window.innerHeight}`;

interface Fitted {
  content: unknown;
  viewport: string;
  anchor: number;
  window: FitWindow;
}

/**
 * The entries of a list that fit its box on the projector's screen. Each time the content or the
 * screen changes, every entry is rendered once and measured (before paint, so the room never
 * sees it), then only the window that fits stays. `content` is what the entries are drawn from
 * (the meeting's records): a new value means they may have grown or wrapped differently.
 */
export function useFittingWindow(count: number, options: Omit<FitOptions, 'gap'>, content: unknown) {
  const listRef = useRef<HTMLOListElement>(null);
  const viewport = useSyncExternalStore(subscribe, viewportSize);
  const [fitted, setFitted] = useState<Fitted | null>(null);
  const { anchor, after } = options;
  const current =
    fitted && fitted.content === content && fitted.viewport === viewport && fitted.anchor === anchor
      ? fitted.window
      : null;

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const fit = (window: FitWindow) => setFitted({ content, viewport, anchor, window });
    if (current) {
      // Showing the window can change what surrounds the list (a "+ 12 earlier" note in its
      // heading row): when its entries no longer fit, one more goes.
      if (list.scrollHeight > list.clientHeight && current.to > current.from)
        fit(withoutOne(current, anchor));
      return;
    }
    const heights = Array.from(list.children, (entry) => entry.getBoundingClientRect().height);
    const available = list.clientHeight;
    const gap = Number.parseFloat(getComputedStyle(list).rowGap) || 0;
    // A box of no height means no layout to measure (a test DOM): every entry stays.
    fit(
      available > 0 ? fitWindow(heights, available, { anchor, after, gap }) : { from: 0, to: heights.length },
    );
  }, [current, content, viewport, anchor, after]);

  return { listRef, window: current ?? { from: 0, to: count } };
}
