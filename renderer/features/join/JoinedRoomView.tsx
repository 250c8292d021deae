import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { JoinStatus } from '../../../shared/contract/join';
import { Button } from '../../components/Button';
import { useApp } from '../../store/useApp';
import { storedDrafts } from '../room/drafts';
import { NoteTakerView } from '../room/NoteTakerView';
import { FindRoom } from './JoinRoomScreen';

/**
 * The room joined: the note-taker's view over this app's core (its copy of the meeting and its
 * outbox in this app's database), leaving, and joining again when the room refused (it closed
 * and opened with a new code, or the code was wrong).
 */
export function JoinedRoomView({ status }: { status: JoinStatus }) {
  const leaveRoom = useApp((state) => state.leaveRoom);
  const joinedNoteTaker = useApp((state) => state.joinedNoteTaker);
  // What the core refused and what is typed but not yet submitted: kept across a window reload,
  // as the browser's page keeps them.
  const [joined] = useState(() => joinedNoteTaker(status, window.localStorage));
  const [drafts] = useState(() => storedDrafts(window.localStorage, status.meetingId));
  useEffect(() => joined.stop, [joined]);
  const title = useStore(joined.store, (state) => state.records?.meeting.title ?? 'this meeting');
  const waiting = status.waiting.length;
  return (
    <div className="join-room__joined">
      <div className="join-room__leave">
        <p>
          Leaving keeps your copy of “{title}” in the library
          {waiting > 0 ? `, with the ${waiting} ${waiting === 1 ? 'capture' : 'captures'} not sent yet` : ''}.
        </p>
        <Button onClick={() => void leaveRoom()}>Leave the room</Button>
      </div>
      {status.connection.state === 'refused' ? (
        <section className="join-room__rejoin" aria-label="Join again">
          <p role="alert">
            {status.connection.message} Keep capturing: it is kept here. To send it, join again.
          </p>
          <FindRoom retryOf={status} />
        </section>
      ) : null}
      <NoteTakerView store={joined.store} clock={joined.clock} name={status.name} drafts={drafts} />
    </div>
  );
}
