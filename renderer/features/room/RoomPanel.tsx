import { PARTICIPANT_ROLE_LABELS } from '../../../shared/domain/vocabulary';
import { CAPTURE_KINDS, type CaptureKind } from '../../../shared/contract/join';
import { specOf } from '../../../shared/contract/recordKinds';
import { useEffect, useRef, useState } from 'react';
import type { RoomParticipant, RoomReplacement, RoomStatus } from '../../../shared/contract/room';
import type { MeetingRecords } from '../../../shared/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/useApp';
import { qrImageSource } from './qrImage';
import './roomPanel.css';

const describe = (value: unknown) => (typeof value === 'string' ? `“${value}”` : JSON.stringify(value));

/** Each capture kind as the facilitator names one, and the text that tells it from the others. */
const CAPTURED: Record<CaptureKind, { noun: string; text(record: Record<string, unknown>): unknown }> = {
  timeline: { noun: 'event', text: (record) => record.description },
  actionItems: { noun: 'action item', text: (record) => record.title },
  parkingLot: { noun: 'parked remark', text: (record) => record.text },
  questionNotes: { noun: 'question note', text: (record) => record.text },
};

/** `successMeasure` → `success measure`: the field in words. */
const fieldWords = (field: string) => field.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);

/**
 * One replaced value in words: who, which field of which record, what it was and is now
 * ("Ana changed the owner of the action item “Alert on stale cache”: it was “Dana”, now “Ana”").
 */
function replacedWords(change: RoomReplacement, records: MeetingRecords | null): string {
  const kind = CAPTURE_KINDS.find((captured) => `${specOf(captured).domain}.update` === change.method);
  const record = kind
    ? (records?.[kind] as readonly Record<string, unknown>[] | undefined)?.find(
        (r) => r.id === change.recordId,
      )
    : undefined;
  const which =
    kind && record ? `the ${CAPTURED[kind].noun} ${describe(CAPTURED[kind].text(record))}` : 'a record';
  return `${change.by} changed the ${fieldWords(change.field)} of ${which}: it was ${describe(change.previous)}, now ${describe(change.next)}.`;
}

/** Who joined and what their later edits replaced. */
function RoomPeople({ status }: { status: RoomStatus }) {
  const removeFromRoom = useApp((state) => state.removeFromRoom);
  const records = useApp((state) => state.overview.records);
  // An object each time, so a second removal (even of a same-named person) moves focus again.
  const [removed, setRemoved] = useState<{ name: string } | null>(null);
  // The Remove button pressed is gone with its row: the keyboard's place moves to what it did.
  const removedNote = useRef<HTMLParagraphElement>(null);
  useEffect(() => removedNote.current?.focus(), [removed]);
  const remove = async (person: RoomParticipant) => {
    if (await removeFromRoom(person.id)) setRemoved({ name: person.name });
  };
  return (
    <>
      <h3>Who joined ({status.participants.length})</h3>
      {removed ? (
        <p className="room-panel__removed" role="status" tabIndex={-1} ref={removedNote}>
          {removed.name} was removed. The room code is now <strong>{status.code}</strong>: their device cannot
          come back with the code it had, and everyone still in the room stays in. The join code is off the
          projector; show it again with the setting above if newcomers need it.
        </p>
      ) : null}
      {status.participants.length === 0 ? <p className="muted">Nobody yet.</p> : null}
      <ul className="room-panel__people">
        {status.participants.map((person) => (
          <li key={person.id}>
            <span>
              <strong>{person.name}</strong> · {PARTICIPANT_ROLE_LABELS[person.role]}
              {person.connected ? '' : ' · offline'}
            </span>
            <Button variant="danger" onClick={() => void remove(person)} aria-label={`Remove ${person.name}`}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      {status.replacements.length > 0 ? (
        <>
          <h3>Replaced by a later edit</h3>
          <ul className="room-panel__replaced">
            {status.replacements.map((change) => (
              <li key={`${change.recordId}:${change.field}:${change.at}`}>
                {replacedWords(change, records)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/**
 * The room panel on the console: the join address, the room code to type, the QR code to scan,
 * who joined (with Remove), and closing the room. The room stays open when the panel closes.
 */
export function RoomPanel({ meetingId }: { meetingId: string }) {
  const status = useApp((state) => state.room.status);
  const pending = useApp((state) => state.room.pending);
  const closeRoom = useApp((state) => state.closeRoom);
  const showRoomOnProjector = useApp((state) => state.showRoomOnProjector);
  const setRoomPanelOpen = useApp((state) => state.setRoomPanelOpen);
  const close = () => setRoomPanelOpen(false);
  const ours = status?.meetingId === meetingId ? status : null;
  return (
    <Dialog title="The room" onClose={close} className="dialog--wide room-panel">
      {ours ? (
        <div className="room-panel__body">
          <img
            className="room-panel__qr"
            src={qrImageSource(ours.qrSvg)}
            alt={`QR code of the join link ${ours.joinUrl}`}
          />
          <div>
            <p>Note-takers open this address on the same network, or scan the code:</p>
            <p className="room-panel__address">
              <code>{ours.address}</code>
            </p>
            <p>
              Room code: <strong className="room-panel__code">{ours.code}</strong>
            </p>
            <p className="muted">
              {ours.advertised
                ? 'Announced on this network (mDNS, _hindsight._tcp) as well.'
                : 'Not announced on the network: share the address.'}
            </p>
            <label className="room-panel__setting">
              <input
                type="checkbox"
                checked={ours.qrOnProjector}
                onChange={(event) => void showRoomOnProjector(event.target.checked)}
              />{' '}
              Show the join code on the projector’s Opening step
            </label>
            <RoomPeople status={ours} />
          </div>
        </div>
      ) : (
        <p role="status">
          {pending
            ? 'Opening the room…'
            : status
              ? 'A room is open for another meeting.'
              : 'The room is closed.'}
        </p>
      )}
      <div className="dialog__buttons">
        {ours ? (
          <Button variant="danger" onClick={() => void closeRoom()} disabled={pending}>
            Close the room
          </Button>
        ) : null}
        <Button onClick={close}>Done</Button>
      </div>
    </Dialog>
  );
}

/** The room panel while the console has it open. */
export function RoomPanelHost({ meetingId }: { meetingId: string }) {
  const panelOpen = useApp((state) => state.room.panelOpen);
  return panelOpen ? <RoomPanel meetingId={meetingId} /> : null;
}
