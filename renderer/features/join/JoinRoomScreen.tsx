import { useEffect, useRef, useState } from 'react';
import type { ContractError } from '../../../shared/contract/errors';
import type { JoinStatus } from '../../../shared/contract/join';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import { JoinForm } from '../room/JoinForm';
import { JoinedRoomView } from './JoinedRoomView';
import '../room/noteTaker.css';
import './join.css';

/**
 * "Join a room" from the library: the rooms heard on this network, or an address and code
 * typed by hand (guest and corporate Wi-Fi often block the multicast the list needs). Once
 * joined, the note-taker's view of the room, the same one a browser shows.
 */
export function JoinRoomScreen() {
  const status = useApp((state) => state.join.status);
  const setJoinScreenOpen = useApp((state) => state.setJoinScreenOpen);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="screen join-room" aria-labelledby="join-room-title">
      <header className="screen__header">
        <h1 id="join-room-title" ref={heading} tabIndex={-1}>
          {status ? 'In the room' : 'Join a room'}
        </h1>
        <div className="screen__actions">
          <Button onClick={() => setJoinScreenOpen(false)}>Back to the library</Button>
        </div>
      </header>
      {status ? <JoinedRoomView key={status.meetingId} status={status} /> : <FindRoom />}
    </section>
  );
}

/** Where to join: a room heard on the network fills the address in; the code is always typed. */
export function FindRoom({ retryOf }: { retryOf?: JoinStatus }) {
  const found = useApp((state) => state.join.found);
  const browsing = useApp((state) => state.join.browsing);
  const joining = useApp((state) => state.join.joining);
  const browseRooms = useApp((state) => state.browseRooms);
  const joinRoom = useApp((state) => state.joinRoom);
  const [address, setAddress] = useState(retryOf?.address ?? '');
  const [error, setError] = useState<ContractError | null>(null);

  useEffect(() => {
    if (found === null) void browseRooms();
  }, [found, browseRooms]);

  return (
    <div className="join-room__find">
      {retryOf ? null : (
        <section className="join-room__found" aria-labelledby="join-room-found">
          <h2 id="join-room-found">Rooms on this network</h2>
          {browsing ? <p role="status">Looking for rooms…</p> : null}
          {!browsing && found?.length === 0 ? (
            <p>
              No room heard here (some networks block it): type the address shown on the facilitator’s screen.
            </p>
          ) : null}
          {found && found.length > 0 ? (
            <ul className="join-room__list">
              {found.map((room) => (
                <li key={room.address}>
                  <span>
                    <strong>{room.title || room.name}</strong> <span className="muted">{room.address}</span>
                  </span>
                  <Button
                    onClick={() => setAddress(room.address)}
                    aria-label={`Use ${room.title || room.name}`}
                  >
                    Use this room
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          <Button onClick={() => void browseRooms()} disabled={browsing}>
            Look again
          </Button>
        </section>
      )}
      <section className="join-room__form" aria-label="Join by address">
        <ErrorMessage error={error} />
        <JoinForm
          initial={retryOf ? { name: retryOf.name, role: retryOf.role } : null}
          needsCode
          refusal={null}
          busy={joining}
          address={{ value: address, onChange: setAddress }}
          onJoin={(join, code, room) => {
            if (!room || !code) return;
            setError(null);
            void joinRoom({ address: room, code, name: join.name, role: join.role }).then(setError);
          }}
        />
      </section>
    </div>
  );
}
