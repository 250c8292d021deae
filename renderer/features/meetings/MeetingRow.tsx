import { useId, type KeyboardEvent, type Ref } from 'react';
import { useApp } from '../../store/useApp';
import { Button } from '../../components/Button';
import { formatExact, formatRelative } from './formatTime';
import { OverdueBadge } from '../follow-through/OverdueBadge';
import { SeverityBadge, StatusBadge } from './SeverityBadge';

interface MeetingRowProps {
  id: string;
  /** The row that holds the list's single tab stop (roving tabindex). */
  isTabStop: boolean;
  nowMs: number;
  openRef: Ref<HTMLButtonElement>;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/**
 * One meeting: the row itself is a button that opens it (named by the title, described by the
 * details), followed by its actions. Only the tab-stop row's controls are in the tab order, so
 * Tab leaves the list after the current row instead of walking every row's buttons.
 */
export function MeetingRow({ id, isTabStop, nowMs, openRef, onKeyDown }: MeetingRowProps) {
  const meeting = useApp((state) => state.meetings.byId[id]);
  const openMeeting = useApp((state) => state.openMeeting);
  const selectMeeting = useApp((state) => state.selectMeeting);
  const openMeetingDialog = useApp((state) => state.openMeetingDialog);
  const duplicateMeeting = useApp((state) => state.duplicateMeeting);
  const titleId = useId();
  const detailsId = useId();
  if (!meeting) return null;

  const tabIndex = isTabStop ? 0 : -1;
  const openItems = meeting.openActionItems;
  return (
    <li className={`meeting-row${isTabStop ? ' meeting-row--current' : ''}`}>
      <button
        type="button"
        ref={openRef}
        className="meeting-row__open"
        tabIndex={tabIndex}
        aria-labelledby={titleId}
        aria-describedby={detailsId}
        onClick={() => void openMeeting(id)}
        onFocus={() => selectMeeting(id)}
        onKeyDown={onKeyDown}
      >
        <span className="meeting-row__title" id={titleId}>
          {meeting.title}
        </span>
        <span className="meeting-row__details" id={detailsId}>
          <span className="meeting-row__incident">{meeting.incidentId || 'No incident id'}</span>
          <SeverityBadge severity={meeting.severity} />
          <StatusBadge status={meeting.status} />
          <span className="meeting-row__changed">
            Changed{' '}
            <time dateTime={new Date(meeting.updatedAt).toISOString()} title={formatExact(meeting.updatedAt)}>
              {formatRelative(meeting.updatedAt, nowMs)}
            </time>
          </span>
          <span className="meeting-row__items">
            {openItems === 1 ? '1 open action item' : `${openItems} open action items`}
          </span>
          <OverdueBadge count={meeting.overdueActionItems} />
        </span>
      </button>
      <span className="meeting-row__actions">
        <Button
          variant="quiet"
          tabIndex={tabIndex}
          aria-label={`Rename ${meeting.title}`}
          onClick={() => openMeetingDialog({ kind: 'rename', id })}
        >
          Rename
        </Button>
        <Button
          variant="quiet"
          tabIndex={tabIndex}
          aria-label={`Duplicate ${meeting.title}`}
          onClick={() => void duplicateMeeting(id)}
        >
          Duplicate
        </Button>
        <Button
          variant="quiet"
          tabIndex={tabIndex}
          aria-label={`Delete ${meeting.title}`}
          onClick={() => openMeetingDialog({ kind: 'delete', id })}
        >
          Delete
        </Button>
      </span>
    </li>
  );
}
