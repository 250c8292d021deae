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
const MAX_NOTICES = 3;
export const STATUS_NOTICE_MS = 6000;

export const createNoticesSlice: SliceCreator<NoticesSlice> = (set, get) => {
  let nextId = 1;
  return {
    notices: [],
    notify(notice) {
      const id = nextId++;
      set((state) => ({ notices: [...state.notices, { ...notice, id }].slice(-MAX_NOTICES) }));
      if (notice.tone === 'status' && !notice.action)
        setTimeout(() => get().dismissNotice(id), STATUS_NOTICE_MS);
    },
    reportError(error) {
      const id = nextId++;
      set((state) => ({
        notices: [...state.notices, { id, tone: 'error' as const, message: error.message }].slice(
          -MAX_NOTICES,
        ),
      }));
    },
    dismissNotice(id) {
      set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
    },
    clearStatusNotices() {
      set((state) => ({ notices: state.notices.filter((notice) => notice.tone === 'error') }));
    },
  };
};
