import { useId } from 'react';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  ACTION_TYPE_LABELS,
  ACTION_TYPES,
  type ActionType,
} from '../../../shared/domain/vocabulary';
import { useApp } from '../../store/useApp';

/**
 * The questions of a weekly follow-up, as controls: which statuses (toggle chips, none pressed =
 * all), whose (part of the owner's name), which type, only the late ones. Each control is labelled
 * and reachable with Tab; changing one reloads the list.
 */
export function FollowThroughFilters() {
  const filter = useApp((state) => state.followThrough.filter);
  const setFilter = useApp((state) => state.setFollowThroughFilter);
  const ownerId = useId();
  const typeId = useId();
  const overdueId = useId();

  return (
    <div className="follow-filters" role="search" aria-label="Filter the action items">
      <div className="follow-filters__statuses" role="group" aria-label="Statuses to show">
        {ACTION_STATUSES.map((status) => {
          const pressed = filter.statuses.includes(status);
          return (
            <button
              key={status}
              type="button"
              className="chip"
              aria-pressed={pressed}
              onClick={() =>
                setFilter({
                  statuses: pressed
                    ? filter.statuses.filter((s) => s !== status)
                    : [...filter.statuses, status],
                })
              }
            >
              {ACTION_STATUS_LABELS[status]}
            </button>
          );
        })}
      </div>
      <label className="follow-filters__field" htmlFor={ownerId}>
        Owner
        <input
          id={ownerId}
          type="search"
          autoComplete="off"
          placeholder="Any owner"
          value={filter.owner}
          onChange={(event) => setFilter({ owner: event.target.value })}
        />
      </label>
      <label className="follow-filters__field" htmlFor={typeId}>
        Type
        <select
          id={typeId}
          value={filter.type}
          onChange={(event) => setFilter({ type: event.target.value as ActionType | '' })}
        >
          <option value="">Any type</option>
          {ACTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {ACTION_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </label>
      <label className="follow-filters__check" htmlFor={overdueId}>
        <input
          id={overdueId}
          type="checkbox"
          checked={filter.overdue}
          onChange={(event) => setFilter({ overdue: event.target.checked })}
        />
        Overdue only
      </label>
    </div>
  );
}
