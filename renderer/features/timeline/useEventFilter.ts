import { useEffect, useMemo, useState } from 'react';
import {
  filterEvents,
  NO_EVENT_FILTER,
  type EventFilter,
} from '../../../shared/domain/timeline/filterEvents';
import type { EventKind } from '../../../shared/domain/vocabulary';
import type { TimelineEvent } from '../../../shared/types';

/**
 * Typing pauses shorter than this do not refilter: on a 10,000-event log each pass costs a few
 * milliseconds plus a re-render, which is felt when paid on every keystroke.
 */
const TEXT_DEBOUNCE_MS = 200;

/**
 * The event log's filter: the kinds apply at once, the text after a short pause. Held in the
 * section, not the store, since it is a way of looking, not something the meeting records.
 */
export function useEventFilter(events: readonly TimelineEvent[]) {
  const [kinds, setKinds] = useState<readonly EventKind[]>(NO_EVENT_FILTER.kinds);
  const [text, setText] = useState('');
  const [appliedText, setAppliedText] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setAppliedText(text), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const filter: EventFilter = useMemo(() => ({ kinds, text: appliedText }), [kinds, appliedText]);
  const shown = useMemo(() => filterEvents(events, filter), [events, filter]);

  function toggleKind(kind: EventKind) {
    setKinds((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]));
  }

  function clear() {
    setKinds([]);
    setText('');
    setAppliedText('');
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
