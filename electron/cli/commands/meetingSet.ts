import type { Input } from '../../../shared/contract';
import { reportClock } from '../../../shared/domain/report/reportFormat';
import { parseEventTime } from '../../../shared/domain/timeline/parseEventTime';
import { formatEventDateTime } from '../../../shared/domain/timeline/zonedTime';
import type { Meeting } from '../../../shared/types';
import { CliError, defineCommand, type OptionValues } from '../command';
import { call, findMeeting, meetingRecords } from '../contract';
import { EXIT_USAGE } from '../exitCodes';
import { fieldLines, meetingName } from '../format';

type MeetingPatch = Input<'meetings.update'>['patch'];
type TimeField = 'startedAt' | 'detectedAt' | 'mitigatedAt' | 'resolvedAt';

/** The incident milestones by option, in the order the core checks them. */
const TIME_OPTIONS = [
  ['started', 'startedAt'],
  ['detected', 'detectedAt'],
  ['mitigated', 'mitigatedAt'],
  ['resolved', 'resolvedAt'],
] as const satisfies readonly (readonly [keyof OptionValues, TimeField])[];

/** Says "clear this time". */
const NONE = 'none';

/**
 * The patch the options ask for. Times are typed as in the app (`2017-01-31 18:00`, an ISO
 * time, `18:00` on the start's day, `+5h27m` after the milestone before it) in the meeting's
 * zone, or the new `--zone`; `none` clears one. What cannot be read is refused with the option's
 * name before anything is written; the core judges the rest (an unknown zone, a wrong order).
 */
function meetingPatch(values: OptionValues, meeting: Meeting, now: number): MeetingPatch {
  const patch: MeetingPatch = {};
  if (values.title !== undefined) patch.title = values.title;
  if (values['incident-id'] !== undefined) patch.incidentId = values['incident-id'];
  if (values.summary !== undefined) patch.summary = values.summary;
  if (values.zone !== undefined) patch.timeZone = values.zone;
  const timeZone = patch.timeZone ?? meeting.timeZone;
  const problems: string[] = [];
  let previousAt: number | null = null;
  for (const [option, field] of TIME_OPTIONS) {
    const text = values[option];
    if (text === undefined) {
      previousAt = meeting[field] ?? previousAt;
      continue;
    }
    if (text.trim().toLowerCase() === NONE) {
      patch[field] = null;
      continue;
    }
    const incidentStartAt = patch.startedAt ?? meeting.startedAt;
    const parsed = parseEventTime(text, { timeZone, previousAt, incidentStartAt, now });
    if (!parsed.ok) problems.push(`--${option}: ${parsed.message}`);
    else previousAt = patch[field] = parsed.at;
  }
  if (problems.length > 0)
    throw new CliError('Nothing changed: a time cannot be read.', EXIT_USAGE, problems);
  return patch;
}

/** What is now recorded, its times in the meeting's clock as the report writes them. */
function meetingLines(meeting: Meeting): string[] {
  const clock = reportClock(meeting);
  const time = (at: number | null) => (at === null ? '-' : formatEventDateTime(at, meeting.timeZone, clock));
  const rows: [string, string][] = [
    ['incident', meeting.incidentId || '-'],
    ['zone', meeting.timeZone],
    ...TIME_OPTIONS.map(([option, field]): [string, string] => [option, time(meeting[field])]),
    ['summary', meeting.summary || '-'],
  ];
  return fieldLines(rows, 10);
}

/** `meeting set`: the incident facts the app edits on the Overview, from a terminal. */
export const meetingSetCommand = defineCommand({
  words: ['meeting', 'set'],
  operands: ['MEETING'],
  options: ['title', 'incident-id', 'zone', 'started', 'detected', 'mitigated', 'resolved', 'summary'],
  synopsis:
    'meeting set MEETING [--title TEXT] [--incident-id ID] [--zone ZONE]\n' +
    '[--started TIME] [--detected TIME] [--mitigated TIME] [--resolved TIME]\n' +
    '[--summary TEXT]',
  description:
    "Change the incident's id, time zone, milestones and\n" +
    'executive summary. Times as in the app, in the zone:\n' +
    '2017-01-31 18:00, an ISO time, or +5h27m after the one\n' +
    'before; none clears one. Prints what is now recorded.',
  prepare: ({ io }) => ({ now: io.now?.() ?? Date.now() }),
  async run(context, { operands, values, prepared: { now } }) {
    const found = await findMeeting(context, operands[0]!);
    const { meeting } = await meetingRecords(context, found);
    const patch = meetingPatch(values, meeting, now);
    if (Object.keys(patch).length === 0) {
      throw new CliError(
        'Nothing to change: give --title, --incident-id, --zone, --started, --detected, --mitigated, --resolved or --summary.',
        EXIT_USAGE,
      );
    }
    const saved = await call<Meeting>(context.core, 'meetings.update', { id: meeting.id, patch });
    context.stdout(`Updated ${meetingName(saved)}\n${meetingLines(saved).join('\n')}\n`);
  },
});
