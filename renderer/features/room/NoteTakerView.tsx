import { useStore } from 'zustand';
import { CaptureForms } from './CaptureForms';
import { ConnectionStatus } from './ConnectionStatus';
import { CurrentStep } from './CurrentStep';
import { DraftsContext, type Drafts } from './drafts';
import type { NoteTakerStore } from './noteTakerStore';
import { YourCaptures } from './YourCaptures';

/** The hub's time, whatever this device's clock says (the room transport, or the app's joined room). */
export interface HubClock {
  hubNow(): number;
  hubOffsetMs(): number;
}

/**
 * The note-taker's screen: the meeting's step and timer live, the capture forms (their text kept
 * in `drafts` until submitted), and what waits. The same screen in a browser (over the room's
 * WebSocket) and inside Hindsight (over the core).
 */
export function NoteTakerView({
  store,
  clock,
  name,
  drafts,
}: {
  store: NoteTakerStore;
  clock: HubClock;
  name: string;
  drafts: Drafts;
}) {
  const connection = useStore(store, (state) => state.connection);
  const records = useStore(store, (state) => state.records);
  const waiting = useStore(store, (state) => state.waiting);
  const refused = useStore(store, (state) => state.refused);
  const mine = useStore(store, (state) => state.mine);
  const capture = useStore(store, (state) => state.capture);
  return (
    <div className="note-taker">
      <header className="note-taker__header">
        <div>
          <p className="note-taker__kicker">Hindsight · taking notes as {name}</p>
          <h1>{records ? records.meeting.title : 'Joining the meeting…'}</h1>
        </div>
        <ConnectionStatus connection={connection} waiting={waiting.length} />
      </header>
      {records ? (
        <>
          <CurrentStep records={records} hubOffsetMs={clock.hubOffsetMs()} />
          <DraftsContext.Provider value={drafts}>
            <CaptureForms records={records} capture={capture} hubNow={clock.hubNow} />
          </DraftsContext.Provider>
          <YourCaptures records={records} waiting={waiting} refused={refused} mine={mine} />
        </>
      ) : (
        <p>Waiting for the room to answer. You can capture as soon as the meeting is shown.</p>
      )}
    </div>
  );
}
