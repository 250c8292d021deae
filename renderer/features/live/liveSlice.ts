import type { HindsightApi, MenuCommandChoice } from '../../../shared/contract';
import type { LiveState } from '../../../shared/contract/live';
import type { Result } from '../../../shared/contract/errors';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';
import type { Meeting } from '../../../shared/types';

export type LiveSettings = Partial<Pick<Meeting, 'autoStartNextStep' | 'chimeMuted'>>;

export interface LiveSlice {
  live: {
    shortcutSheetOpen: boolean;
    /** True while a live call is on its way, so a held key does not queue a dozen moves. */
    pending: boolean;
  };
  startStep(stepId: string): Promise<void>;
  pauseStep(stepId: string): Promise<void>;
  extendStep(stepId: string, seconds: number): Promise<void>;
  goToStep(stepId: string): Promise<void>;
  nextStep(): Promise<void>;
  previousStep(): Promise<void>;
  endMeeting(): Promise<void>;
  signalMoveOn(raised: boolean): Promise<void>;
  openProjector(): Promise<void>;
  /**
   * Saves one of the meeting's console settings: whether moving to another step starts its
   * timer, and whether the time-up chime is muted. Kept on the meeting, so a restarted app
   * (or a second console) keeps them.
   */
  saveLiveSetting(patch: LiveSettings): Promise<void>;
  setShortcutSheetOpen(open: boolean): void;
  /** Listens to the console commands chosen from the native menu; returns the unsubscribe. */
  onMenuCommand(listener: (choice: MenuCommandChoice) => void): () => void;
}

/**
 * Running the meeting from the console. Every action goes through the core (one transaction
 * each) and shows the saved meeting and agenda it answers; the projector and any other window
 * applies the same records from `meetingChanged`.
 */
export function createLiveSlice(api: HindsightApi): SliceCreator<LiveSlice> {
  return (set, get) => {
    const setLive = (live: Partial<LiveSlice['live']>) =>
      set((state) => ({ live: { ...state.live, ...live } }));

    async function run(call: (meetingId: string) => Promise<Result<LiveState | null>>): Promise<void> {
      const meetingId = get().overview.meetingId;
      if (meetingId === null) return;
      setLive({ pending: true });
      const result = await settle(call(meetingId));
      setLive({ pending: false });
      if (!result.ok) return get().reportError(result.error);
      const records = get().overview.records;
      const saved = result.value;
      if (saved && records && records.meeting.id === saved.meeting.id) {
        set((state) => ({ overview: { ...state.overview, records: { ...records, ...saved } } }));
      }
    }

    return {
      live: { shortcutSheetOpen: false, pending: false },
      startStep: (stepId) => run(() => api['agenda.startStep']({ stepId })),
      pauseStep: (stepId) => run(() => api['agenda.pauseStep']({ stepId })),
      extendStep: (stepId, seconds) => run(() => api['agenda.extendStep']({ stepId, seconds })),
      goToStep: (stepId) => run((meetingId) => api['agenda.goToStep']({ meetingId, stepId })),
      nextStep: () => run((meetingId) => api['agenda.next']({ meetingId })),
      previousStep: () => run((meetingId) => api['agenda.previous']({ meetingId })),
      endMeeting: () => run((meetingId) => api['meetings.endMeeting']({ meetingId })),
      signalMoveOn: (raised) => run((meetingId) => api['meetings.signalMoveOn']({ meetingId, raised })),
      openProjector: () => run((meetingId) => api['windows.openProjector']({ meetingId })),
      async saveLiveSetting(patch) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null) return;
        const result = await settle(api['meetings.update']({ id: meetingId, patch }));
        if (!result.ok) return get().reportError(result.error);
        const records = get().overview.records;
        if (records?.meeting.id === meetingId) {
          set((state) => ({
            overview: { ...state.overview, records: { ...records, meeting: result.value } },
          }));
        }
      },
      setShortcutSheetOpen: (open) => setLive({ shortcutSheetOpen: open }),
      onMenuCommand: (listener) => api.on('menuCommandChosen', listener),
    };
  };
}
