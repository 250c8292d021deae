import { useEffect, useRef } from 'react';
import { isOverdue, type TrackedItem } from '../../../shared/domain/actionItems/followThrough';
import { useWindow } from '../../components/useWindow';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import { FollowThroughFilters } from './FollowThroughFilters';
import { TrackedItemRow } from './TrackedItemRow';
import './followThrough.css';

/** From this many items on, only the rows in view are in the page (issue #16). */
const WINDOW_FROM = 150;
/** A row's typical height in px; rows are measured as they render. */
const ROW_ESTIMATE = 62;
const entryKey = (entry: TrackedItem) => entry.item.id;

/**
 * Follow-through across postmortems (issue #4 point 5): every action item of every meeting, most
 * pressing first, filtered the way a weekly review asks. Reached from the library's "All action
 * items"; Escape (outside a field) or "Back to meetings" returns there.
 */
export function FollowThroughView() {
  const entries = useApp((state) => state.followThrough.entries);
  const today = useApp((state) => state.followThrough.today);
  const loaded = useApp((state) => state.followThrough.loaded);
  const error = useApp((state) => state.followThrough.error);
  const close = useApp((state) => state.closeFollowThrough);
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus the heading on arrival, so a screen reader says where the person now is.
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (event.key !== 'Escape' || target.closest('input, select, textarea, dialog')) return;
      close();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [close]);

  const overdue = entries.filter((entry) => isOverdue(entry.item, today)).length;
  const windowed = entries.length >= WINDOW_FROM;
  const { scrollRef, slots, measure } = useWindow({
    items: entries,
    keyOf: entryKey,
    windowed,
    estimate: ROW_ESTIMATE,
    keep: [],
  });
  const table = (
    <table className={windowed ? 'follow-table follow-table--windowed' : 'follow-table'}>
      <caption className="visually-hidden">Action items of all meetings, most pressing first</caption>
      <thead>
        <tr>
          <th scope="col">Action item</th>
          <th scope="col">Meeting</th>
          <th scope="col">Owner</th>
          <th scope="col">Type</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {slots.map((slot) =>
          slot.kind === 'gap' ? (
            <tr key={slot.key} aria-hidden="true" className="follow-table__gap" style={{ height: slot.height }} />
          ) : (
            <TrackedItemRow
              key={slot.item.item.id}
              entry={slot.item}
              today={today}
              index={slot.index}
              measureRef={measure}
            />
          ),
        )}
      </tbody>
    </table>
  );
  return (
    <section className="screen follow-through" aria-labelledby="follow-through-title">
      <header className="screen__header">
        <h1 id="follow-through-title" ref={heading} tabIndex={-1}>
          All action items
        </h1>
        <div className="screen__actions">
          <Button onClick={close}>Back to meetings</Button>
        </div>
      </header>
      <FollowThroughFilters />
      <ErrorMessage error={error} />
      {!loaded ? <p className="muted">Loading action items…</p> : null}
      <p className="follow-through__count" aria-live="polite">
        {loaded
          ? `${entries.length} ${entries.length === 1 ? 'item' : 'items'}${overdue > 0 ? `, ${overdue} overdue` : ''}`
          : ''}
      </p>
      {loaded && entries.length === 0 ? <p className="muted">No action items match these filters.</p> : null}
      {entries.length > 0 ? (
        windowed ? (
          <div className="follow-table__scroller" ref={scrollRef}>
            {table}
          </div>
        ) : (
          table
        )
      ) : null}
    </section>
  );
}
