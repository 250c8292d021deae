import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../store/useApp';
import { MeetingRow } from './MeetingRow';
import { useNow } from './useNow';

/**
 * The library's rows, one tab stop for the whole list (roving tabindex): ↑/↓/Home/End move,
 * Enter opens, F2 renames, Delete or Backspace asks to delete.
 */
export function MeetingList() {
  const ids = useApp(useShallow((state) => state.meetings.ids));
  const selectedId = useApp((state) => state.selection.id);
  const focusRequest = useApp((state) => state.selection.focusRequest);
  const selectMeeting = useApp((state) => state.selectMeeting);
  const openMeetingDialog = useApp((state) => state.openMeetingDialog);
  const nowMs = useNow();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Starts at 0, so that a request made before the list mounted (back from a meeting) is honoured.
  const handledFocusRequest = useRef(0);

  const tabStopId = selectedId !== null && ids.includes(selectedId) ? selectedId : (ids[0] ?? null);

  useEffect(() => {
    if (handledFocusRequest.current === focusRequest) return;
    handledFocusRequest.current = focusRequest;
    if (tabStopId !== null) buttons.current.get(tabStopId)?.focus();
  }, [focusRequest, tabStopId]);

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>, id: string) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = ids.indexOf(id);
    const moveTo = (target: number) => {
      const next = ids[Math.max(0, Math.min(ids.length - 1, target))];
      if (next !== undefined) selectMeeting(next, { focus: true });
    };
    switch (event.key) {
      case 'ArrowDown':
        moveTo(index + 1);
        break;
      case 'ArrowUp':
        moveTo(index - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(ids.length - 1);
        break;
      case 'F2':
        openMeetingDialog({ kind: 'rename', id });
        break;
      case 'Delete':
      case 'Backspace':
        openMeetingDialog({ kind: 'delete', id });
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <ul className="meeting-list" aria-label="Meetings, most recently changed first">
      {ids.map((id) => (
        <MeetingRow
          key={id}
          id={id}
          isTabStop={id === tabStopId}
          nowMs={nowMs}
          openRef={(element) => {
            if (element) buttons.current.set(id, element);
            else buttons.current.delete(id);
          }}
          onKeyDown={(event) => handleKeyDown(event, id)}
        />
      ))}
    </ul>
  );
}
