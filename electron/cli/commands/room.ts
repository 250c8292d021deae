import QRCode from 'qrcode';
import type { RoomStatus } from '../../../shared/contract/room';
import { CliError, defineCommand } from '../command';
import { call, findMeeting } from '../contract';

/** `--port N`: a whole number from 0 (any free port) to 65535. */
function portOf(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new CliError(`--port ${text}: not a port (0 to 65535).`);
  return port;
}

/**
 * `room MEETING`: opens the meeting's room without the desktop window, on the same core the
 * app uses, prints how to join, and serves until interrupted (Ctrl+C), then closes the room.
 */
export const roomCommand = defineCommand({
  words: ['room'],
  operands: ['MEETING'],
  options: ['host', 'port'],
  synopsis: 'room MEETING [--host ADDR] [--port N]',
  description:
    'Opens the meeting to note-takers on this network:\n' +
    'prints the join link, the room code and a QR code,\n' +
    'and serves until Ctrl+C. Default: the LAN address,\n' +
    'a free port.',
  prepare: ({ values }) => ({ port: portOf(values.port) }),
  async run(context, { operands }) {
    const meeting = await findMeeting(context, operands[0]!);
    const room = await call<RoomStatus>(context.core, 'room.open', { meetingId: meeting.id });
    const qr = await QRCode.toString(room.joinUrl, { type: 'terminal', small: true });
    context.stdout(
      [
        `The room for “${meeting.title}” is open.`,
        '',
        `  Join link:  ${room.joinUrl}`,
        `  Address:    ${room.address}`,
        `  Room code:  ${room.code}`,
        '',
        qr,
        room.advertised
          ? 'Announced on this network as a Hindsight room.'
          : 'Not announced: share the address.',
        'Press Ctrl+C to close the room.',
        '',
      ].join('\n'),
    );
    await context.untilInterrupted();
    await call(context.core, 'room.close', {});
    context.stdout('The room is closed.\n');
  },
});
