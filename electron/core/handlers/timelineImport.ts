import { MAX_LISTED_ISSUES, type Issue } from '../../../shared/contract/errors';
import { records } from '../../../shared/contract/records';
import { REPEATED_HOUR_PATH } from '../../../shared/contract/timelineImport';
import { meetingContext } from '../../../shared/domain/coach/meetingFindings';
import { importWording } from '../../../shared/domain/timeline/sources/importWording';
import {
  planImport,
  unplacedTimes,
  type ImportPlan,
  type RowStatus,
} from '../../../shared/domain/timeline/sources/planImport';
import type { ImportReading } from '../../../shared/domain/timeline/sources/registry';
import { readSources } from '../../../shared/domain/timeline/sources/readSources';
import { fittedSummary } from '../../../shared/domain/timeline/sources/summary';
import { repeatedOptions } from '../../../shared/domain/timeline/timeChoice';
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
 * Refuses an import with rows whose repeated (fall-back) time the order of the log cannot place
 * and nobody picked: asked, never guessed, as the preview asks. Each row is named as its source
 * numbers it, with both readings; the last issue names the choice that settles them all.
 */
function refuseUnplacedTimes(plan: ImportPlan, reading: ImportReading, timeZone: string): void {
  const unplaced = unplacedTimes(plan);
  if (unplaced.length === 0) return;
  // One issue is left for the choice that settles them all; the count says how many there are.
  const issues: Issue[] = unplaced
    .slice(0, MAX_LISTED_ISSUES - 1)
    .map(({ candidate: { origin, time, line } }) => {
      const [first, second] = repeatedOptions(time, timeZone);
      return {
        path: origin
          ? `${origin.name}, ${origin.unit} ${origin.line}`
          : `${reading.numberedBy ?? reading.unit} ${line}`,
        // The two readings as the preview offers them.
        message: `happened twice (the clocks went back): “${first.label}” or “${second.label}”?`,
      };
    });
  const rows = unplaced.length === 1 ? '1 row is' : `${unplaced.length} rows are`;
  throw new HandlerError(
    'invalid-input',
    `Nothing imported: ${rows} at a time the clock showed twice, and the order of the log does not tell which: pick the first or the second.`,
    [
      ...issues,
      { path: REPEATED_HOUR_PATH, message: 'the first (earlier) or the second (later), for every such row' },
    ],
  );
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
      { rows: input.choices?.times, unplaced: input.choices?.repeatedHour },
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
      refuseUnplacedTimes(plan, reading, meeting.timeZone);
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
