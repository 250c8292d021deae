import type { HindsightApi, Input } from '../../../shared/contract';
import type { ParkingLotItem } from '../../../shared/types';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

export type ParkingLotPatch = Input<'parkingLot.update'>['patch'];

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
    const setItems = (meetingId: string, update: (items: ParkingLotItem[]) => ParkingLotItem[]) =>
      set((state) => {
        const records = state.overview.records;
        if (!records || records.meeting.id !== meetingId) return {};
        return {
          overview: { ...state.overview, records: { ...records, parkingLot: update(records.parkingLot) } },
        };
      });
    // Kept in the core's order (created_at, id), so an item restored by Undo returns to its place.
    const putSaved = (saved: ParkingLotItem) =>
      setItems(saved.meetingId, (items) =>
        [...items.filter((item) => item.id !== saved.id), saved].sort(
          (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
        ),
      );

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
        putSaved(result.value);
        get().notify({ tone: 'status', message: `Parked “${result.value.text}”.` });
        return true;
      },

      async updateParkingLotItem(id, patch) {
        const result = await settle(api['parkingLot.update']({ id, patch }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        putSaved(result.value);
        return true;
      },

      async removeParkingLotItem(id) {
        const result = await settle(api['parkingLot.remove']({ id }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        setItems(result.value.meetingId, (items) => items.filter((item) => item.id !== id));
        get().notify({
          tone: 'status',
          message: `Deleted parked item “${result.value.text}”.`,
          action: { label: 'Undo', run: () => get().restoreParkingLotItem(id) },
        });
        return true;
      },

      async restoreParkingLotItem(id) {
        const result = await settle(api['parkingLot.restore']({ id }));
        if (!result.ok) return get().reportError(result.error);
        putSaved(result.value);
      },
    };
  };
}
