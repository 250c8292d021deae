import path from 'node:path';
import { describeIssues } from '../../shared/contract/errors';
import type { MethodName } from '../../shared/contract';
import type { Meeting, MeetingSummary } from '../../shared/types';
import type { Core } from '../core/createCore';
import { exportBundleText } from '../core/bundles';
import { DatabaseOpenError } from '../core/db/databaseOpenError';
import { HandlerError } from '../core/handlers/context';
import { writeFileAtomic } from '../core/files';
import { EXIT_DATABASE, EXIT_USAGE } from './usage';

/** A failure the CLI reports on purpose: a message, the lines under it, and the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CommandContext {
  core: Core;
  dbPath: string;
  cwd: string;
  stdout(text: string): void;
}

/** Calls a contract method like a window does; a failure becomes a CliError with its issues. */
async function call<T>(core: Core, name: MethodName, input: unknown, hint?: string): Promise<T> {
  const result = await core.call(name, input);
  if (result.ok) return result.value as T;
  const { code, message, issues } = result.error;
  const details = [
    ...(issues ? describeIssues(issues).split('\n') : []),
    ...(hint && code === 'conflict' ? [hint] : []),
  ];
  throw new CliError(message, code === 'database-unavailable' ? EXIT_DATABASE : EXIT_USAGE, details);
}

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** `list`: a table for people, or JSON (times as ISO 8601, like bundles) for scripts. */
export async function listCommand(context: CommandContext, json: boolean): Promise<void> {
  const meetings = await call<MeetingSummary[]>(context.core, 'meetings.list', {});
  if (json) {
    const rows = meetings.map((meeting) => ({
      ...meeting,
      startedAt: isoOrNull(meeting.startedAt),
      createdAt: isoOrNull(meeting.createdAt),
      updatedAt: isoOrNull(meeting.updatedAt),
    }));
    context.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (meetings.length === 0) {
    context.stdout(`No meetings in ${context.dbPath}.\n`);
    return;
  }
  const header = ['UPDATED (UTC)', 'ID', 'INCIDENT', 'SEVERITY', 'STATUS', 'TITLE'];
  const rows = meetings.map((meeting) => [
    new Date(meeting.updatedAt).toISOString().slice(0, 16).replace('T', ' '),
    meeting.id,
    meeting.incidentId || '-',
    meeting.severity ?? '-',
    meeting.status,
    meeting.title,
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  context.stdout(`${[header, ...rows].map(line).join('\n')}\n`);
}

/** `import`: the same `bundle.import` the app calls, so the same validation and the same transaction. */
export async function importCommand(
  context: CommandContext,
  bundle: { content: string; fileName: string; asCopy: boolean },
  typedPath: string,
): Promise<void> {
  const meeting = await call<Meeting>(
    context.core,
    'bundle.import',
    bundle,
    `To import it under new ids: hindsight import --as-copy ${typedPath}`,
  );
  context.stdout(
    `Imported “${meeting.title}” (${meeting.id})${bundle.asCopy ? ' as a copy' : ''} into ${context.dbPath}.\n`,
  );
}

/** `export`: the bytes the app's export writes, to a file (atomically) or to standard output. */
export async function exportCommand(
  context: CommandContext,
  reference: string,
  out: string | undefined,
): Promise<void> {
  const meeting = await findMeeting(context, reference);
  let text: string;
  try {
    text = exportBundleText(context.core.session.store(), meeting.id).text;
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new CliError(error.message, EXIT_DATABASE);
    if (error instanceof HandlerError) throw new CliError(error.message);
    throw error;
  }
  if (out === undefined || out === '-') {
    context.stdout(text);
    return;
  }
  const target = path.resolve(context.cwd, out);
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    throw new CliError(`Cannot write ${target}: ${(error as Error).message}`);
  }
  context.stdout(`Exported “${meeting.title}” to ${target}.\n`);
}

/**
 * The one live meeting `reference` names: its id, its incident id (case-insensitive), or a
 * prefix of its id, in that order of preference. Several matches are listed, never guessed.
 */
async function findMeeting(context: CommandContext, reference: string): Promise<MeetingSummary> {
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
