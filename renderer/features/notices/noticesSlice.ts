import type { ContractError } from '../../../shared/contract/errors';
import type { SliceCreator } from '../../store/sliceCreator';

/** A follow-up the person can take from a notice, such as "Undo" after a delete. */
export interface NoticeAction {
  label: string;
  run: () => Promise<void>;
}

export interface Notice {
  id: number;
  /** `status` is announced politely; `error` interrupts (role="alert"). */
  tone: 'status' | 'error';
  message: string;
  action?: NoticeAction;
  /** Stays until dismissed and is never pushed out, as an error: what it says is needed later (a moved file's path). */
  keep?: boolean;
}

export interface NoticesSlice {
  notices: Notice[];
  notify(notice: Omit<Notice, 'id'>): void;
  /** Shows a failed call's message; errors are never swallowed, even when no form is open. */
  reportError(error: ContractError): void;
  dismissNotice(id: number): void;
  /** Status notices belong to the screen they were raised on; errors stay until dismissed. */
  clearStatusNotices(): void;
}

// A notice with a follow-up ("Undo") stays until dismissed or pushed out: one that vanishes on a
// timer is unusable for someone who needs more time (WCAG 2.2.1). A plain "done" goes by itself,
// so a run of "Parked …" notices does not pile up for the rest of the meeting.
const MAX_STATUS_NOTICES = 3;
export const STATUS_NOTICE_MS = 6000;

/**
 * `notice` added to `notices`. Only status notices push out older ones: an error (and a notice
 * to `keep`) stays until dismissed, whatever comes after it, since it may hold the only copy of
 * what was typed (a refused autosave). The same error again (every call failing while the disk
 * is full) is shown once, moved to the end.
 */
function withNotice(notices: readonly Notice[], notice: Notice): Notice[] {
  if (notice.tone === 'error' || notice.keep) {
    const others = notices.filter((shown) => shown.tone !== notice.tone || shown.message !== notice.message);
    return [...others, notice];
  }
  const statuses = notices.filter((shown) => shown.tone === 'status' && !shown.keep);
  const pushedOut = new Set(statuses.slice(0, Math.max(0, statuses.length + 1 - MAX_STATUS_NOTICES)));
  return [...notices.filter((shown) => !pushedOut.has(shown)), notice];
}

export const createNoticesSlice: SliceCreator<NoticesSlice> = (set, get) => {
  let nextId = 1;
  return {
    notices: [],
    notify(notice) {
      const id = nextId++;
      set((state) => ({ notices: withNotice(state.notices, { ...notice, id }) }));
      if (notice.tone === 'status' && !notice.action && !notice.keep)
        setTimeout(() => get().dismissNotice(id), STATUS_NOTICE_MS);
    },
    reportError(error) {
      get().notify({ tone: 'error', message: error.message });
    },
    dismissNotice(id) {
      set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
    },
    clearStatusNotices() {
      set((state) => ({ notices: state.notices.filter((notice) => notice.tone === 'error') }));
    },
  };
};
