import { useApp } from '../../store/useApp';
import { CreateMeetingDialog } from './CreateMeetingDialog';
import { DeleteMeetingDialog } from './DeleteMeetingDialog';
import { RenameMeetingDialog } from './RenameMeetingDialog';

/** Whichever meeting dialog the store says is open (at most one). */
export function MeetingDialogs() {
  const dialog = useApp((state) => state.meetingDialog);
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'create':
      return <CreateMeetingDialog />;
    case 'rename':
      return <RenameMeetingDialog key={dialog.id} id={dialog.id} />;
    case 'delete':
      return <DeleteMeetingDialog key={dialog.id} id={dialog.id} />;
  }
}
