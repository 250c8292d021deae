import { useState } from 'react';
import type { ContractError } from '../../../shared/contract/errors';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';

/**
 * Asks before deleting, naming the meeting. Cancel has the initial focus, so a stray Enter
 * (or a second Delete press) never deletes; the notice afterwards offers Undo.
 */
export function DeleteMeetingDialog({ id }: { id: string }) {
  const title = useApp((state) => state.meetings.byId[id]?.title ?? 'this meeting');
  const deleteMeeting = useApp((state) => state.deleteMeeting);
  const closeMeetingDialog = useApp((state) => state.closeMeetingDialog);
  const [error, setError] = useState<ContractError | null>(null);
  const [pending, setPending] = useState(false);

  async function confirm() {
    setPending(true);
    const result = await deleteMeeting(id);
    if (result.ok) return;
    setPending(false);
    setError(result.error);
  }

  return (
    <Dialog title={`Delete “${title}”?`} onClose={closeMeetingDialog} role="alertdialog">
      <p className="dialog__text">
        The meeting and everything recorded in it leave the library. You can undo this right after.
      </p>
      <ErrorMessage error={error} />
      <div className="dialog__buttons">
        <Button data-autofocus onClick={closeMeetingDialog}>
          Cancel
        </Button>
        <Button variant="danger" disabled={pending} onClick={() => void confirm()}>
          {pending ? 'Deleting…' : 'Delete meeting'}
        </Button>
      </div>
    </Dialog>
  );
}
