import { useId, type ReactElement, type ReactNode } from 'react';
import { useFittingWindow } from './useFittingWindow';

interface FittedListProps<Item> {
  title: ReactNode;
  /** The entries; `renderItem` returns each one's `<li>` (with its key). */
  items: readonly Item[];
  renderItem(item: Item, index: number): ReactElement;
  /** The entry that must stay on screen (see fitWindow). */
  anchor: number;
  after?: number;
  /** What the entries are drawn from: a new value re-measures them (see useFittingWindow). */
  content: unknown;
  /** Says what did not fit, e.g. "+ 12 earlier events"; null when nothing needs saying. */
  hiddenNote(before: number, after: number): string | null;
  /** Shown instead of the list when there are no entries. */
  empty?: string;
  className?: string;
}

/**
 * A headed list on the projector that shows the entries fitting its box, whole, and says how
 * many others there are in its heading row (where the note takes no room from the entries).
 */
export function FittedList<Item>({
  title,
  items,
  renderItem,
  anchor,
  after,
  content,
  hiddenNote,
  empty,
  className,
}: FittedListProps<Item>) {
  const headingId = useId();
  const { listRef, window } = useFittingWindow(items.length, { anchor, after }, content);
  const note = hiddenNote(window.from, items.length - window.to);
  return (
    <section className={['projector-list', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <div className="projector-list__head">
        <h2 id={headingId}>{title}</h2>
        {note ? <p className="projector-list__more">{note}</p> : null}
      </div>
      {items.length === 0 ? (
        empty ? (
          <p className="projector-list__empty">{empty}</p>
        ) : null
      ) : (
        <ol ref={listRef} className="projector-list__items" start={window.from + 1}>
          {items.slice(window.from, window.to).map((item, offset) => renderItem(item, window.from + offset))}
        </ol>
      )}
    </section>
  );
}

/** "1 note", "12 notes". */
export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/**
 * A `hiddenNote` for a list anchored at its newest entry: "+ 3 earlier notes" when older ones
 * did not fit, nothing otherwise.
 */
export function earlierNote(one: string, many: string): (before: number) => string | null {
  return (before) => (before > 0 ? `+ ${countOf(before, one, many)}` : null);
}
