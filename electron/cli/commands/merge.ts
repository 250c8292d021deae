import path from 'node:path';
import { mergeSummaryLines, type MergeSummary } from '../../../shared/contract/merge';
import { defineCommand } from '../command';
import { call, findMeeting } from '../contract';
import { meetingName } from '../format';
import { readBundleFile } from './import';

/**
 * `merge`: the app's `bundle.planMerge` and `bundle.merge`, so the same rules (matched by id, the
 * later change wins, deletions travel), the same refusals and the same words for the plan.
 */
export const mergeCommand = defineCommand({
  words: ['merge'],
  operands: ['MEETING', 'BUNDLE.json'],
  options: ['dry-run'],
  synopsis: 'merge MEETING BUNDLE.json [--dry-run]',
  description:
    "Merge a note-taker's bundle into a meeting: records are\n" +
    'matched by id and the later change wins. Prints what it\n' +
    'adds, changes, deletes and keeps; with --dry-run it\n' +
    'only prints that, and writes nothing.',
  prepare: ({ operands, io }) => readBundleFile(io, operands[1]!),
  async run(context, { operands, values, prepared }) {
    const meeting = await findMeeting(context, operands[0]!);
    const dryRun = values['dry-run'] ?? false;
    const fileName = path.basename(prepared.filePath);
    const input = { meetingId: meeting.id, content: prepared.content, fileName };
    const summary = await call<MergeSummary>(
      context.core,
      dryRun ? 'bundle.planMerge' : 'bundle.merge',
      input,
    );
    const heading = dryRun
      ? `Merging ${fileName} into ${meetingName(meeting)} would make these changes:`
      : `Merged ${fileName} into ${meetingName(meeting)}:`;
    const footer = dryRun ? ['Dry run: nothing was written.'] : [];
    context.stdout(
      `${[heading, ...mergeSummaryLines(summary).map((line) => `  ${line}`), ...footer].join('\n')}\n`,
    );
  },
});
