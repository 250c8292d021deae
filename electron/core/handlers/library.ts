import fs from 'node:fs';
import path from 'node:path';
import type { ExampleSummary } from '../../../shared/contract/library';
import { exportBundleText, importMeetingRecords, readBundle } from '../bundles';
import { reportBaseName } from '../files';
import { writeExportFile } from './exportFile';
import { HandlerError, type HandlerContext, type Handlers } from './context';
import { reloadChange } from './changes';

type LibraryHandlers = Pick<
  Handlers,
  'bundle.exportToFile' | 'bundle.import' | 'examples.list' | 'examples.import'
>;

function exampleFiles(context: HandlerContext): string[] {
  try {
    return fs
      .readdirSync(context.examplesDir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}

function readExample(context: HandlerContext, exampleId: string) {
  const fileName = `${exampleId}.json`;
  if (!exampleFiles(context).includes(fileName))
    throw new HandlerError('not-found', `No example “${exampleId}”.`);
  return readBundle(fs.readFileSync(path.join(context.examplesDir, fileName), 'utf8'), fileName);
}

function importOptions(context: HandlerContext, asCopy: boolean) {
  return { asCopy, newId: context.newId, now: context.now(), deviceId: context.deviceId() };
}

export const libraryHandlers: LibraryHandlers = {
  'bundle.exportToFile': async (input, context) => {
    // Serialized before the dialog: a meeting that cannot be written is reported as what it is,
    // not as a file problem, and the person is not asked for a path in vain.
    const { meeting, text } = exportBundleText(context.store(), input.meetingId);
    const filePath = await context.host.chooseSavePath({
      title: 'Export meeting bundle',
      defaultName: `${reportBaseName(meeting)}.hindsight.json`,
      filters: [{ name: 'Hindsight meeting bundle', extensions: ['json'] }],
    });
    return filePath === null ? null : writeExportFile(context, filePath, text);
  },

  'bundle.import': (input, context) => {
    const records = readBundle(input.content, input.fileName ?? 'The bundle');
    const meeting = importMeetingRecords(context.store(), records, importOptions(context, input.asCopy));
    context.emit('meetingChanged', reloadChange(meeting.id));
    return meeting;
  },

  'examples.list': (_input, context) =>
    exampleFiles(context).map((fileName): ExampleSummary => {
      const id = fileName.replace(/\.json$/, '');
      const { meeting } = readExample(context, id);
      return { id, title: meeting.title, description: meeting.summary.split(/(?<=\.)\s/)[0] ?? '' };
    }),

  'examples.import': (input, context) => {
    const meeting = importMeetingRecords(
      context.store(),
      readExample(context, input.exampleId),
      importOptions(context, true),
    );
    context.emit('meetingChanged', reloadChange(meeting.id));
    return meeting;
  },
};
