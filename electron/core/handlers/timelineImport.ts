import type { Issue } from '../../../shared/contract/errors';
import {
  parseImportText,
  withoutDuplicates,
  type ParsedImport,
} from '../../../shared/domain/timeline/importRows';
import type { ImportFormat } from '../../../shared/domain/timeline/importRows';
import { commitChange, HandlerError, type Handlers } from './context';
import { liveMeeting } from './meetings';

/** Each unreadable row as an issue: `line 3` (text, CSV) or `item 3` (JSON); the whole input has no path. */
function issuesOf(parsed: ParsedImport, format: ImportFormat): Issue[] {
  const unit = format === 'json' ? 'item' : 'line';
  return parsed.errors.map((error) => ({
    path: error.line === 0 ? '' : `${unit} ${error.line}`,
    message: error.message,
  }));
}

/** `timeline.importRows`: parse (the same code the renderer previews with), then insert in one transaction. */
export const timelineImportHandlers: Pick<Handlers, 'timeline.importRows'> = {
  'timeline.importRows': (input, context) => {
    const meeting = liveMeeting(context, input.meetingId);
    const parsed = parseImportText(input.text, input.format, {
      timeZone: meeting.timeZone,
      incidentStartAt: meeting.startedAt,
      now: context.now(),
    });
    const unreadable = parsed.errors.length;
    const wholeInputBad = parsed.errors.some((error) => error.line === 0);
    if (unreadable > 0 && (!input.skipBadRows || wholeInputBad)) {
      const what = wholeInputBad
        ? 'the input cannot be read'
        : `${unreadable} ${unreadable === 1 ? 'row' : 'rows'} cannot be read`;
      throw new HandlerError('invalid-input', `Nothing imported: ${what}.`, issuesOf(parsed, input.format));
    }
    if (parsed.rows.length === 0) {
      throw new HandlerError('invalid-input', 'Nothing imported: no events found.');
    }
    return commitChange(context, (store, change) => {
      const table = store.tables.timeline;
      const { fresh, duplicates } = withoutDuplicates(
        parsed.rows,
        table.listWhere('meetingId', meeting.id, false),
      );
      const now = context.now();
      const createdBy = context.deviceId();
      if (fresh.length > 0) change.touch(meeting.id, now);
      for (const { line: _line, placed: _placed, ...row } of fresh) {
        const saved = table.insert({
          ...row,
          id: context.newId(),
          meetingId: meeting.id,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          createdBy,
          source: 'imported',
        });
        change.record('timeline', saved, null);
      }
      return { added: fresh.length, duplicates: duplicates.length, skipped: parsed.errors };
    });
  },
};
