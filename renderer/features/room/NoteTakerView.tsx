import { useState } from 'react';
import { useStore } from 'zustand';
import { putBackIntoForm, type PutBackRefusal } from './captureDrafts';
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
 * WebSocket) and inside Hindsight (over the core). A refused capture edited to send again goes
 * back into its form's drafts, its reason beside the form until it is sent.
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
  const discard = useStore(store, (state) => state.discard);
  const [putBack, setPutBack] = useState<PutBackRefusal | null>(null);
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
            <CaptureForms
              records={records}
              hubNow={clock.hubNow}
              putBack={putBack}
              capture={(method, input) => {
                capture(method, input);
                setPutBack((shown) => (shown?.method === method ? null : shown));
              }}
            />
          </DraftsContext.Provider>
          <YourCaptures
            records={records}
            waiting={waiting}
            refused={refused}
            mine={mine}
            onDiscard={discard}
            onEdit={(failure) => {
              const put = putBackIntoForm(drafts, failure, records.meeting.timeZone);
              if (!put.ok) return put.message;
              // The refusal goes once the form's drafts hold its text, so the text is never in neither.
              if (put.stored) discard(failure.entry.id);
              setPutBack(put.putBack);
              return null;
            }}
          />
        </>
      ) : (
        <p>Waiting for the room to answer. You can capture as soon as the meeting is shown.</p>
      )}
    </div>
  );
}
