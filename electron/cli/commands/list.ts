import type { MeetingSummary } from '../../../shared/types';
import { defineCommand } from '../command';
import { call } from '../contract';
import { formatTable, isoOrNull } from '../format';

/** `list`: a table for people, or JSON (times as ISO 8601, like bundles) for scripts. */
export const listCommand = defineCommand({
  words: ['list'],
  operands: [],
  options: ['json'],
  synopsis: 'list [--json]',
  description: 'List meetings, most recently changed first.',
  async run(context, { values }) {
    const meetings = await call<MeetingSummary[]>(context.core, 'meetings.list', {});
    if (values.json) {
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
    context.stdout(
      formatTable(
        ['UPDATED (UTC)', 'ID', 'INCIDENT', 'SEVERITY', 'STATUS', 'TITLE'],
        meetings.map((meeting) => [
          new Date(meeting.updatedAt).toISOString().slice(0, 16).replace('T', ' '),
          meeting.id,
          meeting.incidentId || '-',
          meeting.severity ?? '-',
          meeting.status,
          meeting.title,
        ]),
      ),
    );
  },
});
