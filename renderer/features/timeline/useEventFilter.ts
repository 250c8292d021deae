import { useDeferredValue, useMemo, useState } from 'react';
import {
  filterEvents,
  NO_EVENT_FILTER,
  type EventFilter,
} from '../../../shared/domain/timeline/filterEvents';
import type { EventKind } from '../../../shared/domain/vocabulary';
import type { TimelineEvent } from '../../../shared/types';

/**
 * The event log's filter: the kinds and the text apply at once. Filtering 10,000 events costs a
 * few milliseconds, so no keystroke waits for a pause; the filtered rows render as a deferred
 * value (React's `useDeferredValue`), so the box shows each key first and a key typed while the
 * rows render interrupts that render instead of queueing behind it. Held in the section, not the
 * store, since it is a way of looking, not something the meeting records.
 */
export function useEventFilter(events: readonly TimelineEvent[]) {
  const [kinds, setKinds] = useState<readonly EventKind[]>(NO_EVENT_FILTER.kinds);
  const [text, setText] = useState('');
  const appliedText = useDeferredValue(text);

  const filter: EventFilter = useMemo(() => ({ kinds, text: appliedText }), [kinds, appliedText]);
  const shown = useMemo(() => filterEvents(events, filter), [events, filter]);

  function toggleKind(kind: EventKind) {
    setKinds((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]));
  }

  function clear() {
    setKinds([]);
    setText('');
  }

  return {
    kinds,
    text,
    setText,
    toggleKind,
    clear,
    shown,
    active: kinds.length > 0 || appliedText.trim() !== '',
  };
}

export type EventFilterState = ReturnType<typeof useEventFilter>;
