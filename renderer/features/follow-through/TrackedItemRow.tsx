import { memo } from 'react';
import { isOverdue, type TrackedItem } from '../../../shared/domain/actionItems/followThrough';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  ACTION_TYPE_LABELS,
  type ActionStatus,
} from '../../../shared/domain/vocabulary';
import { useApp } from '../../store/useApp';

interface TrackedItemRowProps {
  entry: TrackedItem;
  today: string;
  /** Its place in the (possibly windowed) table, which the window measures by. */
  index: number;
  measureRef?: ((element: Element | null) => void) | undefined;
}

/**
 * One action item with the meeting it came from. The status is edited right here (that is what
 * a follow-up does); the meeting's name opens the meeting. A late item says "Overdue" in words.
 * Memoised on its entry: a status change re-renders that row only.
 */
export const TrackedItemRow = memo(function TrackedItemRow({ entry, today, index, measureRef }: TrackedItemRowProps) {
  const setStatus = useApp((state) => state.setTrackedItemStatus);
  const openMeeting = useApp((state) => state.openMeeting);
  const { item, meeting } = entry;
  const late = isOverdue(item, today);
  return (
    <tr ref={measureRef} data-index={index} className={late ? 'tracked-item tracked-item--overdue' : 'tracked-item'}>
      <th scope="row" className="tracked-item__title">
        {item.title}
      </th>
      <td>
        <button type="button" className="link-button" onClick={() => void openMeeting(meeting.id)}>
          {meeting.incidentId ? `${meeting.incidentId} · ${meeting.title}` : meeting.title}
        </button>
      </td>
      <td>{item.owner || <span className="muted">No owner</span>}</td>
      <td>{ACTION_TYPE_LABELS[item.type]}</td>
      <td className="tracked-item__due">
        {item.dueDate ? (
          <time dateTime={item.dueDate}>{item.dueDate}</time>
        ) : (
          <span className="muted">No date</span>
        )}
        {late ? <span className="overdue-badge">Overdue</span> : null}
      </td>
      <td>
        <select
          aria-label={`Status of “${item.title}”`}
          value={item.status}
          onChange={(event) => void setStatus(item.id, event.target.value as ActionStatus)}
        >
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ACTION_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
});
