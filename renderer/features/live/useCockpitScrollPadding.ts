import { useEffect, useRef } from 'react';

/**
 * Keeps the screen's scroller's `scroll-padding-top` at the sticky cockpit's height, so a field
 * the browser scrolls to on focus (Tab into the event table, a coach hint's field) stops below
 * the timer and controls instead of under them (issue #12).
 */
export function useCockpitScrollPadding<E extends HTMLElement>() {
  const cockpit = useRef<E>(null);
  useEffect(() => {
    const element = cockpit.current;
    const scroller = element?.closest<HTMLElement>('.app-scroll');
    // jsdom has no layout and no ResizeObserver: nothing to measure there.
    if (!element || !scroller || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      scroller.style.scrollPaddingTop = `${element.getBoundingClientRect().height}px`;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      scroller.style.scrollPaddingTop = '';
    };
  }, []);
  return cockpit;
}
