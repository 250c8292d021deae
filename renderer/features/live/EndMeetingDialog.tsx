import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

/** Ending is not undone by a key press: it pauses the timer and moves the meeting to review. */
export function EndMeetingDialog({ onConfirm, onClose }: { onConfirm: () => void; onClose: () => void }) {
  return (
    <Dialog title="End the meeting?" onClose={onClose} role="alertdialog">
      <p>The timer stops, the current step counts as done and the meeting moves to review.</p>
      <div className="dialog__buttons">
        <Button onClick={onClose} data-autofocus>
          Keep going
        </Button>
        <Button
          variant="danger"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          End meeting
        </Button>
      </div>
    </Dialog>
  );
}
