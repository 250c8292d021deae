import type { ReactNode } from 'react';
import './windowedList.css';

/**
 * The box around a windowed list or table: its scroller (`scrollerClass`, with the window's
 * scroll ref) once windowed, and the same element laid out as if absent before (display:
 * contents), so crossing the threshold (an add from the room) restyles the box and never
 * remounts the list, which threw away a row's unsaved edit.
 */
export function WindowBox({
  windowed,
  scrollerClass,
  scrollRef,
  children,
}: {
  windowed: boolean;
  scrollerClass: string;
  scrollRef: (element: HTMLElement | null) => void;
  children: ReactNode;
}) {
  return (
    <div className={windowed ? scrollerClass : 'window-box--plain'} ref={windowed ? scrollRef : undefined}>
      {children}
    </div>
  );
}
