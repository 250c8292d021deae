import { withRefusedText } from '../../store/pendingRecords';
import type { RecordPatch } from '../../store/recordActionsSlice';
import type { SliceCreator } from '../../store/sliceCreator';

export type ParkingLotPatch = RecordPatch<'parkingLot'>;

export interface ParkingLotSlice {
  parkingLotUi: {
    /** The capture box (Ctrl/⌘+Shift+P from anywhere in the open meeting). */
    captureOpen: boolean;
    /** What the box holds: kept here, so a refused remark can come back into it after it closed. */
    draft: string;
  };
  /** Opens or closes the capture box; closing it empties it. */
  setParkingLotCaptureOpen(open: boolean): void;
  setParkingLotDraft(text: string): void;
  /**
   * Parks `text` on the meeting's current step (none before the walk starts): shown at once in
   * the parking lot, marked saving (`captureNewRecord`); true once saved. A refusal takes it away
   * and opens the box again with the text, before whatever was typed into it since.
   */
  parkRemark(text: string): Promise<boolean>;
  updateParkingLotItem(id: string, patch: ParkingLotPatch): Promise<boolean>;
  /** Deletes an item (soft) and offers Undo. */
  removeParkingLotItem(id: string): Promise<boolean>;
  restoreParkingLotItem(id: string): Promise<void>;
}

/** The parking lot of the open meeting: off-topic remarks kept with the step they came up in. */
export function createParkingLotSlice(): SliceCreator<ParkingLotSlice> {
  return (set, get) => {
    const ui = (patch: Partial<ParkingLotSlice['parkingLotUi']>) =>
      set((state) => ({ parkingLotUi: { ...state.parkingLotUi, ...patch } }));
    return {
      parkingLotUi: { captureOpen: false, draft: '' },

      setParkingLotCaptureOpen: (open) => ui(open ? { captureOpen: true } : { captureOpen: false, draft: '' }),
      setParkingLotDraft: (draft) => ui({ draft }),

      async parkRemark(text) {
        const records = get().overview.records;
        if (!records) return false;
        const result = await get().captureNewRecord('parkingLot', { text, stepId: records.meeting.currentStepId });
        if (!result.ok) {
          get().reportError(result.error);
          const { captureOpen, draft } = get().parkingLotUi;
          ui({ captureOpen: true, draft: withRefusedText(text, captureOpen ? draft : '') });
          return false;
        }
        get().notify({ tone: 'status', message: `Parked “${result.value.text}”.` });
        return true;
      },

      updateParkingLotItem: (id, patch) => get().updateRecord('parkingLot', id, patch),
      removeParkingLotItem: (id) =>
        get().removeRecord('parkingLot', id, { removed: (item) => `Deleted parked item “${item.text}”.` }),
      restoreParkingLotItem: async (id) => void (await get().restoreRecord('parkingLot', id)),
    };
  };
}
