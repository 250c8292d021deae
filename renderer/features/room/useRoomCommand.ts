import { useApp } from '../../store/useApp';

/** The console's "Open the room" command: its label says whether the room is open and who joined. */
export function useRoomCommand(meetingId: string) {
  const status = useApp((state) => state.room.status);
  const openRoom = useApp((state) => state.openRoom);
  const open = status?.meetingId === meetingId;
  const joined = open ? status.participants.filter((person) => person.connected).length : 0;
  return { label: open ? `Room · ${joined} joined` : 'Open the room', run: () => void openRoom() };
}
