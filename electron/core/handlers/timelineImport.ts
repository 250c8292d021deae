import type { Issue } from '../../../shared/contract/errors';
import { records } from '../../../shared/contract/records';
import { meetingContext } from '../../../shared/domain/coach/meetingFindings';
import { importWording } from '../../../shared/domain/timeline/sources/importWording';
import { planImport, type RowStatus } from '../../../shared/domain/timeline/sources/planImport';
import type { ImportReading } from '../../../shared/domain/timeline/sources/registry';
import { readSources } from '../../../shared/domain/timeline/sources/readSources';
import { fittedSummary } from '../../../shared/domain/timeline/sources/summary';
import { commitChange, HandlerError, type Handlers } from './context';
import { rememberPeople } from './importPeople';
import { liveMeeting } from './meetings';

/** Each unreadable row as an issue named by the source's unit (`line 3`, `message 12`); the whole input has no path. */
function issuesOf(reading: ImportReading): Issue[] {
  return reading.errors.map((error) => ({
    path: error.line === 0 ? '' : `${error.where ?? reading.numberedBy ?? reading.unit} ${error.line}`,
    message: error.message,
  }));
}

/**
 * `timeline.importRows`: read (the same code the renderer previews with), plan with the choices
 * over the meeting's remembered mapping, insert the events and remember the mapping in one transaction.
 */
export const timelineImportHandlers: Pick<Handlers, 'timeline.importRows'> = {
  'timeline.importRows': (input, context) => {
    const meeting = liveMeeting(context, input.meetingId);
    const reading = readSources(
      input.sources,
      { timeZone: meeting.timeZone, incidentStartAt: meeting.startedAt, now: input.readAt ?? context.now() },
      input.choices?.times,
    );
    const unreadable = reading.errors.length;
    const wholeInputBad = reading.errors.some((error) => error.line === 0);
    if (unreadable > 0 && (!input.skipBadRows || wholeInputBad)) {
      const what = wholeInputBad
        ? 'the input cannot be read'
        : `${unreadable} ${unreadable === 1 ? 'row' : 'rows'} cannot be read`;
      throw new HandlerError('invalid-input', `Nothing imported: ${what}.`, issuesOf(reading));
    }
    if (reading.candidates.length === 0) {
      throw new HandlerError(
        'invalid-input',
        `Nothing imported: no events found (read as ${reading.label}).`,
      );
    }
    return commitChange(context, (store, change) => {
      const table = store.tables.timeline;
      // The meeting's remembered mapping (read once: the plan starts from its live rows, the
      // remembering updates them), with this import's choices over it (a cleared role unmaps).
      const given = input.choices?.people ?? {};
      const remembered = store.tables.importPeople.listWhere('meetingId', meeting.id, true);
      const live = remembered.filter((mapped) => mapped.deletedAt === null);
      const people = { ...Object.fromEntries(live.map((mapped) => [mapped.person, mapped.role])), ...given };
      const plan = planImport(
        reading.candidates,
        { ...input.choices, people },
        table.listWhere('meetingId', meeting.id, false),
      );
      const now = context.now();
      const createdBy = context.deviceId();
      if (plan.toImport.length > 0 || Object.keys(given).length > 0) change.touch(meeting.id, now);
      rememberPeople(store, change, context, { meetingId: meeting.id, remembered, given });
      for (const { line: _line, ...row } of plan.toImport) {
        // Through the record's schema, as `timeline.add` is: the reader fitted the row to it
        // (fitFields.ts), so a row it refuses is a bug; the actor a person mapped is normalised here.
        const event = records.TimelineEvent.parse({
          ...row,
          id: context.newId(),
          meetingId: meeting.id,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          createdBy,
          source: 'imported',
        });
        const saved = table.insert(event);
        change.record('timeline', saved, null);
      }
      // Merged sources' rows are numbered once, in time order, so a number names one row.
      const added = new Set(plan.toImport.map((row) => row.line));
      const counted = (kind: RowStatus['kind']) =>
        plan.rows.filter((planned) => planned.status.kind === kind).length;
      const duplicates = counted('duplicate');
      const twins = counted('twin');
      const coachContext = meetingContext({
        participants: store.tables.participants.listWhere('meetingId', meeting.id, false),
        rootCauseItems: store.tables.rootCauseItems.listWhere('meetingId', meeting.id, false),
      });
      return {
        label: reading.label,
        total: reading.total,
        unit: reading.unit,
        parts: reading.parts.map(({ name, label, total, unit }) => ({ name, label, total, unit })),
        added: plan.toImport.length,
        duplicates,
        leftOut: plan.rows.length - plan.toImport.length - duplicates - twins,
        twins,
        skipped: reading.errors,
        numberedBy: reading.numberedBy ?? reading.unit,
        unmapped: plan.people.filter((person) => !(people[person] ?? '').trim()),
        wording: importWording(plan.toImport, plan.people, coachContext),
        fitted: fittedSummary(
          reading.candidates.filter((candidate) => added.has(candidate.line)),
          reading.numberedBy ?? reading.unit,
        ),
      };
    });
  },
};
