import type { FormEvent } from 'react';
import { commandOf } from '../../../shared/commands';
import { orderedSteps } from '../../../shared/domain/agenda/walk';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useTextDraft } from '../../store/textDraftsSlice';
import { useApp } from '../../store/useApp';
import { useConsoleShortcuts } from '../live/useConsoleShortcuts';
import { PARKING_LOT_BOX, selectParkingLotCaptureOpen } from './parkingLotSlice';
import './parkingLot.css';

/**
 * Ctrl/⌘+Shift+P (or the Meeting menu's item) from anywhere in the open meeting, typing
 * included: a small box that parks an off-topic remark on the current step. Enter parks it and
 * closes; the Dialog gives focus back to whatever had it, so the note-taker carries on.
 */
export function ParkingLotCapture() {
  const open = useApp(selectParkingLotCaptureOpen);
  const setOpen = useApp((state) => state.setParkingLotCaptureOpen);
  useConsoleShortcuts({ 'parkingLot.capture': () => setOpen(true) }, { whileTyping: true });
  return open ? <CaptureBox onClose={() => setOpen(false)} /> : null;
}

function CaptureBox({ onClose }: { onClose: () => void }) {
  const park = useApp((state) => state.parkRemark);
  const [text, setText] = useTextDraft(PARKING_LOT_BOX);
  const stepTitle = useApp((state) => {
    const records = state.overview.records;
    const step = orderedSteps(records?.agenda ?? []).find(
      (candidate) => candidate.id === records?.meeting.currentStepId,
    );
    return step?.title ?? null;
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    // The remark shows in the parking lot at once, marked saving, and the box closes. A refused
    // one comes back into its meeting's box (parkingLotSlice.ts), with the notice saying why.
    void park(text.trim());
    onClose();
  }

  return (
    <Dialog title="Park a remark" onClose={onClose} className="parking-capture">
      <form onSubmit={submit}>
        <label className="parking-capture__label" htmlFor="parking-capture-text">
          {stepTitle
            ? `Parked with the step “${stepTitle}”`
            : 'Parked with no step (the walk has not started)'}
        </label>
        <input
          id="parking-capture-text"
          className="parking-capture__input"
          value={text}
          maxLength={2000}
          autoComplete="off"
          data-autofocus
          onChange={(event) => setText(event.target.value)}
        />
        <p className="parking-capture__hint">
          Enter parks it, Escape cancels. ({commandOf('parkingLot.capture').shortcut.replace('Mod', 'Ctrl/⌘')}
          )
        </p>
        <div className="dialog__buttons">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={text.trim() === ''}>
            Park it
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
