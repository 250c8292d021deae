import { useApp } from '../../store/useApp';
import { qrImageSource } from './qrImage';
import './roomPanel.css';

/**
 * The join QR, address and code on the projector's Opening step, shown only when the
 * facilitator asked for it (room panel) and only for the room of this meeting.
 */
export function RoomJoinCard({ meetingId }: { meetingId: string }) {
  const status = useApp((state) => state.room.status);
  if (!status || status.meetingId !== meetingId || !status.qrOnProjector) return null;
  return (
    <figure className="room-join-card" aria-label="Join the meeting">
      <img className="room-join-card__qr" src={qrImageSource(status.qrSvg)} alt="QR code of the join link" />
      <figcaption>
        <span className="room-join-card__title">Take notes with us</span>
        <span>
          Open <code>{status.address}</code>
        </span>
        <span>
          Room code <strong className="room-panel__code">{status.code}</strong>
        </span>
      </figcaption>
    </figure>
  );
}
