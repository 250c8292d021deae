import type { HindsightApi } from '../../../shared/contract';
import { settle } from '../../bridge/api';
import type { RecordPatch } from '../../store/recordActionsSlice';
import type { SliceCreator } from '../../store/sliceCreator';

export type ParkingLotPatch = RecordPatch<'parkingLot'>;

export interface ParkingLotSlice {
  parkingLotUi: {
    /** The capture box (Ctrl/⌘+Shift+P from anywhere in the open meeting). */
    captureOpen: boolean;
  };
  setParkingLotCaptureOpen(open: boolean): void;
  /** Parks `text` on the meeting's current step (none before the walk starts); true once saved. */
  parkRemark(text: string): Promise<boolean>;
  updateParkingLotItem(id: string, patch: ParkingLotPatch): Promise<boolean>;
  /** Deletes an item (soft) and offers Undo. */
  removeParkingLotItem(id: string): Promise<boolean>;
  restoreParkingLotItem(id: string): Promise<void>;
}

/** The parking lot of the open meeting: off-topic remarks kept with the step they came up in. */
export function createParkingLotSlice(api: HindsightApi): SliceCreator<ParkingLotSlice> {
  return (set, get) => {
    return {
      parkingLotUi: { captureOpen: false },

      setParkingLotCaptureOpen: (open) =>
        set((state) => ({ parkingLotUi: { ...state.parkingLotUi, captureOpen: open } })),

      async parkRemark(text) {
        const records = get().overview.records;
        if (!records) return false;
        const result = await settle(
          api['parkingLot.add']({
            meetingId: records.meeting.id,
            text,
            stepId: records.meeting.currentStepId,
          }),
        );
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        get().showSaved([{ kind: 'parkingLot', record: result.value }]);
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
