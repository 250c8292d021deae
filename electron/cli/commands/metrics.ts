import { formatDuration } from '../../../shared/domain/format/duration';
import { formatUtcSecond, reportClock } from '../../../shared/domain/report/reportFormat';
import { incidentMetrics, type Metric, type Milestone } from '../../../shared/domain/timeline/metrics';
import { redFlags, type RedFlag } from '../../../shared/domain/timeline/redFlags';
import type { MeetingRecords } from '../../../shared/types';
import { defineCommand } from '../command';
import { findMeeting, meetingRecords } from '../contract';
import { formatTable, isoOrNull, meetingName } from '../format';

const SOURCE_NAMES: Record<Milestone['source'], string> = { meeting: 'meeting', event: 'event log' };

/** Where a number's two ends came from: `meeting → event log`, `unknown` for an end not recorded. */
function sources(metric: Metric): string {
  const name = (milestone: Milestone | null) => (milestone ? SOURCE_NAMES[milestone.source] : 'unknown');
  const [from, to] = [name(metric.from), name(metric.to)];
  return from === to ? from : `${from} → ${to}`;
}

function milestoneJson(milestone: Milestone | null) {
  return milestone && { at: isoOrNull(milestone.at), source: milestone.source, eventId: milestone.eventId };
}

function flagJson(flag: RedFlag) {
  if (flag.kind !== 'ineffective-mitigation') return flag;
  return {
    kind: flag.kind,
    message: flag.message,
    events: flag.events.map((event) => ({
      id: event.id,
      at: isoOrNull(event.at),
      outcome: event.outcome,
      description: event.description,
    })),
  };
}

/** For scripts: durations in seconds, times as ISO 8601, each end with its source. */
function metricsJson(records: MeetingRecords, now: number): string {
  const { meeting } = records;
  const { metrics } = incidentMetrics(records);
  return `${JSON.stringify(
    {
      meeting: { id: meeting.id, incidentId: meeting.incidentId, title: meeting.title },
      metrics: metrics.map((metric) => ({
        key: metric.key,
        label: metric.label,
        span: metric.span,
        seconds: metric.seconds,
        from: milestoneJson(metric.from),
        to: milestoneJson(metric.to),
      })),
      redFlags: redFlags(records, now).map(flagJson),
    },
    null,
    2,
  )}\n`;
}

/** For people: a table of the numbers, then the red flags (each ineffective attempt listed). */
function metricsText(records: MeetingRecords, now: number): string {
  const { metrics } = incidentMetrics(records);
  const table = formatTable(
    ['NUMBER', 'DURATION', 'FROM', 'SPAN'],
    metrics.map((metric) => [
      metric.label,
      metric.seconds === null ? '-' : formatDuration(metric.seconds),
      sources(metric),
      metric.span,
    ]),
  );
  const flags = redFlags(records, now);
  const flagLines =
    flags.length === 0
      ? ['No red flags.']
      : [
          'Red flags:',
          ...flags.flatMap((flag) => [
            `  - ${flag.message}`,
            ...(flag.kind === 'ineffective-mitigation'
              ? flag.events.map(
                  (event) =>
                    `      ${formatUtcSecond(event.at, reportClock(records.meeting))}  ${event.description}`,
                )
              : []),
          ]),
        ];
  return `${meetingName(records.meeting)}\n\n${table}\n${flagLines.join('\n')}\n`;
}

/** `metrics`: the incident's derived numbers and red flags, computed as the app does. */
export const metricsCommand = defineCommand({
  words: ['metrics'],
  operands: ['MEETING'],
  options: ['json'],
  synopsis: 'metrics MEETING [--json]',
  description:
    "The incident's numbers (time to detect, to mitigate,\n" +
    'to resolve, root cause → fix, total duration), where\n' +
    "each came from (the meeting's times or the event log),\n" +
    'and its red flags. --json: durations in seconds.',
  // A meeting still in preparation is flagged when its resolution is already long past.
  prepare: ({ io }) => ({ now: io.now?.() ?? Date.now() }),
  async run(context, { operands, values, prepared: { now } }) {
    const meeting = await findMeeting(context, operands[0]!);
    const records = await meetingRecords(context, meeting);
    context.stdout(values.json ? metricsJson(records, now) : metricsText(records, now));
  },
});
