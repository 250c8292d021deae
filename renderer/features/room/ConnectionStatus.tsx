import type { RoomConnection } from './roomTransport';

/** Online or not, and how many captures wait: in words, never by colour alone. */
export function ConnectionStatus({ connection, waiting }: { connection: RoomConnection; waiting: number }) {
  const online = connection.state === 'online';
  const label = online
    ? 'Connected to the room'
    : connection.state === 'connecting'
      ? 'Connecting…'
      : 'Offline';
  const waits =
    waiting === 0
      ? online
        ? 'Everything is sent.'
        : 'Nothing waits to be sent.'
      : `${waiting} ${waiting === 1 ? 'change waits' : 'changes wait'} to be sent${online ? '…' : ' when the room is back.'}`;
  return (
    <p className={`note-taker__status note-taker__status--${online ? 'online' : 'offline'}`} role="status">
      <strong>{label}.</strong> {waits}
    </p>
  );
}
