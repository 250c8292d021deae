import { contract } from '../../../shared/contract';
import { describeIssues, formatPath } from '../../../shared/contract/errors';
import { CAPTURE_KINDS } from '../../../shared/contract/join';
import { removeFromCopy } from '../join/goneFromHub';
import { commitChange, HandlerError, type Handlers } from './context';
import { recordHandlers } from './records';

type JoinMethodName =
  'join.browse' | 'join.open' | 'join.status' | 'join.capture' | 'join.discard' | 'join.leave';

/**
 * Joining another Hindsight's room as a note-taker: thin, since the joined room
 * (electron/core/join) holds the connection, the copy of the meeting and the outbox. A capture
 * and a discarded refusal are written here, in one transaction each with their outbox row.
 */
export const joinHandlers: Pick<Handlers, JoinMethodName> = {
  'join.browse': async (_input, context) => (await context.host.roomBrowser?.browse()) ?? [],
  'join.open': (input, context) => context.joined.open(input),
  'join.status': (_input, context) => context.joined.status(),
  'join.capture': (input, context) => {
    const raw = { ...input.input, id: input.input.id ?? context.newId() };
    // The capture method's own schema, as if it had been called directly.
    const parsed = contract[input.method].input.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        path: formatPath(['input', ...issue.path]),
        message: issue.message,
      }));
      throw new HandlerError(
        'invalid-input',
        `Not saved: ${describeIssues(issues).replace(/\n/g, '; ')}.`,
        issues,
      );
    }
    const { id, meetingId } = parsed.data as { id: string; meetingId: string };
    const save = recordHandlers[input.method] as (input: unknown, context: unknown) => unknown;
    context.joined.capture(meetingId, { id, method: input.method, input: raw }, () =>
      save(parsed.data, context),
    );
    return { id };
  },
  'join.discard': (input, context) => {
    const meetingId = context.joined.status()?.meetingId;
    if (!meetingId) throw new HandlerError('not-found', 'Join a room before discarding a capture.');
    const refused = context
      .store()
      .roomOutbox.rows(meetingId)
      .some((row) => row.entry.id === input.id && row.refusal !== null);
    if (!refused) return null;
    commitChange(context, (store, change) => {
      store.roomOutbox.removeRefused(meetingId, input.id);
      // The capture's record in the copy, which the hub never had: whichever list it is in.
      for (const kind of CAPTURE_KINDS) {
        const stored = store.child(kind).get(input.id);
        if (stored?.meetingId === meetingId && stored.deletedAt === null)
          removeFromCopy(store, change, kind, stored, context.now());
      }
    });
    context.emit('joinChanged', { joined: true });
    return null;
  },
  'join.leave': (_input, context) => {
    context.joined.leave();
    return null;
  },
};
