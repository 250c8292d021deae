import { useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { buildBridge } from '../../../shared/contract/bridge';
import { roomCodeOfHash, type RoomJoin } from '../../../shared/contract/room';
import { storedDrafts } from './drafts';
import { JoinForm } from './JoinForm';
import {
  readJoinDetails,
  roomStorageKey,
  saveJoinDetails,
  storedSession,
  keepRoomStorageKey,
} from './joinDetails';
import { createNoteTakerStore } from './noteTakerStore';
import { NoteTakerView } from './NoteTakerView';
import { createRoomTransport } from './roomTransport';

/**
 * A connection to the room: the WebSocket transport, the bridge over it, and the page's store,
 * over what this browser keeps for the room under `meetingKey` (roomStorageKey).
 */
function connect(join: RoomJoin, code: string, storage: Storage, meetingKey = roomStorageKey(storage, code)) {
  const session = storedSession(storage, meetingKey);
  const room = createRoomTransport({ pageUrl: window.location.href, code, join, session });
  const api = buildBridge(room.transport);
  const store = createNoteTakerStore({ api, room, meetingKey, storage });
  // Typed but not yet submitted: kept per room (one meeting each), like the outbox.
  const drafts = storedDrafts(storage, meetingKey);
  room.start();
  return { room, store, join, drafts, meetingKey };
}

type Session = ReturnType<typeof connect>;

/**
 * The note-taker page served by the room (renderer/room.html). The join link's fragment holds
 * the room code; typed by hand, the code goes into the fragment too, so a reload rejoins.
 */
export function NoteTakerApp({ storage }: { storage: Storage }) {
  const [saved] = useState(() => readJoinDetails(storage));
  const [session, setSession] = useState<Session | null>(() => {
    const code = roomCodeOfHash(window.location.hash);
    return saved && code ? connect(saved, code, storage) : null;
  });

  useEffect(() => {
    if (!session) return;
    // The device's own word on the network, so a dropped Wi-Fi shows at once, not after a timeout.
    const offline = () => session.room.wentOffline();
    const online = () => session.room.cameOnline();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      session.room.stop();
    };
  }, [session]);

  const join = (details: RoomJoin, typedCode: string | null) => {
    const code = typedCode ?? roomCodeOfHash(window.location.hash);
    if (!code) return;
    saveJoinDetails(storage, details);
    if (typedCode) window.history.replaceState(null, '', `#code=${encodeURIComponent(typedCode)}`);
    // Joining again after a refusal (the code changed: a removal, the room opened again): what
    // waits to be sent, the refusals and the drafts stay this page's, under the key they have.
    if (session) keepRoomStorageKey(storage, code, session.meetingKey);
    setSession(connect(details, code, storage, session?.meetingKey));
  };

  return session ? (
    <JoinedRoom session={session} onJoin={join} />
  ) : (
    <JoinPage>
      <JoinForm
        initial={saved}
        needsCode={!roomCodeOfHash(window.location.hash)}
        refusal={null}
        onJoin={join}
      />
    </JoinPage>
  );
}

/** The note-taker's screen, or the join form again when the room refused (a wrong code, removed). */
function JoinedRoom({
  session,
  onJoin,
}: {
  session: Session;
  onJoin(join: RoomJoin, code: string | null): void;
}) {
  const connection = useStore(session.store, (state) => state.connection);
  if (connection.state !== 'refused') {
    return (
      <main>
        <NoteTakerView
          store={session.store}
          clock={session.room}
          name={session.join.name}
          drafts={session.drafts}
        />
      </main>
    );
  }
  return (
    <JoinPage>
      <JoinForm initial={session.join} needsCode refusal={connection.message} onJoin={onJoin} />
    </JoinPage>
  );
}

function JoinPage({ children }: { children: ReactNode }) {
  return (
    <main className="note-taker note-taker--join">
      <h1>Join the meeting</h1>
      <p>What you capture here appears on the facilitator’s console and the projector.</p>
      {children}
    </main>
  );
}
