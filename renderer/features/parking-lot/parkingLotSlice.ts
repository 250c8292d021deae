import type { ContractError } from '../../../shared/contract/errors';
import { reasonOf } from '../notices/reasonOf';
import { withRefusedText } from '../../store/pendingRecords';
import type { RecordPatch } from '../../store/recordActionsSlice';
import type { SliceCreator } from '../../store/sliceCreator';
import { textDraftKey } from '../../store/textDraftsSlice';

export type ParkingLotPatch = RecordPatch<'parkingLot'>;

/** The capture box's name among each meeting's add boxes (`useTextDraft`): its text is kept there. */
export const PARKING_LOT_BOX = 'parking-lot';

export interface ParkingLotSlice {
  parkingLotUi: {
    /**
     * The meeting whose capture box is open (Ctrl/⌘+Shift+P from anywhere in it), or null: the
     * box shows in that meeting only, as its text is that meeting's.
     */
    captureOpenIn: string | null;
  };
  /** Opens the capture box in the open meeting, or closes it; closing it empties it. */
  setParkingLotCaptureOpen(open: boolean): void;
  /**
   * Parks `text` on the meeting's current step (none before the walk starts): shown at once in
   * the parking lot, marked saving (`captureNewRecord`); true once saved. A refusal takes it away
   * and gives the text back to the box of the meeting it was typed in, before whatever was typed
   * into it since, and opens that box again unless a box is open in another meeting by then.
   */
  parkRemark(text: string): Promise<boolean>;
  updateParkingLotItem(id: string, patch: ParkingLotPatch): Promise<boolean>;
  /** Deletes an item (soft) and offers Undo. */
  removeParkingLotItem(id: string): Promise<boolean>;
  restoreParkingLotItem(id: string): Promise<void>;
}

/** Whether the capture box is open in the meeting shown. */
export function selectParkingLotCaptureOpen(
  state: ParkingLotSlice & { overview: { meetingId: string | null } },
) {
  const { captureOpenIn } = state.parkingLotUi;
  return captureOpenIn !== null && captureOpenIn === state.overview.meetingId;
}

/** A remark refused once its meeting was left: what it said, why, and where it waits. */
function refusedElsewhere(text: string, meeting: string, error: ContractError): string {
  return `The remark “${text}” was not parked in the meeting “${meeting}”: ${reasonOf(error)} It is kept in that meeting’s Park a remark box.`;
}

/** The parking lot of the open meeting: off-topic remarks kept with the step they came up in. */
export function createParkingLotSlice(): SliceCreator<ParkingLotSlice> {
  return (set, get) => {
    const openIn = (captureOpenIn: string | null) => set({ parkingLotUi: { captureOpenIn } });
    return {
      parkingLotUi: { captureOpenIn: null },

      setParkingLotCaptureOpen(open) {
        const closing = get().parkingLotUi.captureOpenIn;
        // What a closed box held was parked, or cancelled with Escape.
        if (!open && closing !== null) get().setTextDraft(textDraftKey(closing, PARKING_LOT_BOX), '');
        openIn(open ? get().overview.meetingId : null);
      },

      async parkRemark(text) {
        const records = get().overview.records;
        if (!records) return false;
        const meetingId = records.meeting.id;
        const result = await get().captureNewRecord('parkingLot', {
          text,
          stepId: records.meeting.currentStepId,
        });
        if (!result.ok) {
          // In another meeting by now, nothing there shows the box the text went back to.
          if (get().overview.meetingId === meetingId) get().reportError(result.error);
          else
            get().notify({
              tone: 'error',
              message: refusedElsewhere(text, records.meeting.title, result.error),
            });
          get().setTextDraft(textDraftKey(meetingId, PARKING_LOT_BOX), (typedSince) =>
            withRefusedText(text, typedSince),
          );
          if (get().parkingLotUi.captureOpenIn === null) openIn(meetingId);
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
