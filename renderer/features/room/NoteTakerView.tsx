import { useStore } from 'zustand';
import { CaptureForms } from './CaptureForms';
import { ConnectionStatus } from './ConnectionStatus';
import { CurrentStep } from './CurrentStep';
import type { NoteTakerStore } from './noteTakerStore';
import type { RoomTransport } from './roomTransport';
import { YourCaptures } from './YourCaptures';

/** The note-taker's screen: the meeting's step and timer live, the capture forms, and what waits. */
export function NoteTakerView({
  store,
  room,
  name,
}: {
  store: NoteTakerStore;
  room: RoomTransport;
  name: string;
}) {
  const connection = useStore(store, (state) => state.connection);
  const records = useStore(store, (state) => state.records);
  const waiting = useStore(store, (state) => state.waiting);
  const refused = useStore(store, (state) => state.refused);
  const mine = useStore(store, (state) => state.mine);
  const capture = useStore(store, (state) => state.capture);
  return (
    <main className="note-taker">
      <header className="note-taker__header">
        <div>
          <p className="note-taker__kicker">Hindsight · taking notes as {name}</p>
          <h1>{records ? records.meeting.title : 'Joining the meeting…'}</h1>
        </div>
        <ConnectionStatus connection={connection} waiting={waiting.length} />
      </header>
      {records ? (
        <>
          <CurrentStep records={records} hubOffsetMs={room.hubOffsetMs()} />
          <CaptureForms records={records} capture={capture} hubNow={room.hubNow} />
          <YourCaptures records={records} waiting={waiting} refused={refused} mine={mine} />
        </>
      ) : (
        <p>Waiting for the room to answer. You can capture as soon as the meeting is shown.</p>
      )}
    </main>
  );
}
