import type { MethodName } from '../../shared/contract';
import { describeIssues } from '../../shared/contract/errors';
import type { MeetingRecords, MeetingSummary } from '../../shared/types';
import type { Core } from '../core/createCore';
import { DatabaseOpenError } from '../core/db/databaseOpenError';
import { HandlerError } from '../core/handlers/context';
import { CliError, type CommandContext } from './command';
import { EXIT_DATABASE, EXIT_USAGE } from './exitCodes';

/** What the CLI adds to a refusal: the way out of a conflict, and issues told in its own words. */
export interface CallHints {
  /** The line under a `conflict`. */
  conflict?: string;
  /** By issue path: the line that says it instead (a contract field named as the CLI's option). */
  issues?: Readonly<Record<string, string>>;
}

/** Calls a contract method like a window does; a failure becomes a CliError with its issues. */
export async function call<T>(
  core: Core,
  name: MethodName,
  input: unknown,
  hints: CallHints = {},
): Promise<T> {
  const result = await core.call(name, input);
  if (result.ok) return result.value as T;
  const { code, message, issues = [] } = result.error;
  const details = [
    ...issues.flatMap((issue) => hints.issues?.[issue.path] ?? describeIssues([issue]).split('\n')),
    ...(hints.conflict && code === 'conflict' ? [hints.conflict] : []),
  ];
  throw new CliError(message, code === 'database-unavailable' ? EXIT_DATABASE : EXIT_USAGE, details);
}

/** Runs core work outside the contract (read-only exports) with the contract's error mapping. */
export function coreWork<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new CliError(error.message, EXIT_DATABASE);
    if (error instanceof HandlerError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * The one live meeting `reference` names: its id, its incident id (case-insensitive), or a
 * prefix of its id, in that order of preference. Several matches are listed, never guessed.
 */
export async function findMeeting(context: CommandContext, reference: string): Promise<MeetingSummary> {
  const meetings = await call<MeetingSummary[]>(context.core, 'meetings.list', {});
  const wanted = reference.toLowerCase();
  const byId = meetings.filter((meeting) => meeting.id === wanted);
  const byIncident = meetings.filter((meeting) => meeting.incidentId.toLowerCase() === wanted);
  const byPrefix = meetings.filter((meeting) => meeting.id.startsWith(wanted));
  const found = [byId, byIncident, byPrefix].find((matches) => matches.length > 0) ?? [];
  if (found.length === 1) return found[0]!;
  if (found.length === 0) {
    throw new CliError(
      `No meeting matches “${reference}”. Give an id, a unique id prefix or an incident id; "hindsight list" shows them.`,
    );
  }
  throw new CliError(
    `“${reference}” matches ${found.length} meetings; give more of the id:`,
    EXIT_USAGE,
    found.map((meeting) => `${meeting.id}  ${meeting.incidentId || '-'}  ${meeting.title}`),
  );
}

/** Every live record of a meeting, as `meetings.get` gives them to a window. */
export function meetingRecords(context: CommandContext, meeting: MeetingSummary): Promise<MeetingRecords> {
  return call<MeetingRecords>(context.core, 'meetings.get', { id: meeting.id });
}
