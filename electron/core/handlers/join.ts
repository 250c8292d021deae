import { contract } from '../../../shared/contract';
import { describeIssues, formatPath } from '../../../shared/contract/errors';
import { HandlerError, type Handlers } from './context';
import { recordHandlers } from './records';

type JoinMethodName = 'join.browse' | 'join.open' | 'join.status' | 'join.capture' | 'join.leave';

/**
 * Joining another Hindsight's room as a note-taker: thin, since the joined room
 * (electron/core/join) holds the connection, the copy of the meeting and the outbox.
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
  'join.leave': (_input, context) => {
    context.joined.leave();
    return null;
  },
};
