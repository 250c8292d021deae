import type { HindsightApi } from '../../../shared/contract';
import type { ContractError } from '../../../shared/contract/errors';
import { formatDay } from '../../../shared/domain/actionItems/parseDueDate';
import type { TrackedItem } from '../../../shared/domain/actionItems/followThrough';
import type { ActionStatus, ActionType } from '../../../shared/domain/vocabulary';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

/** The follow-through view's filters as the controls hold them ('' = any type). */
export interface FollowThroughFilterState {
  statuses: ActionStatus[];
  owner: string;
  type: ActionType | '';
  overdue: boolean;
}

export interface FollowThroughSlice {
  followThrough: {
    /** Whether the window shows the follow-through view instead of the meetings library. */
    open: boolean;
    filter: FollowThroughFilterState;
    entries: TrackedItem[];
    /** The viewer's day the entries were loaded for: what "overdue" counted from. */
    today: string;
    loaded: boolean;
    error: ContractError | null;
  };
  openFollowThrough(): void;
  closeFollowThrough(): void;
  setFollowThroughFilter(patch: Partial<FollowThroughFilterState>): void;
  loadFollowThrough(): Promise<void>;
  /** Sets one item's status from the follow-through list; the meeting is the one changed. */
  setTrackedItemStatus(id: string, status: ActionStatus): Promise<void>;
}

export const ALL_ITEMS: FollowThroughFilterState = { statuses: [], owner: '', type: '', overdue: false };

/** Typing an owner's name does not query on every keystroke. */
const OWNER_DEBOUNCE_MS = 200;

export function createFollowThroughSlice(api: HindsightApi): SliceCreator<FollowThroughSlice> {
  return (set, get) => {
    // Loads overlap (filters change while one runs, meetingChanged arrives); the newest one wins.
    let latestLoad = 0;
    let ownerTimer: ReturnType<typeof setTimeout> | undefined;
    const patch = (followThrough: Partial<FollowThroughSlice['followThrough']>) =>
      set((state) => ({ followThrough: { ...state.followThrough, ...followThrough } }));

    return {
      followThrough: { open: false, filter: ALL_ITEMS, entries: [], today: '', loaded: false, error: null },

      openFollowThrough() {
        patch({ open: true });
        void get().loadFollowThrough();
      },

      closeFollowThrough() {
        patch({ open: false });
        // The rows' overdue counts may have changed while the list was edited.
        void get().loadMeetings();
      },

      setFollowThroughFilter(changes) {
        patch({ filter: { ...get().followThrough.filter, ...changes } });
        clearTimeout(ownerTimer);
        if ('owner' in changes) {
          ownerTimer = setTimeout(() => void get().loadFollowThrough(), OWNER_DEBOUNCE_MS);
        } else {
          void get().loadFollowThrough();
        }
      },

      async loadFollowThrough() {
        const load = ++latestLoad;
        const { filter } = get().followThrough;
        const today = formatDay(new Date());
        const result = await settle(
          api['actionItems.listAll']({
            today,
            ...(filter.statuses.length > 0 ? { statuses: filter.statuses } : {}),
            ...(filter.owner.trim() !== '' ? { owner: filter.owner.trim() } : {}),
            ...(filter.type !== '' ? { type: filter.type } : {}),
            ...(filter.overdue ? { overdue: true } : {}),
          }),
        );
        if (load !== latestLoad) return;
        if (!result.ok) return patch({ error: result.error, loaded: true });
        patch({ entries: result.value, today, loaded: true, error: null });
      },

      async setTrackedItemStatus(id, status) {
        const result = await settle(api['actionItems.update']({ id, patch: { status } }));
        if (!result.ok) return get().reportError(result.error);
        // meetingChanged reloads this list too; reloading here keeps a window without it honest.
        await get().loadFollowThrough();
      },
    };
  };
}
